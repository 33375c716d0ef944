/**
 * What the simulation produced since the last delivery: frames and the tiers' frames (each as one
 * fresh, transferable array when taken), marks, and whether the parameters changed (any mark may have changed them).
 */
import type { Mark, Simulation } from '../sim/api';

export class PendingOutput {
  private frames: Float64Array[] = [];
  private tierFrames: Float64Array[] = [];
  private marks: Mark[] = [];
  private paramsChanged = true;

  /** Moves the simulation's completed frames and marks in here. */
  collect(sim: Simulation): void {
    const frames = sim.takeFrames();
    if (frames.length > 0) this.frames.push(frames);
    const tierFrames = sim.takeTierFrames?.();
    if (tierFrames && tierFrames.length > 0) this.tierFrames.push(tierFrames);
    const marks = sim.takeMarks();
    if (marks.length > 0) {
      this.marks.push(...marks);
      this.paramsChanged = true;
    }
  }

  /** Parameters changed without a mark (a new run): the next batch must carry them. */
  noteParamsChanged(): void {
    this.paramsChanged = true;
  }

  /** Everything pending, emptied. */
  take(): { frames: Float64Array; tierFrames: Float64Array; marks: Mark[]; paramsChanged: boolean } {
    const out = { frames: concat(this.frames), tierFrames: concat(this.tierFrames), marks: this.marks, paramsChanged: this.paramsChanged };
    this.frames = [];
    this.tierFrames = [];
    this.marks = [];
    this.paramsChanged = false;
    return out;
  }

  clear(): void {
    this.frames = [];
    this.tierFrames = [];
    this.marks = [];
    this.paramsChanged = true;
  }
}

/** Always a fresh array: its buffer is transferred away, so it must never alias the simulation's own storage. */
function concat(parts: Float64Array[]): Float64Array {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Float64Array(n);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
