import { describe, expect, it } from 'vitest';
import { dpow } from './detMath';
import { zipfPopularity } from './zipf';

/** The popularity as it was computed before the fast path: dpow per key, then normalised. */
function reference(n: number, s: number): Float64Array {
  const p = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    p[i] = dpow(i + 1, -s);
    sum += p[i];
  }
  for (let i = 0; i < n; i++) p[i] /= sum;
  return p;
}

describe('Zipf popularity', () => {
  it.each([0, 0.5, 1, 1.1, 2, 3])('is dpow(i + 1, −s) normalised, bit for bit (s = %s), so old links draw the same keys', (s) => {
    expect(zipfPopularity(70_000, s)).toEqual(reference(70_000, s));
  });
});
