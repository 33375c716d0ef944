/**
 * A Prometheus `query_range` response (`resultType: matrix`): one or several series, each named by
 * its `__name__` or, failing that, its labels rendered as `{a="1",b="2"}`.
 */
import { resolveColumn, toLabUnit, type ColumnReport, type Mapping } from './columnMapping';
import { ImportError } from './importError';
import type { Imported } from './importCsv';
import type { RawSeries } from './observed';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The name a series goes by in the mapping dialog. */
export function seriesName(metric: Record<string, unknown>): string {
  const { __name__: name, ...labels } = metric;
  if (typeof name === 'string' && name !== '') return name;
  const keys = Object.keys(labels).sort();
  return `{${keys.map((k) => `${k}="${String(labels[k])}"`).join(',')}}`;
}

export function importPrometheus(doc: unknown, mapping: Mapping = {}): Imported {
  if (!isRecord(doc)) throw new ImportError('not a Prometheus response: the document is not an object', { field: '(root)' });
  if (doc.status !== undefined && doc.status !== 'success') {
    throw new ImportError(`the Prometheus response has status "${String(doc.status)}"${typeof doc.error === 'string' ? `: ${doc.error}` : ''}`, {
      field: 'status',
    });
  }
  const data = doc.data;
  if (!isRecord(data)) throw new ImportError('not a Prometheus response: field "data" is missing', { field: 'data' });
  if (data.resultType !== 'matrix') {
    throw new ImportError(`field "data.resultType" is ${JSON.stringify(data.resultType)}; only "matrix" (a query_range answer) has series over time`, {
      field: 'data.resultType',
    });
  }
  if (!Array.isArray(data.result)) throw new ImportError('field "data.result" is not a list', { field: 'data.result' });
  const series: RawSeries[] = [];
  const columns: ColumnReport[] = [];
  data.result.forEach((entry: unknown, i: number) => {
    const at = `data.result[${i}]`;
    if (!isRecord(entry) || !isRecord(entry.metric) || !Array.isArray(entry.values)) {
      throw new ImportError(`${at}: needs "metric" (an object) and "values" (a list of [time, "value"])`, { field: at });
    }
    const name = seriesName(entry.metric);
    const ts: number[] = [];
    const vs: number[] = [];
    entry.values.forEach((pair: unknown, j: number) => {
      if (!Array.isArray(pair) || pair.length !== 2 || typeof pair[0] !== 'number' || !Number.isFinite(pair[0])) {
        throw new ImportError(`${at}.values[${j}]: ${JSON.stringify(pair)} is not [epoch seconds, "value"]`, { field: `${at}.values[${j}]` });
      }
      const v = typeof pair[1] === 'string' ? Number(pair[1]) : typeof pair[1] === 'number' ? pair[1] : Number.NaN;
      if (typeof pair[1] !== 'string' && typeof pair[1] !== 'number') {
        throw new ImportError(`${at}.values[${j}]: value ${JSON.stringify(pair[1])} is not a number`, { field: `${at}.values[${j}]` });
      }
      // Prometheus writes "NaN" for a sample it could not compute: a gap, not an error.
      if (Number.isFinite(v)) {
        ts.push(pair[0]);
        vs.push(v);
      }
    });
    const resolved = resolveColumn(name, mapping, undefined, vs);
    if (!resolved) {
      columns.push({ source: name, how: mapping[name]?.metric === 'ignore' ? 'ignored' : 'unknown name' });
      return;
    }
    if (series.some((s) => s.metric === resolved.metric)) {
      columns.push({ source: name, metric: resolved.metric, unit: resolved.unit, how: 'duplicate' });
      return;
    }
    columns.push({ source: name, metric: resolved.metric, unit: resolved.unit, how: resolved.how });
    series.push({ metric: resolved.metric, source: name, timesS: ts, values: vs.map((v) => toLabUnit(v, resolved.unit)) });
  });
  return { format: 'prometheus', series, columns };
}
