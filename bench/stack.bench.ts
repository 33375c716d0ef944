/**
 * Stack benchmark alone: the three-tier retry storm (see ./stackStorm) stretched to 600 simulated
 * seconds. Reports the median events/s and simulated seconds per wall second, and the heap after 10
 * and 60 minutes of the storm (it must stay flat: calls and requests live in pooled typed arrays).
 * `npm run bench` reports the same figures next to the default scenario's.
 * Usage: node --expose-gc --import tsx bench/stack.bench.ts [--runs 3 --json]
 */
import { bench, printSummary } from './benchRun';
import { STACK_STORM_NAME, stackStormScenario } from './stackStorm';

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 3;
const asJson = args.includes('--json');

const summary = bench(
  `${STACK_STORM_NAME}, 600 s`,
  runs,
  () => stackStormScenario(600),
  () => stackStormScenario(3600),
);
if (asJson) console.log(JSON.stringify(summary));
else printSummary('stack benchmark', summary);
