/**
 * Core speed benchmark: the default scenario (HotOS '21 look-aside example) over 1800 simulated
 * seconds with a flush at 300 s, storm included, and next to it a three-tier retry storm (the
 * retry-amplification preset over 600 simulated seconds). Reports for each the median of several
 * runs of events/s (wall and CPU), simulated seconds per wall second, and the heap over a one-hour
 * storm.
 * Usage: npm run bench [-- --runs 5 --json]
 */
import { defaultScenario } from '../src/sim/parseScenario';
import type { Scenario } from '../src/sim/scenario';
import { readOptions, usageExit } from '../scripts/cli';
import { bench, printSummary } from './benchRun';
import { STACK_STORM_NAME, stackStormScenario } from './stackStorm';

const USAGE = 'usage: npm run bench [-- --runs N --json]';

const options = readOptions('bench', USAGE, { runs: { type: 'string', default: '5' }, json: { type: 'boolean', default: false } });
const runs = Number(options.runs);
if (!Number.isInteger(runs) || runs < 1) usageExit('bench', USAGE, `--runs must be a whole number ≥ 1, not "${options.runs}"`);
const asJson = options.json;

export function benchScenario(): Scenario {
  const s = defaultScenario();
  s.durationS = 1800;
  s.events = [{ atS: 300, type: 'flush' }];
  return s;
}

const oneHourFlush = (): Scenario => ({ ...benchScenario(), durationS: 3600, events: [{ atS: 10, type: 'flush' }] });
const core = bench('default (HotOS 21 look-aside), 1800 s, flush at 300 s', runs, benchScenario, oneHourFlush);
const storm = bench(
  `${STACK_STORM_NAME}, 600 s`,
  runs,
  () => stackStormScenario(600),
  () => stackStormScenario(3600),
);

if (asJson) console.log(JSON.stringify({ ...core, stack: storm }));
else {
  printSummary('core benchmark', core);
  printSummary('three-tier storm', storm);
}
