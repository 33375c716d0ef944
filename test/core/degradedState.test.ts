import { describe, expect, it } from 'vitest';
import { M, METRIC_COUNT } from '../../src/sim/metrics';
import { presetById, presetScenario } from '../../src/presets';
import { latencyObjectiveMs } from '../../src/sim/stateClassifier';
import { run } from './run';

const share = (r: ReturnType<typeof run>, state: string, fromS: number, toS: number) => {
  const t = r.col('t_s');
  let n = 0;
  let hit = 0;
  for (let i = 0; i < t.length; i++)
    if (t[i] > fromS && t[i] <= toS) {
      n++;
      if (r.stateAt(t[i]) === state) hit++;
    }
  return hit / n;
};

describe('the degraded state: served, but slower than the latency objective', () => {
  it('takes half the client timeout as the objective unless the scenario states its own', () => {
    expect(latencyObjectiveMs(0, 2000)).toBe(1000);
    expect(latencyObjectiveMs(300, 2000)).toBe(300);
  });

  it('reads the 2019 deploy degraded for most of its incident, stable before it and after the recovery', () => {
    const r = run(presetScenario(presetById('deploy-2019')!));
    expect(share(r, 'stable', 10, 240)).toBe(1);
    expect(share(r, 'degraded', 240, 1500)).toBeGreaterThan(0.9);
    expect(share(r, 'stable', 1860, 2100)).toBe(1);
  });

  it('keeps the HotOS example vulnerable while warm and metastable after the flush', () => {
    const r = run({ events: [{ atS: 150, type: 'flush' }] });
    expect(share(r, 'vulnerable', 10, 150)).toBe(1);
    expect(share(r, 'metastable', 300, 600)).toBe(1);
  });

  it('follows the scenario own objective, and the objective changes no simulated number', () => {
    const plain = run({ durationS: 60 });
    const strict = run({ durationS: 60, client: { sloP95Ms: 10 } });
    // The warm HotOS p95 is ~22 ms: above a 10 ms objective, so the healthy run reads degraded.
    expect(share(strict, 'degraded', 10, 60)).toBe(1);
    expect(share(plain, 'vulnerable', 10, 60)).toBe(1);
    for (let i = 0; i < plain.frames.length; i++) if (i % METRIC_COUNT !== M.state) expect(strict.frames[i]).toBe(plain.frames[i]);
  });
});
