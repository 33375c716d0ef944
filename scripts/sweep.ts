/**
 * Headless metastability map:
 *   npm run sweep -- FILE.json --x PATH=FROM:TO:STEPS --y PATH=FROM:TO:STEPS [--workers N] [--mode map|hysteresis] [--duration S] [--every-cell] [--yes]
 * A map whose y axis is a trigger's size is searched (src/map/searchMap.ts): each load's boundary is
 * found by bisection and the cells on either side are inferred (`inferred` 1 in the CSV, no figures
 * of their own); --every-cell computes them all.
 * Prints CSV to stdout, one row per cell (map) or per load (hysteresis), in grid order: a row is
 * printed as soon as it and every row before it have finished, so the output is the same whatever the
 * number of workers. Cells run on Node worker threads (os.availableParallelism(), or --workers).
 * Bad arguments or a bad document: a message on stderr and exit status 2 (scripts/cli.ts). A costly
 * sweep (cells × the costliest cell's memory on the workers at once, every cell's work) is asked
 * about at a terminal and refused elsewhere with exit 2 unless --yes (scripts/costConsent.ts).
 */
import { parseArgs } from 'node:util';
import { encodeLink } from '../src/share';
import { parseAxis, type Axis } from '../src/map/axis';
import type { JobResult } from '../src/map/jobs';
import { searchMap, type RoundResult } from '../src/map/searchMap';
import { PlanError, planHysteresis, planMap } from '../src/map/plan';
import { summarizeHysteresis, type BranchResult } from '../src/map/hysteresis';
import { defaultWorkers, runOnThreads } from './sweepPool';
import { parseScenario } from '../src/sim/parseScenario';
import { printHelp, runCli, UsageError } from './cli';
import { agreeToCost } from './costConsent';
import { estimateBatchCost } from '../src/sim/cost';
import { readScenarioDocument } from './scenarioInput';

const USAGE =
  'usage: npm run sweep -- FILE.json --x PATH=FROM:TO:STEPS [--y PATH=FROM:TO:STEPS] [--workers N] [--mode map|hysteresis] [--duration S] [--every-cell] [--yes]';

interface Args {
  file: string;
  x: Axis;
  y?: Axis;
  workers: number;
  mode: 'map' | 'hysteresis';
  durationS?: number;
  everyCell: boolean;
  yes: boolean;
}

/** The command line, checked; undefined when the user asked for --help. */
function readArgs(argv: string[]): Args | undefined {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      x: { type: 'string' },
      y: { type: 'string' },
      workers: { type: 'string' },
      mode: { type: 'string', default: 'map' },
      duration: { type: 'string' },
      'every-cell': { type: 'boolean', default: false },
      yes: { type: 'boolean', short: 'y', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) return undefined;
  if (positionals.length > 1) throw new UsageError(`unexpected argument ${positionals[1]}`);
  const file = positionals[0];
  if (file === undefined) throw new UsageError('missing scenario file');
  const mode = values.mode;
  if (mode !== 'map' && mode !== 'hysteresis') throw new UsageError(`--mode must be map or hysteresis, not "${mode}"`);
  const axis = (name: 'x' | 'y') => {
    const v = values[name];
    if (v === undefined) return undefined;
    try {
      return parseAxis(v);
    } catch (e) {
      throw new UsageError(`--${name}: ${(e as Error).message}`);
    }
  };
  const x = axis('x');
  if (!x) throw new UsageError('missing --x PATH=FROM:TO:STEPS');
  const y = axis('y');
  if (mode === 'map' && !y) throw new UsageError('a map needs --y PATH=FROM:TO:STEPS (or use --mode hysteresis)');
  if (mode === 'hysteresis' && y) throw new UsageError('--mode hysteresis sweeps one axis (--x workload.rps=…); drop --y');
  const w = values.workers;
  const workers = w === undefined ? defaultWorkers() : Number(w);
  if (!Number.isInteger(workers) || workers < 1 || workers > 256) throw new UsageError(`--workers must be a whole number from 1 to 256, not "${w}"`);
  const d = values.duration;
  const durationS = d === undefined ? undefined : Number(d);
  if (durationS !== undefined && !(durationS >= 1 && durationS <= 86_400)) throw new UsageError(`--duration must be 1 to 86400 seconds, not "${d}"`);
  return { file, x, y, workers, mode, durationS, everyCell: values['every-cell'], yes: values.yes };
}

function readDoc(file: string, durationS?: number): Record<string, unknown> {
  // Through the page's decoder, then in full: the axes change fields of a document that is valid.
  const doc = readScenarioDocument(file);
  return durationS === undefined ? doc : { ...doc, durationS };
}

/** Prints rows in index order as soon as a prefix is complete. */
function orderedPrinter(count: number) {
  const rows = new Array<string | undefined>(count);
  let next = 0;
  return (index: number, row: string) => {
    rows[index] = row;
    let out = '';
    while (next < count && rows[next] !== undefined) out += `${rows[next++]}\n`;
    if (out) process.stdout.write(out);
  };
}

const num = (v: number, digits: number) => (Number.isFinite(v) ? String(Number(v.toFixed(digits))) : '');

