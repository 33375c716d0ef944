/** Binds the lab's keyboard shortcuts (shortcuts.ts) to the document for the app's lifetime. */
import { useEffect } from 'react';
import { useLab } from '../runtime/LabContext';
import { setKeysDialogOpen } from './keysDialogStore';
import { shortcutFor } from './shortcuts';

export function useShortcuts(): void {
  const lab = useLab();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const action = shortcutFor(e, e.target instanceof Element ? e.target : null);
      if (!action) return;
      e.preventDefault();
      const s = lab.store.getState();
      if (action === 'help') setKeysDialogOpen(true);
      else if (action === 'reset') lab.reset();
      else if (action === 'flush') lab.flushCache();
      else if (action === 'step' && !s.playing && !s.done) lab.step();
      else if (action === 'toggle-play') {
        if (s.playing) lab.pause();
        else if (s.done) lab.reset();
        else lab.play();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [lab]);
}
