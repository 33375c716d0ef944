/** Binds the lectern keys (presenterKeys.ts) while the lessons column is open. */
import { useEffect } from 'react';
import { useStore } from 'zustand';
import { presenterKeyFor } from '../presenterKeys';
import { workshopView } from '../viewState';
import type { Workshop } from './workshopStore';

export function usePresenterKeys(workshop: Workshop): void {
  const present = useStore(workshopView, (s) => s.present);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const action = presenterKeyFor(e, e.target instanceof Element ? e.target : null);
      if (!action) return;
      const w = workshop.store.getState();
      const step = w.lesson.steps[w.progress.step];
      switch (action.type) {
        case 'next':
          workshop.go(1);
          break;
        case 'previous':
          workshop.go(-1);
          break;
        case 'answer':
          if (step.predict.kind !== 'choice' || action.choice >= step.predict.choices.length) return;
          workshop.submit(action.choice);
          break;
        case 'reveal':
          workshop.reveal();
          break;
        case 'qr':
          workshop.toggle('qrOpen');
          break;
        case 'controls':
          if (!present) return;
          workshop.toggle('controlsShown');
          break;
      }
      e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [workshop, present]);
}
