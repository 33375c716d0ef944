import { describe, expect, it } from 'vitest';
import { CHARTS } from '../charts/chartSpecs';
import { defaultScenario } from '../../sim/parseScenario';
import { M } from '../../sim/metrics';
import { showsCapDropped, withCapSeries } from './capSeries';

describe('the dropped (memory cap) line', () => {
  it('is added to the failures chart only, and only when asked for', () => {
    expect(withCapSeries(CHARTS, false)).toBe(CHARTS);
    const charts = withCapSeries(CHARTS, true);
    const changed = charts.filter((c, i) => c !== CHARTS[i]);
    expect(changed.map((c) => c.id)).toEqual(['failures']);
    expect(changed[0].series.at(-1)).toMatchObject({ col: M.cap_dropped_rps, label: 'dropped (memory cap)' });
  });

  it('shows for the parameters in force: a slider taking the load to a million a second with an hour’s timeout turns it on', () => {
    const s = defaultScenario();
    expect(showsCapDropped(s, s)).toBe(false);
    const flood = { ...s, workload: { ...s.workload, rps: 1_000_000 }, client: { ...s.client, timeoutMs: 3_600_000 } };
    expect(showsCapDropped(s, flood)).toBe(true);
  });
});
