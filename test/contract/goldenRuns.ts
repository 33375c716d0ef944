/**
 * Golden runs: the public contract says a link made today opens the same run, bit for bit, after any
 * change. These scenario documents (every preset and link fixture as they stood when the golden file
 * was written) are run to the end and each metric column is fingerprinted on its own, so a later
 * build may append new columns without breaking the check, while any change to an existing column's
 * numbers fails it. `state` is left out on purpose: it is a classification of the numbers (a readout
 * whose rules may improve), not part of the simulated run; the contract test checks it against its
 * rule instead (see stateRuleBreaks).
 */
import { FrameDigest } from '../../src/app/data/frameDigest';
import { frameTable, goodputShare, trailingShare } from '../../src/analysis/frames';
import { M, METRIC_COUNT, METRIC_NAMES, STATE_NAMES } from '../../src/sim/metrics';
import { latencyObjectiveMs } from '../../src/sim/stateClassifier';
import { readDocument } from '../../src/share/readDocument';
import type { Scenario } from '../../src/sim/scenario';
import { createSimulation } from '../../src/sim/simulation';

export interface GoldenRun {
  name: string;
  /** The full scenario document as parsed when the golden file was written. */
  scenario: unknown;
  /** Eight-hex-digit fingerprint per column name. */
  columns: Record<string, string>;
}

/** Columns that are readouts derived from the run, not the run itself. */
export const DERIVED_COLUMNS = new Set(['state']);

export function columnDigests(doc: unknown): Record<string, string> {
  return goldenRun(doc).columns;
}

/** The run of a stored document: its column fingerprints, its frames and the scenario it parsed to. */
export function goldenRun(doc: unknown): { columns: Record<string, string>; frames: Float64Array; scenario: Scenario } {
  // Through the one decoder every link and file goes through, migrations included.
  const { scenario, errors } = readDocument(doc);
  if (errors.length > 0) throw new Error(errors.join('; '));
  const sim = createSimulation(scenario);
  sim.advance(Infinity);
  const frames = sim.takeFrames();
  const rows = frames.length / METRIC_COUNT;
  const out: Record<string, string> = {};
  METRIC_NAMES.forEach((name, c) => {
    if (DERIVED_COLUMNS.has(name)) return;
    const column = new Float64Array(rows);
    for (let r = 0; r < rows; r++) column[r] = frames[r * METRIC_COUNT + c];
    const d = new FrameDigest();
    d.update(column);
    out[name] = d.hex();
  });
  return { columns: out, frames, scenario };
}

/** Frames of evidence the classifier smooths and holds over (≈ LATENCY_SMOOTH_S + HOLD_S at 1 s). */
const EVIDENCE_FRAMES = 10;

/**
 * Where the `state` column breaks its rule (docs/model.md, "States"), one sentence per break: every
 * index names a state; `degraded` only with no trigger in force, most demand served and the latency of
 * every request above the objective in the frames just before; and a stretch where even the median
 * of every request sits above the objective, all demand served, never reads stable or vulnerable.
 */
export function stateRuleBreaks(scenario: Scenario, frames: Float64Array): string[] {
  const t = frameTable(frames);
  const objective = latencyObjectiveMs(scenario.client.sloP95Ms, scenario.client.timeoutMs);
  const out: string[] = [];
  let slowFor = 0;
  for (let r = 0; r < t.length; r++) {
    const name = STATE_NAMES[t.get(r, M.state)];
    const at = `frame ending ${t.timeS(r)} s`;
    if (name === undefined) {
      out.push(`${at}: state index ${t.get(r, M.state)} names no state`);
      continue;
    }
    const from = Math.max(0, r - EVIDENCE_FRAMES);
    let slowest = 0;
    for (let k = from; k <= r; k++) slowest = Math.max(slowest, t.get(k, M.p99_all_ms));
    if (name === 'degraded') {
      if (t.get(r, M.trigger_active) === 1) out.push(`${at}: degraded while a trigger is in force`);
      if (trailingShare(t, r, 5) < 0.85) out.push(`${at}: degraded while goodput is ${trailingShare(t, r, 5).toFixed(2)} of demand`);
      if (slowest <= objective) out.push(`${at}: degraded, but no p99 of every request above ${objective} ms in the last ${EVIDENCE_FRAMES} frames`);
    }
    const plainlySlow = t.get(r, M.p50_all_ms) > objective && goodputShare(t, r) >= 0.95 && t.get(r, M.trigger_active) === 0;
    slowFor = plainlySlow ? slowFor + 1 : 0;
    if (slowFor > 2 * EVIDENCE_FRAMES && (name === 'stable' || name === 'vulnerable'))
      out.push(`${at}: ${name}, while the median of every request has been above the ${objective} ms objective for ${slowFor} frames`);
  }
  return out;
}
