/**
 * The lessons column and its toggle, in the lab's first-load bundle only as these few lines: the
 * lessons, the presenter view and the QR code arrive by dynamic import when first opened.
 */
import { lazy, Suspense, useEffect } from 'react';
import { useStore } from 'zustand';
import { workshopView } from './viewState';
import './slot.css';

const Workshop = lazy(() => import('./ui/Workshop'));

export function WorkshopSlot() {
  const { open, present } = useStore(workshopView);
  useEffect(() => {
    const root = document.documentElement;
    if (present) root.dataset.view = 'present';
    else delete root.dataset.view;
  }, [present]);
  if (!open) return null;
  return (
    <Suspense
      fallback={
        <aside className="lab-workshop" aria-busy="true" aria-label="Lessons">
          Loading lessons…
        </aside>
      }
    >
      <Workshop />
    </Suspense>
  );
}

export function WorkshopToggle() {
  const open = useStore(workshopView, (s) => s.open);
  return (
    <button type="button" className="btn btn-quiet workshop-toggle" aria-pressed={open} onClick={() => workshopView.setState({ open: !open })}>
      Lessons
    </button>
  );
}
