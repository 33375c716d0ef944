/**
 * Logarithm and exponential built from + − × ÷ alone. IEEE 754 rounds those exactly the same way in
 * every engine, whereas Math.log/exp/pow are left to each engine's library and do differ in the last
 * bit between V8 versions (Node and Chromium disagree). The core uses these so that the same scenario
 * and seed give the same numbers, bit for bit, in Node and in every browser. Accuracy is within a few
 * ulps, far below anything the model can notice.
 */
const LN2_HI = 6.9314718036912381649e-1; // high bits of ln 2: k × LN2_HI is exact for |k| < 2^11
const LN2_LO = 1.90821492927058770002e-10;
const INV_LN2 = 1.442695040888963387;
const SQRT2 = 1.4142135623730951;
// Series coefficients, computed once (division is the slow operation).
const L3 = 1 / 3,
  L5 = 1 / 5,
  L7 = 1 / 7,
  L9 = 1 / 9,
  L11 = 1 / 11,
  L13 = 1 / 13;
const L15 = 1 / 15,
  L17 = 1 / 17,
  L19 = 1 / 19,
  L21 = 1 / 21,
  L23 = 1 / 23;
/** 1/n! for n = 0..14. */
const E = new Float64Array(15);
E[0] = 1;
for (let n = 1; n < 15; n++) E[n] = E[n - 1] / n;
const [E0, E1, E2, E3, E4, E5, E6, E7, E8, E9, E10, E11, E12, E13, E14] = E;
/** 2^k for k = −1022..1023 (exact), so the hot path of dexp reads a table instead of writing bits. */
const POW2 = new Float64Array(2046);
for (let k = -1022, v = 2 ** -1022; k <= 1023; k++, v *= 2) POW2[k + 1022] = v;

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
  return lnScaled(scratch[0], e);
}

/** ln(m·2^e) for m in [1, 2): the shared series. */
function lnScaled(m: number, e: number): number {
  if (m > SQRT2) {
    m *= 0.5;
    e += 1;
  }
  // ln m = 2·artanh(s) with s = (m − 1)/(m + 1), |s| ≤ 0.1716: 2s + 2s·R, R = s²/3 + s⁴/5 + …,
  // and 2s = f − s·f keeps the leading term exact (fdlibm's arrangement).
  const f = m - 1;
  const s = f / (2 + f);
  const z = s * s;
  const p = L3 + z * (L5 + z * (L7 + z * (L9 + z * (L11 + z * (L13 + z * (L15 + z * (L17 + z * (L19 + z * (L21 + z * L23)))))))));
  const lnm = f - s * (f - 2 * z * p);
  return e * LN2_HI + (lnm + e * LN2_LO);
}

/** 2^-e for e = 0..32, exact. */
const INV_POW2 = new Float64Array(33);
INV_POW2[0] = 1;
for (let e = 1; e <= 32; e++) INV_POW2[e] = INV_POW2[e - 1] * 0.5;

/**
 * ln(n) for a whole number 1 ≤ n ≤ 2^32, the hot path of exponential variates: the exponent comes
 * from Math.clz32 (integer arithmetic), so no bits of a double are reinterpreted.
 */
export function lnWhole(n: number): number {
  if (n >= 4294967296) return 32 * LN2_HI + 32 * LN2_LO;
  const e = 31 - Math.clz32(n);
  return lnScaled(n * INV_POW2[e], e);
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
  // Taylor series of e^r for |r| ≤ ln2/2 to degree 14 (remainder < 1e-17), in Horner form, unrolled
  // (the same operations in the same order as a loop from E14 down to E0).
  const p =
    (((((((((((((E14 * r + E13) * r + E12) * r + E11) * r + E10) * r + E9) * r + E8) * r + E7) * r + E6) * r + E5) * r + E4) * r + E3) * r + E2) * r + E1) * r +
    E0;
  if (k > 1023) return p * pow2(1023) * pow2(k - 1023);
  if (k < -1022) return p * pow2(k + 1022) * pow2(-1022);
  return p * POW2[k + 1022];
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
