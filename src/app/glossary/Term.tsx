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
  const shown = pinned || hovered || focused;
  return (
    <span className="term" onMouseEnter={() => setHovered(true)} onMouseLeave={() => setHovered(false)}>
      <button
        type="button"
        className="term-label"
        aria-describedby={tipId}
        aria-expanded={shown}
        onClick={() => setPinned((p) => !p)}
        onFocus={() => setFocused(true)}
        onBlur={() => {
          setFocused(false);
          setPinned(false);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && shown) {
            e.stopPropagation();
            setPinned(false);
            setFocused(false);
            setHovered(false);
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
