/**
 * Runs the issue-15 link (a million requests a second, one worker taking a minute per query, a queue
 * of ten million, an hour's timeout) for a simulated minute and prints, as JSON, the typed-array
 * memory after 15 s and after 60 s (run with --expose-gc), the run's totals and the frames' sums.
 *
 * With the argument `deadlines`, runs a healthy run instead whose answers all come in time but whose
 * timeout is an hour (100,000 req/s, every one to a fast database): only the deadlines left behind
 * could grow. Prints the typed-array memory after 25 s and 45 s and the totals.
 */
import { decodeLink } from '../../src/share';
import { M, METRIC_COUNT } from '../../src/sim/metrics';
import { parseScenario } from '../../src/sim/parseScenario';
import { createSimulation } from '../../src/sim/simulation';

/** The link as the issue quotes it (after `#s=`). */
export const MILLION_RPS_LINK =
  'v1.eJw9yzsOwkAMBNC7TO1i-ShCPgNUnCBkXVgkWfB6oYj27sgpmHJm3obcbHQt6x18Gc4pEb7FnnMZM3iDvSr4kPZ0Qn5EGQexGAhV7KOT3Cp4iBPh3aTJVRf1vww6zSqrB3ddpDQPctpNIpi4qVTwMfX-A4WCLeg';

async function main(): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc');
  const { scenario, errors, source } = await decodeLink(MILLION_RPS_LINK);
  if (errors.length > 0 || source !== 'link') throw new Error(`the link did not decode: ${errors.join('; ')}`);
  const sim = createSimulation(scenario);
  const arrayMiB: Record<string, number> = {};
  let capDropped = 0;
  let maxInFlight = 0;
  let first = 0;
  let offered = 0;
  for (const atS of [15, 60]) {
    sim.advance(atS * 1000);
    const frames = sim.takeFrames();
    for (let row = 0; row < frames.length; row += METRIC_COUNT) {
      capDropped += frames[row + M.cap_dropped_rps] * (scenario.intervalMs / 1000);
      first += frames[row + M.first_rps] * (scenario.intervalMs / 1000);
      offered += frames[row + M.offered_rps] * (scenario.intervalMs / 1000);
      maxInFlight = Math.max(maxInFlight, frames[row + M.in_flight]);
    }
    gc();
    arrayMiB[atS] = process.memoryUsage().arrayBuffers / 2 ** 20;
  }
  const sums = { capDropped: Math.round(capDropped), first: Math.round(first), offered: Math.round(offered) };
  process.stdout.write(JSON.stringify({ arrayMiB, ...sums, maxInFlight, totals: sim.totals() }));
}

function deadlines(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc');
  const { value } = parseScenario({
    durationS: 45,
    workload: { rps: 100_000 },
    cache: { capacity: 0, warm: false },
    db: { workers: 10_000, serviceMs: 1 },
    client: { timeoutMs: 3_600_000 },
  });
  const sim = createSimulation(value);
  const arrayMiB: Record<string, number> = {};
  for (const atS of [25, 45]) {
    sim.advance(atS * 1000);
    sim.takeFrames();
    gc();
    arrayMiB[atS] = process.memoryUsage().arrayBuffers / 2 ** 20;
  }
  process.stdout.write(JSON.stringify({ arrayMiB, totals: sim.totals() }));
}

if (process.argv[2] === 'deadlines') deadlines();
else void main();
