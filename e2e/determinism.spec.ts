/**
 * Same scenario and seed: the same numbers, bit for bit, in the browser's worker and in Node. The
 * Node side runs the same pure TypeScript core right here in the test process.
 *
 * What this caught while the core was written: Math.exp and Math.pow are not correctly rounded in V8, and their last bit
 * differs between V8 versions (Node 20's V8 11.3 against Chromium 156: 105 of the 1,101 latency
 * histogram bounds exp(i·ln 1.02), ~9% of the Zipf weights pow(i, −1.1)). Math.log and Math.log1p
 * agreed on 200,000 samples. A core that must agree across engines cannot use exp/pow as they are.
 */
import { METRIC_COUNT } from '../src/sim/metrics';
import { defaultScenario } from '../src/sim/parseScenario';
import { createSimulation } from '../src/sim/simulation';
import { FrameDigest } from '../src/app/data/frameDigest';
import { expect, labUrl, runState, test } from './lab';

/** Simulated seconds compared: past the flush at 150 s, into the storm. */
const RUN_S = 200;

function nodeRun(durationS: number): { fingerprint: string; frames: number } {
  const sim = createSimulation({ ...defaultScenario(), durationS });
  const digest = new FrameDigest();
  let frames = 0;
  // Uneven slices on purpose: the result may not depend on how the run is cut up.
  let step = 1;
  while (!sim.done()) {
    sim.advance(sim.nowMs() + step * 137, 5_000 + step);
    step = (step % 7) + 1;
    const f = sim.takeFrames();
    digest.update(f);
    frames += f.length / METRIC_COUNT;
  }
  return { fingerprint: digest.hex(), frames };
}

test('the default scenario gives bit-identical frames in the browser worker and in Node', async ({ page }) => {
  const node = nodeRun(RUN_S);
  expect(node.frames).toBe(RUN_S);

  await page.goto(labUrl({ speed: 'max', scenario: { durationS: RUN_S, events: defaultScenario().events } }));
  await expect(runState(page)).toHaveText('Finished', { timeout: 45_000 });
  await expect(page.getByTestId('frame-count')).toHaveText(String(RUN_S));
  await expect(page.getByTestId('fingerprint')).toHaveText(node.fingerprint);
});

test('a different seed gives a different fingerprint, so the comparison can fail', async () => {
  const a = nodeRun(30);
  const sim = createSimulation({ ...defaultScenario(), durationS: 30, seed: 8 });
  sim.advance(sim.endMs);
  const d = new FrameDigest();
  d.update(sim.takeFrames());
  expect(d.hex()).not.toBe(a.fingerprint);
});
