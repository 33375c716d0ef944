/**
 * A fingerprint of every value of every frame of a run, bit for bit: FNV-1a over the IEEE-754
 * bytes (as 32-bit words) of each Float64. Two runs agree on the fingerprint only if they agree on
 * every bit, which is how the browser run is checked against Node's.
 */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

export class FrameDigest {
  private hash = FNV_OFFSET;
  private values = 0;

  /** Folds a batch (any number of whole frames) into the fingerprint. */
  update(frames: Float64Array): void {
    const words = new Uint32Array(frames.buffer, frames.byteOffset, frames.length * 2);
    let h = this.hash;
    for (let i = 0; i < words.length; i++) {
      h ^= words[i];
      h = Math.imul(h, FNV_PRIME) >>> 0;
    }
    this.hash = h;
    this.values += frames.length;
  }

  /** Number of Float64 values folded in. */
  get count(): number {
    return this.values;
  }

  /** Eight hex digits. */
  hex(): string {
    return this.hash.toString(16).padStart(8, '0');
  }
}

/** The fingerprint of a whole run delivered in one array (Node side of the comparison). */
export function digestOf(frames: Float64Array): string {
  const d = new FrameDigest();
  d.update(frames);
  return d.hex();
}
