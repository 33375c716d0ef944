/**
 * Drives a native <dialog> from a boolean: showModal() when it opens (the browser keeps Tab inside
 * and closes on Escape), close() when it shuts, and the focus goes back to whatever had it before,
 * so a keyboard user lands where they were.
 */
import { useEffect, useRef, type RefObject } from 'react';

export function useModalDialog(open: boolean, onClosed: () => void): { ref: RefObject<HTMLDialogElement | null>; onClose: () => void } {
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
  const onClose = () => {
    onClosed();
    opener.current?.focus();
    opener.current = null;
  };
  return { ref, onClose };
}
