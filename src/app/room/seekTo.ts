/**
 * Runs a paused run forward to a simulated time, exactly: one interval step per frame, queued in
 * order behind any load already asked for, so the run stops on the frame the link names rather than
 * wherever a fast play happened to be when a pause arrived.
 */
import type { LabRuntime } from '../runtime/labRuntime';

export function seekTo(lab: LabRuntime, atS: number, intervalS: number): void {
  const frames = Math.round(atS / intervalS);
  for (let k = 0; k < frames; k++) lab.step();
}