async function main(): Promise<number | void> {
  const args = readArgs(process.argv.slice(2));
  if (!args) return printHelp('Computes a metastability map (or a hysteresis sweep) of a scenario.', USAGE);
  const doc = readDoc(args.file, args.durationS);
  const t0 = performance.now();
  try {
    if (args.mode === 'map') await sweepMap(doc, args);
    else await sweepHysteresis(doc, args);
  } catch (e) {
    if (e instanceof PlanError) throw new UsageError(`${args.file}:\n${e.problems.map((p) => `  - ${p}`).join('\n')}`);
    throw e;
  }
  process.stderr.write(`sweep: done in ${((performance.now() - t0) / 1000).toFixed(1)} s on ${args.workers} worker thread(s)\n`);
}

async function sweepMap(doc: unknown, args: Args): Promise<void> {
  const plan = planMap(doc, args.x, args.y as Axis);
  await agreeToCost(
    args.file,
    estimateBatchCost(
      plan.cells.map((c) => c.scenario),
      args.workers,
    ),
    args.yes,
  );
  const print = orderedPrinter(plan.cells.length);
  process.stdout.write('x,y,outcome,recover_s,final_goodput_share,events,stopped_at_s,link,inferred\n');
  const links: Promise<void>[] = [];
  const printRow = (index: number, fields: (string | number)[], inferred: boolean) => {
    const cell = plan.cells[index];
    // The link payload opens this exact cell in the lab (#s=…); deflate is cheap next to a run.
    links.push(encodeLink(cell.scenario).then((l) => print(index, [cell.x, cell.y, ...fields, l.ok ? l.link : '', inferred ? 1 : 0].join(','))));
  };
  let failed = 0;
  const runRound = async (cells: readonly { index: number; scenario: (typeof plan.cells)[number]['scenario'] }[]): Promise<RoundResult[]> => {
    const out: RoundResult[] = [];
    await runOnThreads(
      cells.map((c) => ({ kind: 'cell', id: c.index, scenario: c.scenario })),
      args.workers,
      (r: JobResult) => {
        if (r.kind !== 'cell') {
          failed++;
          const message = r.kind === 'error' ? r.message : 'unexpected result';
          process.stderr.write(`sweep: ${message}\n`);
          printRow(r.id, ['error', '', '', '', ''], false);
          out.push({ index: r.id, error: message });
          return;
        }
        const c = r.result;
        printRow(r.id, [c.outcome, c.recoverS === null ? '' : num(c.recoverS, 1), num(c.finalShare, 3), c.events, num(c.stoppedAtS, 1)], false);
        out.push({ index: r.id, result: c });
      },
    );
    return out;
  };
  const answers = await searchMap(plan, runRound, {
    yPath: (args.y as Axis).path,
    ascending: (args.y as Axis).to >= (args.y as Axis).from,
    everyCell: args.everyCell,
  });
  for (const a of answers) if (a.inferred) printRow(a.cell.index, [a.outcome, '', '', '', ''], true);
  await Promise.all(links);
  const inferred = answers.filter((a) => a.inferred).length;
  if (inferred > 0)
    process.stderr.write(
      `sweep: ${answers.length - inferred} of ${answers.length} cells computed, ${inferred} inferred from each load's boundary (--every-cell computes them all)\n`,
    );
  if (failed) process.exitCode = 1;
}

async function sweepHysteresis(doc: unknown, args: Args): Promise<void> {
  const runs = planHysteresis(doc, args.x);
  await agreeToCost(
    args.file,
    estimateBatchCost(
      runs.map((r) => r.scenario),
      args.workers,
    ),
    args.yes,
  );
  const base = parseScenario(doc).value;
  const results = new Array<BranchResult | undefined>(runs.length);
  const loads = runs.length / 2;
  const print = orderedPrinter(loads);
  process.stdout.write('x,warm_goodput_rps,cold_goodput_rps,warm_share,cold_share,bistable,events\n');
  const points: Parameters<typeof summarizeHysteresis>[1] = [];
  let failed = 0;
  await runOnThreads(
    runs.map((r, id) => ({ kind: 'branch', id, scenario: r.scenario })),
    args.workers,
    (r) => {
      if (r.kind !== 'branch') {
        failed++;
        process.stderr.write(`sweep: ${r.kind === 'error' ? r.message : 'unexpected result'}\n`);
        return;
      }
      results[r.id] = r.result;
      const k = r.id >> 1;
      const warm = results[2 * k];
      const cold = results[2 * k + 1];
      if (!warm || !cold) return;
      const rps = runs[2 * k].rps;
      points.push({ rps, warm, cold });
      const [p] = summarizeHysteresis(base, [{ rps, warm, cold }]).points;
      const share = (b: BranchResult) => num(b.demandRps > 0 ? b.goodputRps / b.demandRps : 1, 3);
      print(k, [rps, num(warm.goodputRps, 1), num(cold.goodputRps, 1), share(warm), share(cold), p.bistable ? 1 : 0, warm.events + cold.events].join(','));
    },
  );
  const s = summarizeHysteresis(base, points);
  const f = (v: number | null) => (v === null ? 'none on this grid' : `${v} req/s`);
  process.stderr.write(
    `hysteresis: bistable band ${s.band ? `${s.band.lowerRps}–${s.band.upperRps} req/s` : 'none on this grid'}; ` +
      `measured hidden capacity ${f(s.measuredHiddenRps)}, advertised ${f(s.measuredAdvertisedRps)}; ` +
      `analytic hidden ${num(s.analytic.hiddenRps, 0)} req/s, advertised ${num(s.analytic.advertisedRps, 0)} req/s (warm hit rate ${num(s.analytic.warmHitRate, 3)})\n`,
  );
  if (failed) process.exitCode = 1;
}

runCli('sweep', USAGE, main);
