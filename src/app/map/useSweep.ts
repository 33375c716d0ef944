/**
 * Runs a sweep for as long as a view shows it: starts when the jobs change, cancels (terminating
 * the workers) when they change again or the view goes away. Results land in the caller's mutable
 * store and one FrameClock paint per animation frame draws them, so a burst of finished cells
 * costs one paint and React re-renders only for the progress counters.
 */
import { useEffect, useEffectEvent, useMemo, useRef } from 'react';
import type { JobResult, MapJob } from '../../map';
import { FrameClock } from '../runtime/frameClock';
import { createProgressStore, startSweep, type ProgressStore, type Sweep } from './sweepRun';

export interface SweepHandle {
  progress: ProgressStore;
  clock: FrameClock;
  cancel(): void;
}

export function useSweep(jobs: readonly MapJob[] | null, onResult: (r: Exclude<JobResult, { kind: 'error' }>) => void): SweepHandle {
  const progress = useMemo(() => createProgressStore(), []);
  const clock = useMemo(() => new FrameClock(), []);
  const deliver = useEffectEvent(onResult);
  const sweep = useRef<Sweep | null>(null);
  useEffect(() => {
    if (!jobs) return;
    const s = startSweep(jobs, progress, (r) => {
      deliver(r);
      clock.invalidate();
    });
    sweep.current = s;
    clock.invalidate();
    return () => {
      s.cancel();
      sweep.current = null;
    };
  }, [jobs, progress, clock]);
  return useMemo(() => ({ progress, clock, cancel: () => sweep.current?.cancel() }), [progress, clock]);
}

/** Registers a painter with a view's clock for the component's lifetime. */
export function useClockPainter(clock: FrameClock, paint: () => void): void {
  const onPaint = useEffectEvent(paint);
  useEffect(() => clock.add(() => onPaint()), [clock]);
}
