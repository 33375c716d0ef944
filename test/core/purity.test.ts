import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dexp, dlog, dlog1p, dpow } from '../../src/sim/detMath';

const coreFiles = readdirSync('src/sim').filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
const source = (f: string) => readFileSync(`src/sim/${f}`, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');

describe('the core is pure and engine-independent', () => {
  it('reads no clock and no ambient randomness', () => {
    for (const f of coreFiles) expect(source(f), f).not.toMatch(/Math\.random|Date\.now|performance\.now|new Date\b/);
  });

  it("calls none of the engine's transcendental functions (they differ in the last bit between V8 versions)", () => {
    for (const f of coreFiles.filter((x) => x !== 'detMath.ts')) {
      expect(source(f), f).not.toMatch(/Math\.(log|log1p|log2|log10|exp|expm1|pow|sin|cos|tan|atan|atan2|sinh|cosh|tanh|cbrt|hypot)\(/);
      expect(source(f), `${f} uses ** (a power)`).not.toMatch(/[\w)\]]\s*\*\*\s*[\w(]/);
    }
  });

  it('imports nothing outside the core', () => {
    for (const f of coreFiles) {
      for (const m of source(f).matchAll(/from '([^']+)'/g)) expect(m[1], `${f} imports ${m[1]}`).toMatch(/^\.\//);
    }
  });

  it('its own logarithm and exponential agree with the platform within a few ulps', () => {
    let worst = 0;
    for (let i = 1; i < 20_000; i++) {
      const x = Math.exp((i / 20_000) * 1300 - 650);
      worst = Math.max(worst, Math.abs(dlog(x) - Math.log(x)) / Math.abs(Math.log(x) || 1));
      const y = (i / 20_000) * 1300 - 650;
      worst = Math.max(worst, Math.abs(dexp(y) - Math.exp(y)) / Math.exp(y));
    }
    expect(worst).toBeLessThan(1e-15);
    expect(dpow(2, 10)).toBe(1024);
    expect(Math.abs(dpow(1000, -1.1) - Math.pow(1000, -1.1)) / Math.pow(1000, -1.1)).toBeLessThan(1e-14);
    expect(dlog1p(1e-12)).toBeCloseTo(1e-12, 20);
    expect(dexp(0)).toBe(1);
    expect(dlog(1)).toBe(0);
  });
});
