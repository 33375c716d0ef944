/**
 * Logarithm and exponential built from + − × ÷ alone. IEEE 754 rounds those exactly the same way in
 * every engine, whereas Math.log/exp/pow are left to each engine's library and do differ in the last
 * bit between V8 versions (Node and Chromium disagree). The core uses these so that the same scenario
 * and seed give the same numbers, bit for bit, in Node and in every browser. Accuracy is within a few
 * ulps, far below anything the model can notice.
 */
const LN2_HI = 6.93147180369123816490e-1; // high bits of ln 2: k × LN2_HI is exact for |k| < 2^11
const LN2_LO = 1.90821492927058770002e-10;
const INV_LN2 = 1.44269504088896338700;
const SQRT2 = 1.4142135623730951;

const scratch = new Float64Array(1);
const words = new Uint32Array(scratch.buffer);
// Word order of a double in this engine's memory (every platform today is little-endian; check anyway).
const HI = new Uint8Array(new Float64Array([1]).buffer)[7] === 0x3f ? 1 : 0;
const LO = 1 - HI;

/** 2^k for an integer k in the normal range, built from the exponent bits (exact). */
function pow2(k: number): number {
  words[HI] = ((k + 1023) << 20) >>> 0;
  words[LO] = 0;
  return scratch[0];
}

/** Natural logarithm; NaN for x < 0, −Infinity for 0. */
export function dlog(x: number): number {
  if (!(x > 0)) return x === 0 ? -Infinity : NaN;
  if (x === Infinity) return Infinity;
  let e = 0;
  if (x < 2.2250738585072014e-308) {
    x *= 18014398509481984; // 2^54: bring subnormals into the normal range
    e = -54;
  }
  scratch[0] = x;
  e += ((words[HI] >>> 20) & 0x7ff) - 1023;
  words[HI] = (words[HI] & 0x000fffff) | 0x3ff00000; // mantissa m in [1, 2)
  let m = scratch[0];
  if (m > SQRT2) {
    m /= 2;
    e += 1;
  }
  // ln m = 2·artanh(s) with s = (m − 1)/(m + 1), |s| ≤ 0.1716: 2s + 2s·R, R = s²/3 + s⁴/5 + …,
  // and 2s = f − s·f keeps the leading term exact (fdlibm's arrangement).
  const f = m - 1;
  const s = f / (2 + f);
  const z = s * s;
  let p = 1 / 23;
  for (let k = 21; k >= 3; k -= 2) p = p * z + 1 / k;
  const lnm = f - s * (f - 2 * z * p);
  return e * LN2_HI + (lnm + e * LN2_LO);
}

/** e^x. */
export function dexp(x: number): number {
  if (x !== x) return NaN;
  if (x > 709.78) return Infinity;
  if (x < -745.2) return 0;
  const k = Math.round(x * INV_LN2);
  const hi = x - k * LN2_HI;
  const lo = k * LN2_LO;
  const r = hi - lo;
  // Taylor series of e^r for |r| ≤ ln2/2 to degree 14 (remainder < 1e-17).
  let p = 1;
  for (let n = 14; n >= 1; n--) p = 1 + (p * r) / n;
  if (k > 1023) return p * pow2(1023) * pow2(k - 1023);
  if (k < -1022) return p * pow2(k + 1022) * pow2(-1022);
  return p * pow2(k);
}

/** x^y for x > 0 (all the model needs); exact for x = 2 and integer y. */
export function dpow(x: number, y: number): number {
  if (x === 2 && Number.isInteger(y) && y > -1023 && y < 1024) return pow2(y);
  if (y === 0) return 1;
  return dexp(y * dlog(x));
}

/** ln(1 + x) for x ≥ 0, accurate for small x too. */
export function dlog1p(x: number): number {
  const u = 1 + x;
  if (u === 1) return x;
  // Correct the rounding of 1 + x (Goldberg's trick).
  return (dlog(u) * x) / (u - 1);
}
