import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../src/sim/simulation';
import { scenario } from './run';

const doc = {
  durationS: 240,
  events: [
    { atS: 60, type: 'flush' },
    { atS: 120, type: 'outage', forS: 5 },
    { atS: 180, type: 'set', changes: { client: { retries: 1 } } },
  ],
};

function frames(d: unknown, sliceMs: number): Float64Array {
  const sim = createSimulation(scenario(d));
  const parts: Float64Array[] = [];
  while (!sim.done()) {
    sim.advance(sim.nowMs() + sliceMs);
    parts.push(sim.takeFrames());
  }
  const out = new Float64Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

const bits = (f: Float64Array) => new Uint32Array(f.buffer, f.byteOffset, f.length * 2);

describe('determinism', () => {
  it('the same document and seed give the same numbers, bit for bit, however the run is sliced', () => {
    const a = frames(doc, 1000);
    const b = frames(doc, 37);
    const c = frames(doc, 600_000);
    expect(bits(a)).toEqual(bits(b));
    expect(bits(a)).toEqual(bits(c));
  });

  it('a different seed gives different numbers', () => {
    const a = frames(doc, 10_000);
    const b = frames({ ...doc, seed: 8 }, 10_000);
    expect(bits(a)).not.toEqual(bits(b));
  });

  it('sends each purpose its own random stream: a change to backoff leaves the arrivals alone', () => {
    // first attempts depend only on the arrival stream while nothing else differs before the flush
    const a = createSimulation(scenario({ durationS: 30 }));
    const b = createSimulation(scenario({ durationS: 30, client: { backoff: 'none' } }));
    a.advance(Infinity);
    b.advance(Infinity);
    expect(a.totals().requests).toBe(b.totals().requests);
  });
});

describe('memory', () => {
  it('a one-hour storm does not grow the heap: the last 50 minutes stay within 3 MiB of the first 10', () => {
    const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', 'test/core/heapProbe.ts'], { encoding: 'utf8', timeout: 120_000 });
    const { heapMiB } = JSON.parse(out) as { heapMiB: number[] };
    expect(heapMiB.length).toBe(12);
    const early = heapMiB[1];
    for (const h of heapMiB.slice(2)) expect(h - early).toBeLessThan(3);
  });
});
