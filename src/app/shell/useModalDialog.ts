/**
 * Drives a native <dialog> from a boolean: showModal() when it opens (the browser keeps Tab inside
 * and closes on Escape), close() when it shuts, and the focus goes back to whatever had it before,
 * so a keyboard user lands where they were.
 *
 * The browser fires `close` in a later task than the one that closed the dialog, and restores focus
 * before it. A user (or a test) quick enough to press the opener in between would find the state
 * still "open" and nothing to change, and then the late `close` would shut the dialog again. So the
 * state flips in the same event that closes the dialog — `cancel` for Escape, `close()` for buttons —
 * and a `close` event that arrives while the dialog is open again is ignored.
 */
import { useEffect, useRef, type RefObject } from 'react';

export interface ModalDialog {
  ref: RefObject<HTMLDialogElement | null>;
  /** Closes the dialog now: for Close buttons and links inside it. */
  close: () => void;
  /** Wire to the dialog's `onCancel` (Escape). */
  onCancel: () => void;
  /** Wire to the dialog's `onClose`. */
  onClose: () => void;
}

export function useModalDialog(open: boolean, onClosed: () => void): ModalDialog {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      d.showModal();
    } else if (!open && d.open) d.close();
  }, [open]);
  const shut = () => {
    const back = opener.current;
    opener.current = null;
    onClosed();
    // An opener that cannot take focus (the page itself) would leave it on a button of the closed
    // dialog, where the page's keys stay asleep: let go of it first.
    const held = document.activeElement;
    if (held instanceof HTMLElement && ref.current?.contains(held)) held.blur();
    back?.focus();
  };
  return {
    ref,
    close: () => {
      ref.current?.close();
      shut();
    },
    onCancel: shut,
    onClose: () => {
      if (ref.current?.open) return;
      shut();
    },
  };
}
