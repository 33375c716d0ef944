/** Keeps the FrameClock's paint spacing in line with the speed and the system's reduced-motion setting. */
import type { LabStore } from '../store/labStore';
import type { FrameClock } from './frameClock';
import { paintIntervalMs } from './paintPolicy';

/** Spaces out chart paints by speed and by the system's reduced-motion setting, following both. */
export function followPaintPolicy(clock: FrameClock, store: LabStore): void {
  const query = typeof matchMedia === 'function' ? matchMedia('(prefers-reduced-motion: reduce)') : null;
  const apply = () => {
    const reduced = query?.matches ?? false;
    clock.minIntervalMs = paintIntervalMs(store.getState().speed, reduced);
    document.documentElement.dataset.motion = reduced ? 'reduced' : 'full';
  };
  apply();
  query?.addEventListener('change', apply);
  store.subscribe((s, prev) => {
    if (s.speed !== prev.speed) apply();
  });
}
