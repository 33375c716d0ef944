/**
 * Headless runner. Prints one row per metric interval to stdout, as CSV (with a header) or NDJSON:
 *   npm run simulate -- FILE.json [--format csv|ndjson] [--yes]     (FILE may be - for stdin)
 *   npm run simulate -- --preset ID [--format csv|ndjson]
 *   npm run simulate -- --list-presets
 * Exit 2 for bad arguments or a bad document (every problem is listed on stderr), and for a costly
 * run nobody agreed to (asked at a terminal; elsewhere refused unless --yes). Stops as soon as the
 * reader of stdout goes away.
 */
import { parseArgs } from 'node:util';
import { PRESETS, presetById, presetScenario } from '../src/presets';
import { estimateCost } from '../src/sim/cost';
import { csvHeader, csvRows, ndjsonRows } from '../src/sim/formatFrames';
import type { Scenario } from '../src/sim/scenario';
import { createSimulation } from '../src/sim/simulation';
import { printHelp, runCli, UsageError, writeOut } from './cli';
import { agreeToCost } from './costConsent';
import { readScenarioFile } from './scenarioInput';

const USAGE =
  'usage: npm run simulate -- FILE.json|--preset ID [--format csv|ndjson] [--yes]   (FILE may be - for stdin)\n       npm run simulate -- --list-presets';
/** Simulated time computed between two writes: small enough to notice a closed pipe quickly. */
const CHUNK_MS = 60_000;

runCli('simulate', USAGE, async () => {
  const { values, positionals } = parseArgs({
    options: {
      format: { type: 'string', default: 'csv' },
      preset: { type: 'string' },
      'list-presets': { type: 'boolean', default: false },
      yes: { type: 'boolean', short: 'y', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) return printHelp('Runs a scenario document or a preset and prints its metric frames.', USAGE);
  if (values['list-presets']) {
    if (positionals.length > 0 || values.preset !== undefined) throw new UsageError('--list-presets takes no file and no --preset');
    await writeOut(PRESETS.map((p) => `${p.id}\t${p.title}\n`).join(''));
    return;
  }
  const format = values.format;
  if (format !== 'csv' && format !== 'ndjson') throw new UsageError(`--format must be csv or ndjson, not "${format}"`);
  if (positionals.length > 1) throw new UsageError(`unexpected argument ${positionals[1]}`);
  const file = positionals[0];
  if (file !== undefined && values.preset !== undefined) throw new UsageError('give a scenario file or --preset ID, not both');
  if (file === undefined && values.preset === undefined) throw new UsageError('missing scenario file (or --preset ID)');
  await run(file !== undefined ? readScenarioFile(file) : scenarioOfPreset(values.preset!), format, file ?? `preset ${values.preset}`, values.yes);
});

function scenarioOfPreset(id: string): Scenario {
  const preset = presetById(id);
  if (!preset) throw new UsageError(`unknown preset "${id}" (known: ${PRESETS.map((p) => p.id).join(', ')})`);
  return presetScenario(preset);
}

async function run(scenario: Scenario, format: 'csv' | 'ndjson', label: string, yes: boolean): Promise<void> {
  // A costly document runs only when agreed to: --yes, or an answer at the terminal.
  await agreeToCost(label, estimateCost(scenario), yes);
  const sim = createSimulation(scenario);
  // Tiers along the request path add their own columns after the core's (NAME_rps_in, NAME_util, …).
  const tierNames = (scenario.stack ?? []).map((t) => t.name);
  if (format === 'csv') await writeOut(`${csvHeader(tierNames)}\n`);
  while (!sim.done()) {
    sim.advance(sim.nowMs() + CHUNK_MS);
    const frames = sim.takeFrames();
    const tiers = { names: tierNames, frames: sim.takeTierFrames?.() ?? new Float64Array(0) };
    const rows = format === 'csv' ? csvRows(frames, tiers) : ndjsonRows(frames, tiers);
    if (rows.length > 0) await writeOut(`${rows.join('\n')}\n`);
  }
}
