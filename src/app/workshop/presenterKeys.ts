/**
 * Keys for running a lesson from the lectern, on top of the lab's own (controls/shortcuts.ts: Space,
 * F, S, R, ?): next and previous step, answer by number, reveal, QR code, controls. The one list of
 * every key, shown by `?`, is KEY_LIST there. Like the lab's, these stay quiet while a control or an
 * open dialog has the focus, so typing a number is never a command.
 */
import { OWNS_KEYS } from '../controls/shortcuts';

export type PresenterAction =
  { type: 'next' } | { type: 'previous' } | { type: 'answer'; choice: number } | { type: 'reveal' } | { type: 'qr' } | { type: 'controls' };

export function presenterKeyFor(e: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'repeat'>, target: Element | null): PresenterAction | null {
  if (e.altKey || e.ctrlKey || e.metaKey || e.repeat) return null;
  if (target && (target.closest(OWNS_KEYS) || target.closest('dialog[open]'))) return null;
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
