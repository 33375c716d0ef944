/**
 * The real trace (fixtures/realstack-flush.csv, a copy of shared/data/realstack-flush.csv: a real
 * Redis + PostgreSQL stack whose cache was flushed) and the files the tests build from it: a file with
 * only what a dashboard shows, a Prometheus query_range answer, a Grafana panel CSV export.
 */
import { readFileSync } from 'node:fs';

export const REAL_TRACE = readFileSync(new URL('./fixtures/realstack-flush.csv', import.meta.url), 'utf8');

export interface TraceTable {
  header: string[];
  rows: number[][];
  col(name: string): number[];
}

export function traceTable(text = REAL_TRACE): TraceTable {
  const [head, ...lines] = text.trim().split(/\r?\n/);
  const header = head.split(',');
  const rows = lines.map((l) => l.split(',').map(Number));
  return { header, rows, col: (name) => rows.map((r) => r[header.indexOf(name)]) };
}

/** The columns a dashboard would have: requests, successes, timeouts, hit rate, database CPU, p99. */
export const DASHBOARD_COLUMNS = ['t_s', 'offered_rps', 'goodput_rps', 'timeout_rps', 'hit_rate', 'db_util', 'p99_ms'];

export function dashboardCsv(): string {
  const t = traceTable();
  const idx = DASHBOARD_COLUMNS.map((c) => t.header.indexOf(c));
  return [DASHBOARD_COLUMNS.join(','), ...t.rows.map((r) => idx.map((i) => r[i]).join(','))].join('\n');
}

/** Epoch seconds of the trace's first row in the built files (any instant would do). */
export const EPOCH0 = 1_764_648_000;

/** A Prometheus query_range answer with one series per dashboard metric, named as exporters name them. */
export function prometheusJson(): string {
  const t = traceTable();
  const names: [string, string, (v: number) => number][] = [
    ['http_requests_per_second', 'offered_rps', (v) => v],
    ['http_success_per_second', 'goodput_rps', (v) => v],
    ['http_timeouts_per_second', 'timeout_rps', (v) => v],
    ['cache_hit_ratio', 'hit_rate', (v) => v],
    ['db_cpu_percent', 'db_util', (v) => v * 100],
    ['http_latency_p99_seconds', 'p99_ms', (v) => v / 1000],
  ];
  const result = names.map(([name, column, conv]) => ({
    metric: { __name__: name, job: 'api', instance: 'app-1:9100' },
    values: t.rows.map((r, i) => [EPOCH0 + i, String(conv(r[t.header.indexOf(column)]))]),
  }));
  return JSON.stringify({ status: 'success', data: { resultType: 'matrix', result } });
}

const iso = (epochS: number) => new Date(epochS * 1000).toISOString().replace('T', ' ').replace('.000Z', '');

/** A Grafana panel CSV export: a `Time` column, one quoted column per legend, values with units. */
export function grafanaCsv(): string {
  const t = traceTable();
  const header = ['"Time"', '"Requests"', '"Successes"', '"Timeouts"', '"Cache hit ratio"', '"DB CPU"', '"p99 latency"'];
  const lines = t.rows.map((r, i) => {
    const v = (c: string) => r[t.header.indexOf(c)];
    return [
      iso(EPOCH0 + i),
      `${v('offered_rps')} req/s`,
      `${v('goodput_rps')} req/s`,
      `${v('timeout_rps')} req/s`,
      `${(v('hit_rate') * 100).toFixed(2)}%`,
      `${(v('db_util') * 100).toFixed(2)}%`,
      `${v('p99_ms')} ms`,
    ].join(',');
  });
  return [header.join(','), ...lines].join('\r\n');
}
