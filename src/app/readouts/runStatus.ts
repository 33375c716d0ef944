/**
 * The run clock's status words. "Preparing" covers the time between loading a scenario and the
 * worker's first answer: building a ten-million-key scenario's popularity table and warming its
 * cache takes seconds, and "Paused 0:00" meanwhile read as if nothing would happen.
 */
import type { Speed } from '../../worker/protocol';

export type RunPhase = 'preparing' | 'paused' | 'running' | 'finished';

export interface RunFacts {
  /** The worker has not answered since this run was loaded (no capacities reported yet). */
  preparing: boolean;
  playing: boolean;
  done: boolean;
  speed: Speed;
}

export function runPhase(f: RunFacts): RunPhase {
  if (f.done) return 'finished';
  if (f.preparing) return 'preparing';
  return f.playing ? 'running' : 'paused';
}

export function runStatusText(f: RunFacts): string {
  switch (runPhase(f)) {
    case 'finished':
      return 'Finished';
    case 'preparing':
      return 'Preparing the run…';
    case 'running':
      return `Running ${f.speed === 'max' ? 'at max speed' : `at ${f.speed}×`}`;
    default:
      return 'Paused';
  }
}
