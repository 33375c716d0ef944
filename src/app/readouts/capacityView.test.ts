import { describe, expect, it } from 'vitest';
import { presetById, presetScenario } from '../../presets';
import { capacities } from '../../sim/capacity';
import { capacityView, loadVerdict } from './capacityView';

const preset = (id: string) => presetScenario(presetById(id)!);

describe('the capacity readout follows what is in force', () => {
  it('reads the contention curve: above its best 1,600 queries/s, 256 connections on 32 cores complete 494', () => {
    const s = preset('twitter-2022');
    const v = capacityView(capacities(s), s, null);
    expect(v.hidden.value).toBe('1,600');
    expect(v.hidden.note).toBe('cold: DB at its best; above it 256 connections on 32 cores complete 494, 49 if all are 200 ms rebuilds');
    expect(Math.round(v.hiddenFloorRps)).toBe(49);
  });

  it('keeps a load below the knee within the cold figure: the 2019 scale-up adds connections but the load never fills them', () => {
    const s = preset('deploy-2019');
    const scaled = { ...s, db: { ...s.db, workers: 220, cores: 130 } };
    const v = capacityView(capacities(scaled), scaled, { firstRps: 201, hitRate: 0.24 });
    expect(v.hidden.value).toBe('289');
    expect(v.load.verdict).toBe('≤ hidden: fits even a cold cache');
  });

  it('uses the hit rate the run has when a TTL expires what Che keeps, instead of an ∞ the chart contradicts', () => {
    const s = preset('cloudflare-2024');
    const caps = capacities(s);
    expect(caps.advertisedRps).toBe(Infinity);
    const v = capacityView(caps, s, { firstRps: 5000, hitRate: 0.89 });
    expect(v.advertised.value).not.toBe('∞');
    expect(v.advertised.note).toBe("warm, the run's 89% hits (Che's 100% ignores the 10 s TTL)");
  });

  it('says in words why a capacity is unbounded when every key fits', () => {
    const s = preset('hotos-lookaside');
    const all = { ...s, cache: { ...s.cache, capacity: s.workload.keys } };
    const v = capacityView(capacities(all), all, null);
    expect(v.advertised.value).toBe('∞');
    expect(v.advertised.note).toBe('warm, 100% hits (Che): every key fits, so the DB never limits it');
  });

  it('judges the load that arrives, not the base rate, once a spike is in force', () => {
    const s = preset('shopify-2020');
    const v = capacityView(capacities(s), s, { firstRps: 2957, hitRate: 0.9 });
    expect(v.load.value).toBe('2,957');
    expect(v.load.note).toBe('arriving (base 300)');
    expect(v.load.verdict).toBe(loadVerdict(2957, v.hiddenRps, v.advertisedRps));
    expect(v.load.verdict).not.toContain('stable');
  });

  it('names no state the load alone cannot decide', () => {
    expect(loadVerdict(200, 244, 3164)).toBe('≤ hidden: fits even a cold cache');
    expect(loadVerdict(2000, 400, 3748)).toBe('between: vulnerable');
    expect(loadVerdict(5000, 400, 3748)).toBe('> advertised: overloaded');
  });
});
