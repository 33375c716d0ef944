/**
 * The words on screen against the frames beside them, for every preset at its story's windows: the
 * state sentence and the capacity readout are built exactly as the page builds them (explainState,
 * capacityView) from the parameters in force at the window's end and the frames before it, then
 * held to what the run shows.
 */
import { describe, expect, it } from 'vitest';
import { PRESETS, presetScenario, runPreset, type Preset } from '../../src/presets';
import { frameTable, spanMean, type FrameColumns } from '../../src/analysis/frames';
import { capacities } from '../../src/sim/capacity';
import { M, STATE_NAMES } from '../../src/sim/metrics';
import { applyPatch } from '../../src/sim/parseScenario';
import type { Params, Scenario } from '../../src/sim/scenario';
import { latencyObjectiveMs } from '../../src/sim/stateClassifier';
import { explainState, factsOf } from '../../src/app/readouts/explainState';
import { capacityView, recentFrames } from '../../src/app/readouts/capacityView';

/** The parameters in force at tS: the scenario's, with every `set` up to then applied. */
function paramsAt(s: Scenario, tS: number): Params {
  let p: Params = s;
  for (const e of s.events) if (e.type === 'set' && e.atS <= tS) p = applyPatch(p, e.changes);
  return p;
}

/** The frames up to and including the one ending at tS, as the page's ring would hold them. */
function ringUpTo(t: FrameColumns, tS: number): FrameColumns {
  let n = 0;
  while (n < t.length && t.timeS(n) <= tS) n++;
  return { length: n, get: (i, c) => t.get(i, c), timeS: (i) => t.timeS(i) };
}

/** The state most frames of the window read. */
function windowState(t: FrameColumns, fromS: number, toS: number): string {
  const count = new Map<string, number>();
  for (let i = 0; i < t.length; i++)
    if (t.timeS(i) > fromS && t.timeS(i) <= toS) {
      const s = STATE_NAMES[t.get(i, M.state)];
      count.set(s, (count.get(s) ?? 0) + 1);
    }
  return [...count].sort((a, b) => b[1] - a[1])[0][0];
}

/** Mechanisms a sentence may name only when the run has them. */
const MECHANISMS: [RegExp, (p: Params, s: Scenario) => boolean][] = [
  [/\bcache\b|\bhits?\b/i, (p) => p.cache.capacity > 0],
  [/\bretr(y|ies)\b/i, (p) => p.client.retries > 0],
  [/\bTTL\b/, (p) => p.cache.ttlMs > 0],
  [/\brebuild/i, (p) => p.cache.rebuildHottest > 0],
  [/\btier\b/i, (_p, s) => (s.stack?.length ?? 0) > 0],
  [/\bconnections\b|\bcores\b/i, (p) => p.db.cores > 0],
];

/** Stories in which a state is the point of a window (the rest are checked for consistency only). */
const STORY_STATES: Record<string, Record<string, string>> = {
  'hotos-lookaside': { warm: 'vulnerable', 'five minutes later': 'metastable' },
  'deploy-2019': {
    before: 'stable',
    incident: 'degraded',
    'before the scale-up': 'degraded',
    'after the scale-up': 'degraded',
    'six minutes after the rollback': 'stable',
    close: 'stable',
  },
  'twitter-2022': { before: 'vulnerable', stuck: 'metastable', 'after the fix': 'vulnerable' },
  'reddit-2017': { before: 'stable', 'after the rollback': 'stable' },
};

describe.each(PRESETS.map((p) => [p.id, p] as const))('%s: the words match the frames in every window', (_id, preset: Preset) => {
  const s = presetScenario(preset);
  // Run once the first window's test starts, so filtering by name does not run every preset.
  let frames: FrameColumns | undefined;
  const run = () => (frames ??= frameTable(runPreset(preset).frames));

  it.each(preset.windows.map((w) => [w.label, w] as const))('%s', (_label, w) => {
    const t = run();
    const endS = Math.min(w.toS, t.timeS(t.length - 1));
    const params = paramsAt(s, endS);
    const caps = capacities(params, s.stack ?? []);
    const ring = ringUpTo(t, endS);
    const last = ring.length - 1;
    const state = windowState(t, w.fromS, w.toS);
    const story = STORY_STATES[preset.id]?.[w.label];
    if (story) expect(`${w.label}: ${state}`).toBe(`${w.label}: ${story}`);

    // The state agrees with goodput and latency over the window.
    const share = spanMean(t, 'goodput_rps', w) / spanMean(t, 'first_rps', w);
    const objective = latencyObjectiveMs(params.client.sloP95Ms, params.client.timeoutMs);
    if (state === 'stable' || state === 'vulnerable') {
      expect(share).toBeGreaterThan(0.9);
      expect(spanMean(t, 'p95_ms', w)).toBeLessThanOrEqual(objective);
    }
    if (state === 'degraded') {
      expect(share).toBeGreaterThan(0.9);
      expect(spanMean(t, 'p99_all_ms', w)).toBeGreaterThan(objective);
    }
    if (state === 'metastable') expect(share).toBeLessThan(0.9);

    const view = capacityView(caps, params, recentFrames(ring));
    // The load verdict is about the load in force: what arrived over the last seconds.
    const arriving = spanMean(t, 'first_rps', { fromS: ring.timeS(Math.max(0, last - 10)), toS: endS });
    expect(Math.abs(view.load.rps - arriving)).toBeLessThanOrEqual(0.02 * arriving + 1);

    // ∞ only where the hit rate beside it is 100%.
    if (view.advertised.value === '∞') expect(spanMean(t, 'hit_rate', w)).toBeGreaterThan(0.999);

    // A saturated database completes no more than the cold readout says, and no less than the
    // mechanisms it names explain (a rebuild holds a connection far longer than a query).
    // (A slowdown in force explains any shortfall: the trigger is the sentence's subject then.)
    if (caps.hiddenBy === undefined && params.cache.capacity > 0 && spanMean(t, 'db_util', w) > 0.97 && spanMean(t, 'trigger_active', w) === 0) {
      const completes = spanMean(t, 'db_rps', w);
      expect(completes).toBeLessThanOrEqual(view.hiddenRps * 1.1);
      expect(completes).toBeGreaterThanOrEqual(Math.min(view.hiddenFloorRps, view.hiddenRps * 0.8) * 0.9);
    }

    // No sentence names a mechanism the scenario lacks.
    const why = explainState(
      factsOf((c) => ring.get(last, c)),
      caps,
      params,
    ).why;
    const sentences = [why, view.advertised.note, view.hidden.note, view.load.note];
    for (const text of sentences) for (const [word, present] of MECHANISMS) if (word.test(text)) expect(`${present(params, s)} ${text}`).toBe(`true ${text}`);
  });
});
