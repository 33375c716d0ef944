/**
 * A jumpy series drawn as a band: frames grouped into columns a few pixels wide, each column
 * showing its lowest and highest value (a faint area) and its median (the line). A tail
 * percentile of a failing system flips between "answered from the cache" and "answered after the
 * queue" from one frame to the next; drawn frame by frame over a whole run it is a comb nobody can
 * read, while the band keeps both the typical value and the spikes. Preallocated and reused.
 */
import { M } from '../../sim/metrics';
import type { FrameRing } from '../data/frameRing';

/** Screen pixels per band column: narrow enough to follow the run, wide enough to calm a comb. */
export const BAND_COLUMN_PX = 4;

/** Frames per column for `count` frames over `maxPoints` points (about one point per pixel). */
export function framesPerColumn(count: number, maxPoints: number): number {
  return Math.max(1, Math.ceil(count / Math.max(1, Math.floor(maxPoints / BAND_COLUMN_PX))));
}

export class BandPoints {
  t = new Float64Array(256);
  lo = new Float64Array(256);
  hi = new Float64Array(256);
  mid = new Float64Array(256);
  n = 0;
  /** Scratch for one column's values while finding its median. */
  private scratch = new Float64Array(64);

  /**
   * Fills from frames [from, to) of `col`. A frame where `emptyCol` is 0 has no value (nothing was
   * measured in it); a column with no values at all is a gap (NaN), never a zero.
   */
  fill(ring: FrameRing, col: number, from: number, to: number, maxPoints: number, emptyCol?: number): void {
    const count = Math.max(0, to - from);
    const per = framesPerColumn(count, maxPoints);
    const columns = Math.ceil(count / per);
    this.ensure(columns, per);
    for (let c = 0; c < columns; c++) {
      const s = from + c * per;
      const e = Math.min(to, s + per);
      let k = 0;
      for (let i = s; i < e; i++) {
        const v = ring.get(i, col);
        if (Number.isFinite(v) && (emptyCol === undefined || ring.get(i, emptyCol) > 0)) this.scratch[k++] = v;
      }
      // The column's time: its last frame's, so a one-frame column sits exactly on its frame.
      this.t[c] = ring.get(e - 1, M.t_s);
      if (k === 0) {
        this.lo[c] = this.hi[c] = this.mid[c] = Number.NaN;
        continue;
      }
      sortPrefix(this.scratch, k);
      this.lo[c] = this.scratch[0];
      this.hi[c] = this.scratch[k - 1];
      this.mid[c] = k % 2 === 1 ? this.scratch[(k - 1) >> 1] : (this.scratch[k / 2 - 1] + this.scratch[k / 2]) / 2;
    }
    this.n = columns;
  }

  private ensure(columns: number, per: number) {
    if (per > this.scratch.length) this.scratch = new Float64Array(per * 2);
    if (columns <= this.t.length) return;
    const size = columns * 2;
    this.t = new Float64Array(size);
    this.lo = new Float64Array(size);
    this.hi = new Float64Array(size);
    this.mid = new Float64Array(size);
  }
}

/** Insertion sort of a[0..n): columns hold a handful of frames, and this allocates nothing. */
function sortPrefix(a: Float64Array, n: number): void {
  for (let i = 1; i < n; i++) {
    const v = a[i];
    let j = i - 1;
    while (j >= 0 && a[j] > v) {
      a[j + 1] = a[j];
      j--;
    }
    a[j + 1] = v;
  }
}
