import { describe, expect, it } from 'vitest';
import { importMetrics } from '../../src/fit/importFile';
import { ImportError } from '../../src/fit/importError';
import type { ObservedMetric } from '../../src/fit/observed';
import { dashboardCsv, grafanaCsv, prometheusJson } from './realTrace';

const DASH: ObservedMetric[] = ['offered_rps', 'goodput_rps', 'timeout_rps', 'hit_rate', 'db_util', 'p99_ms'];

function expectSameSeries(a: ReturnType<typeof importMetrics>, b: ReturnType<typeof importMetrics>, digits: number) {
  expect(a.observed.tS.length).toBe(b.observed.tS.length);
  for (const m of DASH) {
    const x = a.observed.series[m]!;
    const y = b.observed.series[m]!;
    expect(x, m).toBeDefined();
    for (let i = 0; i < x.length; i++) expect(x[i], `${m}[${i}]`).toBeCloseTo(y[i], digits);
  }
}

describe('the real trace in the formats monitoring exports', () => {
  const direct = importMetrics(dashboardCsv());

  it('a Prometheus query_range answer (six series, epoch seconds, values as strings) reads the same as the CSV', () => {
    const prom = importMetrics(prometheusJson());
    expect(prom.format).toBe('prometheus');
    expect(prom.columns.map((c) => [c.source, c.metric, c.unit])).toEqual([
      ['http_requests_per_second', 'offered_rps', 'per-second'],
      ['http_success_per_second', 'goodput_rps', 'per-second'],
      ['http_timeouts_per_second', 'timeout_rps', 'per-second'],
      ['cache_hit_ratio', 'hit_rate', 'ratio'],
      ['db_cpu_percent', 'db_util', 'percent'],
      ['http_latency_p99_seconds', 'p99_ms', 's'],
    ]);
    expectSameSeries(prom, direct, 9);
  });

  it('a Grafana panel CSV (Time column in UTC, units written in the cells) reads the same as the CSV', () => {
    const g = importMetrics(grafanaCsv());
    expect(g.format).toBe('grafana-csv');
    expect(g.columns.map((c) => c.metric)).toEqual(DASH);
    expectSameSeries(g, direct, 4);
  });

  it('a Prometheus sample of "NaN" is a gap, not an error', () => {
    const doc = JSON.parse(prometheusJson());
    doc.data.result[0].values[5][1] = 'NaN';
    const r = importMetrics(JSON.stringify(doc));
    expect(Number.isNaN(r.observed.series.offered_rps![5])).toBe(true);
    expect(r.observed.series.offered_rps![6]).toBe(direct.observed.series.offered_rps![6]);
  });

  it('names the field of a Prometheus answer it cannot use', () => {
    const msg = (doc: unknown) => {
      try {
        importMetrics(JSON.stringify(doc));
      } catch (e) {
        expect(e).toBeInstanceOf(ImportError);
        return (e as Error).message;
      }
      return 'no error';
    };
    expect(msg({ status: 'success', data: { resultType: 'vector', result: [] } })).toMatch(/field "data.resultType" is "vector"; only "matrix"/);
    expect(msg({ status: 'error', error: 'bad query' })).toBe('the Prometheus response has status "error": bad query');
    expect(
      msg({
        status: 'success',
        data: {
          resultType: 'matrix',
          result: [
            {
              metric: { __name__: 'rps' },
              values: [
                [1, '2'],
                ['x', '3'],
              ],
            },
          ],
        },
      }),
    ).toBe('data.result[0].values[1]: ["x","3"] is not [epoch seconds, "value"]');
    expect(msg({ status: 'success', data: { resultType: 'matrix', result: [{ metric: { job: 'a' }, values: [[1, '2']] }] } })).toMatch(/found: "\{job="a"\}"/);
  });
});
