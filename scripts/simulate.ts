/**
 * Headless runner: `npm run simulate -- FILE.json [--format csv|ndjson]` (FILE may be `-` for stdin).
 * Prints one row per metric interval to stdout. A bad document prints every problem to stderr and
 * exits with status 2; bad arguments exit with status 64.
 */
import { readFileSync } from 'node:fs';
import { parseScenario } from '../src/sim/parseScenario';
import { createSimulation } from '../src/sim/simulation';
import { csvHeader, csvRows, ndjsonRows } from '../src/sim/formatFrames';

function usage(message: string): never {
  process.stderr.write(`${message}\nusage: npm run simulate -- FILE.json [--format csv|ndjson]   (FILE may be - for stdin)\n`);
  process.exit(64);
}

const args = process.argv.slice(2);
let format = 'csv';
let file: string | undefined;
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--format') format = args[++i] ?? '';
  else if (a.startsWith('--format=')) format = a.slice('--format='.length);
  else if (a === '--help' || a === '-h') usage('Runs a scenario document and prints its metric frames.');
  else if (a.startsWith('--') ) usage(`unknown option ${a}`);
  else if (file === undefined) file = a;
  else usage(`unexpected argument ${a}`);
}
if (file === undefined) usage('missing scenario file');
if (format !== 'csv' && format !== 'ndjson') usage(`--format must be csv or ndjson, not "${format}"`);

let text: string;
try {
  text = readFileSync(file === '-' ? 0 : file, 'utf8');
} catch (e) {
  process.stderr.write(`cannot read ${file}: ${(e as Error).message}\n`);
  process.exit(2);
}
let doc: unknown;
try {
  doc = JSON.parse(text);
} catch (e) {
  process.stderr.write(`${file}: not valid JSON: ${(e as Error).message}\n`);
  process.exit(2);
}
const { value: scenario, errors } = parseScenario(doc);
if (errors.length > 0) {
  process.stderr.write(`${file}: the scenario has ${errors.length} problem${errors.length > 1 ? 's' : ''}:\n${errors.map((e) => `  - ${e.message}`).join('\n')}\n`);
  process.exit(2);
}

const sim = createSimulation(scenario);
const tierNames = (scenario.stack ?? []).map((t) => t.name);
const out: string[] = format === 'csv' ? [csvHeader(tierNames)] : [];
const flush = () => {
  if (out.length > 0) process.stdout.write(`${out.join('\n')}\n`);
  out.length = 0;
};
while (!sim.done()) {
  sim.advance(sim.nowMs() + 60_000);
  const frames = sim.takeFrames();
  const tiers = { names: tierNames, frames: sim.takeTierFrames?.() ?? new Float64Array(0) };
  out.push(...(format === 'csv' ? csvRows(frames, tiers) : ndjsonRows(frames, tiers)));
  flush();
}
