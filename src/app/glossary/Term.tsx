/**
 * A term of art that explains itself: hover, keyboard focus or a tap shows its glossary entry next
 * to it; Escape or a second tap hides it. Screen readers get the entry as the term's description
 * (aria-describedby), whether or not it is shown. The bubble lives at the end of the page (a portal),
 * not inside the text it explains: no scrolling column clips it, it never becomes part of a label's
 * name (a switch named "CoDel shedding" stays so named while its term is open) nor of the text
 * around it, and it is placed next to its term, inside the window.
 */
import { useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { loadDefinitions, loadedDefinitions } from './definitions';
import { glossaryTerm, type GlossaryId } from './glossaryTerms';
import './glossary.css';

export function Term({ id, children }: { id: GlossaryId; children?: ReactNode }) {
  const entry = glossaryTerm(id);
  const [definition, setDefinition] = useState(() => loadedDefinitions()?.[id]);
  useEffect(() => {
    let live = true;
    // Without its definitions a term still reads as its name; nothing else depends on them.
    loadDefinitions().then(
      (d) => live && setDefinition(d[id]),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [id]);
  const tipId = useId();
  const [pinned, setPinned] = useState(false);
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  /** Closed by a tap or Escape while still focused or hovered; cleared when both end. */
  const [dismissed, setDismissed] = useState(false);
  const shown = !dismissed && (pinned || hovered || focused);
  const tipRef = useRef<HTMLSpanElement>(null);
  const labelRef = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => {
    const tip = tipRef.current;
    const label = labelRef.current;
    if (!shown || !tip || !label) return;
    const place = () => placeNextTo(tip, label);
    place();
    // The page may scroll or resize under an open bubble (a focused term, a pinned one): follow it.
    window.addEventListener('scroll', place, true);
    window.addEventListener('resize', place);
    return () => {
      window.removeEventListener('scroll', place, true);
      window.removeEventListener('resize', place);
    };
  }, [shown, definition]);
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
        ref={labelRef}
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
      {createPortal(
        <span id={tipId} ref={tipRef} role="tooltip" className="term-tip" hidden={!shown}>
          <strong>{entry.term}.</strong> {definition ?? ''}
        </span>,
        document.body,
      )}
    </span>
  );
}

/** Puts a shown bubble under its term (above it when the window has no room below), inside the window. */
function placeNextTo(tip: HTMLElement, label: HTMLElement): void {
  const margin = 8;
  const gap = 6;
  const vw = document.documentElement.clientWidth;
  const vh = document.documentElement.clientHeight;
  const at = label.getBoundingClientRect();
  const size = tip.getBoundingClientRect();
  const left = Math.max(margin, Math.min(at.left, vw - margin - size.width));
  const below = at.bottom + gap;
  const top = below + size.height > vh - margin && at.top - gap - size.height >= margin ? at.top - gap - size.height : below;
  tip.style.left = `${Math.round(left)}px`;
  tip.style.top = `${Math.round(top)}px`;
}
