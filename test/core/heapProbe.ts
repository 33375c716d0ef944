/** Runs a one-hour storm and prints heap use after each simulated 5 minutes (run with --expose-gc). */
import { createSimulation } from '../../src/sim/simulation';
import { defaultScenario } from '../../src/sim/parseScenario';

const s = defaultScenario();
s.durationS = 3600;
s.events = [{ atS: 60, type: 'flush' }];
const sim = createSimulation(s);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');
const heapMiB: number[] = [];
while (!sim.done()) {
  sim.advance(sim.nowMs() + 300_000);
  sim.takeFrames();
  sim.takeMarks();
  gc();
  heapMiB.push(process.memoryUsage().heapUsed / 2 ** 20);
}
process.stdout.write(JSON.stringify({ heapMiB, inFlight: sim.totals().inFlight }));
