/**
 * Keys for running a lesson from the lectern, on top of the lab's own (Space play/pause, F flush,
 * S step): next and previous step, answer by number, reveal, reset, help, QR code, controls. Like
 * the lab's, they stay quiet while a control has the focus, so typing a number is never a command.
 */
export type PresenterAction =
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'answer'; choice: number }
  | { type: 'reveal' }
  | { type: 'reset' }
  | { type: 'help' }
  | { type: 'qr' }
  | { type: 'controls' }
  | { type: 'close' };

/** For the help overlay: key, what it does. */
export const PRESENTER_KEYS: readonly [string, string][] = [
  ['Space', 'Play / pause'],
  ['F', 'Flush the cache'],
  ['S', 'Step one interval (paused)'],
  ['R', 'Reset the run'],
  ['N or →', 'Next lesson step'],
  ['P or ←', 'Previous lesson step'],
  ['1–9', 'Answer with that choice'],
  ['V', 'Reveal the answer'],
  ['Q', 'QR code of this run'],
  ['C', 'Show or hide the controls (presenter view)'],
  ['?', 'This help'],
  ['Esc', 'Close'],
];

const OWNS_KEYS = 'input, textarea, select, button, a[href], [contenteditable], [role="slider"], [role="radio"], [role="button"]';

export function presenterKeyFor(e: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'repeat'>, target: Element | null): PresenterAction | null {
  if (e.altKey || e.ctrlKey || e.metaKey || e.repeat) return null;
  if (e.key === 'Escape') return { type: 'close' };
  if (target && target.closest(OWNS_KEYS)) return null;
  if (/^[1-9]$/.test(e.key)) return { type: 'answer', choice: Number(e.key) - 1 };
  switch (e.key) {
    case 'n':
    case 'N':
    case 'ArrowRight':
      return { type: 'next' };
    case 'p':
    case 'P':
    case 'ArrowLeft':
      return { type: 'previous' };
    case 'v':
    case 'V':
      return { type: 'reveal' };
    case 'r':
    case 'R':
      return { type: 'reset' };
    case '?':
      return { type: 'help' };
    case 'q':
    case 'Q':
      return { type: 'qr' };
    case 'c':
    case 'C':
      return { type: 'controls' };
    default:
      return null;
  }
}
