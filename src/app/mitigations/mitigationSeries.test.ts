import { describe, expect, it } from 'vitest';
import { mitigationById } from '../../mitigations/catalog';
import { M } from '../../sim/metrics';
import { applyPatch, defaultScenario } from '../../sim/parseScenario';
import { CHARTS } from '../charts/chartSpecs';
import { paramsOf } from '../store/labStore';
import { seriesKey, withMitigationSeries } from './mitigationSeries';

const base = paramsOf(defaultScenario());

describe('mitigation series', () => {
  it('adds nothing while no such mitigation is on', () => {
    expect(seriesKey(base)).toBe('');
    expect(withMitigationSeries(CHARTS, '')).toBe(CHARTS);
  });

  it('adds the line of each switched-on mitigation to the failures chart only', () => {
    const p = applyPatch(applyPatch(base, mitigationById('circuit-breaker')!.on), mitigationById('retry-budget')!.on);
    const key = seriesKey(p);
    expect(key).toBe('retry-budget,circuit-breaker');
    const charts = withMitigationSeries(CHARTS, key);
    const failures = charts.find((c) => c.id === 'failures')!;
    expect(failures.series.map((s) => s.col).slice(-2)).toEqual([M.budget_denied_rps, M.breaker_rps]);
    expect(charts.filter((c) => c.id !== 'failures')).toEqual(CHARTS.filter((c) => c.id !== 'failures'));
  });
});
