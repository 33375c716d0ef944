/**
 * A term of art that explains itself: hover, keyboard focus or a tap shows its glossary entry next
 * to it; Escape or a second tap hides it. Screen readers get the entry as the term's description
 * (aria-describedby), whether or not it is shown.
 */
import { useId, useState, type ReactNode } from 'react';
import { glossaryEntry, type GlossaryId } from './glossary';
import './glossary.css';

export function Term({ id, children }: { id: GlossaryId; children?: ReactNode }) {
  const entry = glossaryEntry(id);
  const tipId = useId();
  const [pinned, setPinned] = useState(false);
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  /** Closed by a tap or Escape while still focused or hovered; cleared when both end. */
  const [dismissed, setDismissed] = useState(false);
  const shown = !dismissed && (pinned || hovered || focused);
  return (
    <span
      className="term"
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => {
        setHovered(false);
        setDismissed(false);
      }}
    >
      <button
        type="button"
        className="term-label"
        aria-describedby={tipId}
        aria-expanded={shown}
        onClick={() => {
          // A tap or click pins the entry open, the next one closes it (even while focused or hovered).
          if (pinned) {
            setPinned(false);
            setDismissed(true);
          } else {
            setDismissed(false);
            setPinned(true);
          }
        }}
        onFocus={() => setFocused(true)}
        onBlur={() => {
          setFocused(false);
          setPinned(false);
          setDismissed(false);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && shown) {
            e.stopPropagation();
            setPinned(false);
            setDismissed(true);
          }
        }}
      >
        {children ?? entry.term}
      </button>
      <span id={tipId} role="tooltip" className="term-tip" hidden={!shown}>
        <strong>{entry.term}.</strong> {entry.definition}
      </span>
    </span>
  );
}
