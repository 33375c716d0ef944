/**
 * `npm run test:budget [-- --dist DIR] [--budget-kb N]`: fails when the first-load JavaScript of a
 * build (page + simulation worker, gzipped) exceeds the budget, printing the measured figure either
 * way. Exit 0 within budget, 1 over it, 2 for bad arguments or a missing build.
 */
import { parseArgs } from 'node:util';
import { BuildMissingError, FIRST_LOAD_BUDGET_KB, kb, measureFirstLoad } from './firstLoad';
import { printHelp, runCli, UsageError } from './cli';

const USAGE = 'usage: npm run test:budget [-- --dist DIR] [--budget-kb N]';

runCli('budget', USAGE, () => {
  const { values } = parseArgs({
    options: { dist: { type: 'string', default: 'dist' }, 'budget-kb': { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) return printHelp('Checks the first-load JavaScript of a build against its gzipped budget.', USAGE);
  const budgetKB = values['budget-kb'] === undefined ? FIRST_LOAD_BUDGET_KB : Number(values['budget-kb']);
  if (!(budgetKB > 0)) throw new UsageError(`--budget-kb must be a positive number, not "${values['budget-kb']}"`);
  let m;
  try {
    m = measureFirstLoad(values.dist);
  } catch (e) {
    if (e instanceof BuildMissingError) throw new UsageError(e.message);
    throw e;
  }
  const f = (bytes: number) => kb(bytes).toFixed(1);
  const figure = `first-load JS ${f(m.firstLoadJsGzipBytes)} KB gzipped (page ${f(m.pageJsGzipBytes)} KB in ${m.files.filter((x) => x.endsWith('.js')).length - 1} files + simulation worker ${f(m.workerJsGzipBytes)} KB; CSS ${f(m.cssGzipBytes)} KB not counted)`;
  if (kb(m.firstLoadJsGzipBytes) > budgetKB) {
    process.stderr.write(`budget: over budget: ${figure} > ${budgetKB} KB\n`);
    return 1;
  }
  process.stdout.write(`budget: ${figure} ≤ ${budgetKB} KB\n`);
  return 0;
});
