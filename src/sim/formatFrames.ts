/**
 * Renders metric frames as CSV or NDJSON, for the runner and for exports. With a stack of tiers,
 * each row also carries the tiers' columns (`NAME_rps_in`, …) after the core's, so the default
 * scenario's columns stay exactly as they are.
 */
import { METRIC_COUNT, METRIC_NAMES, M, STATE_NAMES } from './metrics';
import { TIER_METRIC_COUNT, tierColumnNames } from './stackSchema';

/** Numbers print with at most 6 significant digits: enough to read, stable to diff. */
function formatValue(v: number): string {
  if (Number.isInteger(v)) return String(v);
  return String(Number(v.toPrecision(6)));
}

/** The tiers' frames of a run, as the simulation hands them over (see Simulation.takeTierFrames). */
export interface TierFrames {
  names: readonly string[];
  frames: Float64Array;
}

export function csvHeader(tierNames: readonly string[] = []): string {
  return [...METRIC_NAMES, ...tierColumnNames(tierNames.map((name) => ({ name })))].join(',');
}

export function csvRows(frames: Float64Array, tiers?: TierFrames): string[] {
  const rows: string[] = [];
  const width = (tiers?.names.length ?? 0) * TIER_METRIC_COUNT;
  for (let o = 0, row = 0; o < frames.length; o += METRIC_COUNT, row++) {
    const cells: string[] = [];
    for (let i = 0; i < METRIC_COUNT; i++) cells.push(i === M.state ? STATE_NAMES[frames[o + i]] : formatValue(frames[o + i]));
    for (let j = 0; j < width; j++) cells.push(formatValue(tiers!.frames[row * width + j]));
    rows.push(cells.join(','));
  }
  return rows;
}

export function ndjsonRows(frames: Float64Array, tiers?: TierFrames): string[] {
  const rows: string[] = [];
  const names = tiers ? tierColumnNames(tiers.names.map((name) => ({ name }))) : [];
  for (let o = 0, row = 0; o < frames.length; o += METRIC_COUNT, row++) {
    const obj: Record<string, number | string> = {};
    for (let i = 0; i < METRIC_COUNT; i++) obj[METRIC_NAMES[i]] = i === M.state ? STATE_NAMES[frames[o + i]] : Number(formatValue(frames[o + i]));
    for (let j = 0; j < names.length; j++) obj[names[j]] = Number(formatValue(tiers!.frames[row * names.length + j]));
    rows.push(JSON.stringify(obj));
  }
  return rows;
}
