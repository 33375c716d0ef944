import { describe, expect, it } from 'vitest';
import { FrameDigest, digestOf } from './frameDigest';

describe('FrameDigest', () => {
  it('does not depend on how the frames were split into batches', () => {
    const all = Float64Array.from({ length: 96 }, (_, i) => Math.sin(i) * 1000);
    const split = new FrameDigest();
    split.update(all.subarray(0, 10));
    split.update(all.subarray(10, 50));
    split.update(all.subarray(50));
    expect(split.hex()).toBe(digestOf(all));
    expect(split.count).toBe(96);
  });

  it('changes when a single bit of a single value changes', () => {
    const a = Float64Array.from([1, 2, 3, 0.1 + 0.2]);
    expect(digestOf(Float64Array.from(a))).toBe(digestOf(a));
    // 0.1 + 0.2 and 0.3 differ in the last bit of the mantissa only.
    expect(digestOf(a)).not.toBe(digestOf(Float64Array.from([1, 2, 3, 0.3])));
  });

  it('reads a subarray view without the rest of its buffer', () => {
    const buffer = Float64Array.from([9, 9, 1, 2, 9]);
    expect(digestOf(buffer.subarray(2, 4))).toBe(digestOf(Float64Array.from([1, 2])));
  });

  it('is the FNV-1a offset basis for no data', () => {
    expect(new FrameDigest().hex()).toBe('811c9dc5');
  });
});
