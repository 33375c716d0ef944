/**
 * Headless fit: `npm run fit -- observed.csv [--fix db.workers=8 …] [--map "column=metric[:unit]" …]
 * [--budget N] [--replicas N] [--threads N] [--seed N] [--quick] [--postmortem[=FILE.md]]`.
 * Prints the fitted scenario document (what `npm run simulate` reads) on stdout; the import, the
 * loss, the residuals and the identifiability report on stderr; with --postmortem, also the fitted
 * run's postmortem draft with its "What would have saved us" section (every mitigation run on the
 * fitted incident), on stderr or into FILE.md. An unusable file exits with status 2,
 * bad arguments with 2 too (one convention for every command: 2 = bad input).
 */
import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { checkChoice, type Mapping } from '../src/fit/columnMapping';
import { parseFixed } from '../src/fit/fixedParams';
import { fitReportLines } from '../src/fit/fitReport';
import { importMetrics, type ImportResult } from '../src/fit/importFile';
import { ImportError } from '../src/fit/importError';
import type { ObservedMetric } from '../src/fit/observed';
import { DEFAULT_BUDGET, runFit } from '../src/fit/runFit';
import type { Unit } from '../src/fit/units';
import { encodeLink, HASH_KEY } from '../src/share';
import { estimateFitCost } from '../src/fit/fitCost';
import { importTooLargeMessage, MAX_IMPORT_BYTES } from '../src/fit/importLimits';
import { readBounded } from './boundedRead';
import { InputError, UsageError } from './cli';
import { agreeToCost } from './costConsent';
import { threadEvaluator } from './fitPool';
import { DEFAULT_AFTER_S } from '../src/mitigations/whatIf';
import { fittedPostmortem } from './fitPostmortem';

const USAGE =
  'usage: npm run fit -- FILE (.csv or Prometheus .json) [--fix FIELD=VALUE …] [--map "COLUMN=metric[:unit]" …] [--budget N] [--replicas N] [--threads N] [--seed N] [--quick] [--postmortem[=FILE.md]] [--after S] [--yes]';

function usage(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

function positiveInt(flag: string, text: string | undefined, max: number): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > max) usage(`${flag}: "${text ?? ''}" is not a whole number from 1 to ${max}`);
  return n;
}

const args = process.argv.slice(2);
let file: string | undefined;
const fixes: string[] = [];
const mapping: Mapping = {};
let budget = DEFAULT_BUDGET;
let replicas = 2;
let threads = Math.max(1, Math.min(4, availableParallelism()));
let seed = 7;
/** undefined: no postmortem; '': on stderr; else the file to write it to. */
let postmortem: string | undefined;
let afterS = DEFAULT_AFTER_S;
let yes = false;
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  // `--flag value` or `--flag=value` (the value of --fix and --map has an = of its own).
  const eq = a.indexOf('=');
  const flag = a.startsWith('--') && eq > 0 ? a.slice(0, eq) : a;
  const inline = a.startsWith('--') && eq > 0 ? a.slice(eq + 1) : undefined;
  const value = () => inline ?? args[++i];
  if (flag === '--fix') fixes.push(value() ?? '');
  else if (flag === '--map') {
    const text = value() ?? '';
    const m = /^(.+)=([a-z0-9_]+)(?::([a-z-]+))?$/.exec(text);
    if (!m) usage(`--map ${text}: write "COLUMN=metric" or "COLUMN=metric:unit", e.g. "api_qps=offered_rps:per-minute"`);
    mapping[m[1]] = { metric: m[2] as ObservedMetric | 'ignore', ...(m[3] ? { unit: m[3] as Unit } : {}) };
    try {
      checkChoice(m[1], mapping[m[1]]);
    } catch (e) {
      usage(`--map: ${(e as Error).message}`);
    }
  } else if (flag === '--budget') budget = positiveInt('--budget', value(), 100_000);
  else if (flag === '--replicas') replicas = positiveInt('--replicas', value(), 16);
  else if (flag === '--threads') threads = positiveInt('--threads', value(), 64);
  else if (flag === '--seed') seed = positiveInt('--seed', value(), 4_294_967_295);
  else if (flag === '--postmortem') postmortem = inline ?? '';
  else if (flag === '--after') afterS = positiveInt('--after', value(), 86_400);
  else if (flag === '--yes' || flag === '-y') yes = true;
  else if (flag === '--quick') {
    budget = 40;
    replicas = 1;
  } else if (flag === '--help' || flag === '-h') usage('Fits the lab model to an observed incident and prints the fitted scenario.');
  else if (a.startsWith('--')) usage(`unknown option ${a}`);
  else if (file === undefined) file = a;
  else usage(`unexpected argument ${a}`);
}
if (file === undefined) usage('missing metrics file');
const { fixed, errors } = parseFixed(fixes);
if (errors.length > 0) usage(errors.map((e) => `--fix ${e}`).join('\n'));

