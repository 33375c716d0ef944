/**
 * Golden runs: the public contract says a link made today opens the same run, bit for bit, after any
 * change. These scenario documents (every preset and link fixture as they stood when the golden file
 * was written) are run to the end and each metric column is fingerprinted on its own, so a later
 * build may append new columns without breaking the check, while any change to an existing column's
 * numbers fails it. `state` is left out on purpose: it is a classification of the numbers (a readout
 * whose rules may improve), not part of the simulated run.
 */
import { FrameDigest } from '../../src/app/data/frameDigest';
import { METRIC_COUNT, METRIC_NAMES } from '../../src/sim/metrics';
import { readDocument } from '../../src/share/readDocument';
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
  return out;
}
