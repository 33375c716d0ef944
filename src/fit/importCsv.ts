/**
 * CSV with a time column and numeric columns: the lab's own export, a team's hand-made file, or a
 * Grafana panel's CSV export (a `Time` column, one column per series, values maybe with units).
 */
import { parseCell } from './cells';
import { isTimeColumn } from './columnNames';
import { resolveColumn, toLabUnit, type ColumnReport, type Mapping } from './columnMapping';
import { readCsv } from './csv';
import { ImportError } from './importError';
import type { RawSeries } from './observed';
import { numericTimesToSeconds, parseTimestampCell } from './timestamps';
import type { Unit } from './units';

export interface Imported {
  format: 'csv' | 'grafana-csv' | 'prometheus';
  series: RawSeries[];
  columns: ColumnReport[];
}

function timeColumnIndex(header: string[], firstRow: string[] | undefined): number {
  const named = header.findIndex(isTimeColumn);
  if (named >= 0) return named;
  // No recognised name: the first column serves if its first cell reads as a timestamp.
  if (firstRow && parseTimestampCell(firstRow[0])) return 0;
  throw new ImportError(`no time column: name one "t_s", "time" or "timestamp" (columns: ${header.join(', ')})`, { line: 1 });
}

function readTimes(rows: { line: number; cells: string[] }[], col: number, name: string): number[] {
  let kind: 'number' | 'iso' | undefined;
  const raw = rows.map((r) => {
    const t = parseTimestampCell(r.cells[col]);
    if (!t) {
      throw new ImportError(`line ${r.line}, column "${name}": "${r.cells[col].trim()}" is not a timestamp (epoch seconds, epoch milliseconds or ISO 8601)`, {
        line: r.line,
        column: name,
      });
    }
    if (kind !== undefined && t.kind !== kind) {
      throw new ImportError(`line ${r.line}, column "${name}": mixes ISO 8601 and numeric timestamps`, { line: r.line, column: name });
    }
    kind = t.kind;
    return t.value;
  });
  return kind === 'number' ? numericTimesToSeconds(raw) : raw;
}

export function importCsv(text: string, mapping: Mapping = {}): Imported {
  const table = readCsv(text);
  if (table.rows.length === 0) throw new ImportError('the file has a header but no data rows', { line: 2 });
  const tcol = timeColumnIndex(table.header, table.rows[0]?.cells);
  const times = readTimes(table.rows, tcol, table.header[tcol]);
  const grafana = table.header[tcol] === 'Time';
  const series: RawSeries[] = [];
  const columns: ColumnReport[] = [];
  table.header.forEach((name, col) => {
    if (col === tcol) return;
    const ts: number[] = [];
    const vs: number[] = [];
    let cellUnit: Unit | undefined;
    let firstBad: { line: number; text: string } | undefined;
    table.rows.forEach((r, i) => {
      const c = parseCell(r.cells[col]);
      if (c.kind === 'number') {
        ts.push(times[i]);
        vs.push(c.value);
        cellUnit ??= c.unit;
      } else if (c.kind === 'bad') firstBad ??= { line: r.line, text: r.cells[col].trim() };
    });
    const resolved = resolveColumn(name, mapping, cellUnit, vs);
    if (!resolved) {
      columns.push({ source: name, how: mapping[name]?.metric === 'ignore' ? 'ignored' : 'unknown name' });
      return;
    }
    if (firstBad) {
      throw new ImportError(`line ${firstBad.line}, column "${name}": "${firstBad.text}" is not a number`, { line: firstBad.line, column: name });
    }
    if (series.some((s) => s.metric === resolved.metric)) {
      columns.push({ source: name, metric: resolved.metric, unit: resolved.unit, how: 'duplicate' });
      return;
    }
    columns.push({ source: name, metric: resolved.metric, unit: resolved.unit, how: resolved.how });
    series.push({ metric: resolved.metric, source: name, timesS: ts, values: vs.map((v) => toLabUnit(v, resolved.unit)) });
  });
  return { format: grafana ? 'grafana-csv' : 'csv', series, columns };
}
