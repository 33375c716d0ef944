/** Renders metric frames as CSV or NDJSON, for the runner and for exports. */
import { METRIC_COUNT, METRIC_NAMES, M, STATE_NAMES } from './metrics';

/** Numbers print with at most 6 significant digits: enough to read, stable to diff. */
function formatValue(v: number): string {
  if (Number.isInteger(v)) return String(v);
  return String(Number(v.toPrecision(6)));
}

export function csvHeader(): string {
  return METRIC_NAMES.join(',');
}

export function csvRows(frames: Float64Array): string[] {
  const rows: string[] = [];
  for (let o = 0; o < frames.length; o += METRIC_COUNT) {
    const cells: string[] = [];
    for (let i = 0; i < METRIC_COUNT; i++) cells.push(i === M.state ? STATE_NAMES[frames[o + i]] : formatValue(frames[o + i]));
    rows.push(cells.join(','));
  }
  return rows;
}

export function ndjsonRows(frames: Float64Array): string[] {
  const rows: string[] = [];
  for (let o = 0; o < frames.length; o += METRIC_COUNT) {
    const obj: Record<string, number | string> = {};
    for (let i = 0; i < METRIC_COUNT; i++) obj[METRIC_NAMES[i]] = i === M.state ? STATE_NAMES[frames[o + i]] : Number(formatValue(frames[o + i]));
    rows.push(JSON.stringify(obj));
  }
  return rows;
}