/** Bad input found after the arguments (an unreadable, oversized or refused file): the message, exit 2. */
function refuse(e: unknown): never {
  if (e instanceof UsageError) usage(e.message);
  if (e instanceof InputError) {
    process.stderr.write(`${e.message}\n`);
    process.exit(2);
  }
  throw e;
}

let text: string;
try {
  // Capped while reading, as the Fit tab caps the file it is given: /dev/zero or a 200 MB export stops at once.
  text = readBounded(file, MAX_IMPORT_BYTES, (bytes) => importTooLargeMessage(bytes, true)).toString('utf8');
} catch (e) {
  refuse(e);
}
let imported: ImportResult;
try {
  imported = importMetrics(text, mapping);
} catch (e) {
  if (e instanceof ImportError) {
    process.stderr.write(`${file}: ${e.message}\n`);
    process.exit(2);
  }
  throw e;
}
const o = imported.observed;
process.stderr.write(`${file}: ${imported.format}, ${o.tS.length} frames of ${o.intervalMs} ms\n`);
for (const c of imported.columns) {
  process.stderr.write(
    `  ${c.source} → ${c.metric ? `${c.metric} (${c.unit}, ${c.how})` : c.how === 'ignored' ? 'ignored' : 'not used (unknown name; map it with --map)'}\n`,
  );
}

// Every evaluation replays the whole trace: a long one at a fine step is asked about first.
try {
  await agreeToCost(`fit ${file}`, estimateFitCost(o, { fixed, seed, budget, replicas, threads }), yes);
} catch (e) {
  refuse(e);
}

const evaluator = threadEvaluator(threads);
const t0 = performance.now();
let lastShown = 0;
try {
  const result = await runFit(o, evaluator, {
    fixed,
    budget,
    replicas,
    seed,
    parallel: threads,
    onProgress: (p) => {
      const now = performance.now();
      if (now - lastShown > 5000 || p.evaluations === p.budget) {
        lastShown = now;
        process.stderr.write(`  ${p.phase} ${p.evaluations}/${p.budget}${Number.isFinite(p.bestLoss) ? `, loss ${p.bestLoss.toFixed(4)}` : ''}\n`);
      }
    },
  });
  process.stdout.write(`${JSON.stringify(result.scenario, null, 2)}\n`);
  for (const line of fitReportLines(result)) process.stderr.write(`${line}\n`);
  // The payload of a share link: appended to the lab's address as #s=…, it opens the fitted run.
  const link = await encodeLink(result.scenario);
  process.stderr.write(link.ok ? `open in the lab: append #${HASH_KEY}=${link.link} to the lab's address (or Import the printed file)\n` : `${link.error}\n`);
  process.stderr.write(
    `fit took ${((performance.now() - t0) / 1000).toFixed(1)} s on ${threads} threads (${replicas} seed${replicas > 1 ? 's' : ''} per point)\n`,
  );
  if (postmortem !== undefined) {
    const t1 = performance.now();
    const md = await fittedPostmortem(result.scenario, evaluator, afterS, (p) =>
      process.stderr.write(`  what would have saved us: ${p.done}/${p.total} runs\n`),
    );
    if (postmortem === '') process.stderr.write(`\n${md}\n`);
    else writeFileSync(postmortem, `${md}\n`);
    process.stderr.write(`postmortem${postmortem ? ` written to ${postmortem}` : ''} in ${((performance.now() - t1) / 1000).toFixed(1)} s\n`);
  }
} finally {
  await evaluator.close();
}
