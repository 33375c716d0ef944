/**
 * Synthetic metric frames for tests, written by metric name: each row sets the metrics it names and
 * leaves the others at 0, laid out flat as the core emits them (rows × METRIC_COUNT).
 */
import { M, METRIC_COUNT, type MetricName } from '../../src/sim/metrics';

export type FrameRow = Partial<Record<MetricName, number>>;

export function frameRows(rows: readonly FrameRow[]): Float64Array {
  const out = new Float64Array(rows.length * METRIC_COUNT);
  rows.forEach((row, r) => {
    for (const [name, value] of Object.entries(row) as [MetricName, number][]) out[r * METRIC_COUNT + M[name]] = value;
  });
  return out;
}
