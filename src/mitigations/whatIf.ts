/**
 * "What would have saved us", for any scenario with a trigger (a preset, a fitted incident, the run
 * on screen): the scenario is run as it is, then with each mitigation of the catalogue switched on,
 * one at a time, with the same seed. From the start it answers "would it have prevented the
 * incident?"; switched on at the trigger and `afterS` seconds later, "would it have ended it
 * sooner?". The runs go through `run` (this thread, Node worker threads, Web Workers), in two
 * batches: a mitigation that changes nothing from the start (it needs a TTL, a deploy, shedding) is
 * not run again. Every figure is read off the runs by ./whatIfOutcome.ts.
 */
import type { Scenario } from '../sim/scenario';
import { MITIGATIONS, type Mitigation } from './catalog';
import { readOutcome, type RunOutcome } from './whatIfOutcome';
import { alreadyOn, incidentTrigger, withPatchFrom } from './whatIfScenarios';

/** Runs scenarios to their end and returns their frames, in order. */
export type RunScenarios = (scenarios: readonly Scenario[]) => Promise<Float64Array[]>;

/** A responder's first minute: the default delay for "switched on after the trigger", seconds. */
export const DEFAULT_AFTER_S = 60;

export interface WhatIfRow {
  mitigation: Pick<Mitigation, 'id' | 'label' | 'needs'>;
  /** `no-effect`: the run with it is the same as without, frame for frame. */
  status: 'evaluated' | 'already-on' | 'no-effect';
  /**
   * Switched on from the start, it prevented the collapse: goodput never fell after the trigger, or,
   * when the failure without it sustained itself to the end of the run, goodput came back on its own.
   */
  prevented: boolean;
  fromStart?: RunOutcome;
  atTrigger?: RunOutcome;
  afterTrigger?: RunOutcome;
}

export interface WhatIfReport {
  title: string;
  seed: number;
  durationS: number;
  trigger: { type: string; atS: number };
  /** When the late switch-on happened: the trigger + this many seconds. */
  afterS: number;
  baseline: RunOutcome;
  /** Every mitigation, the most helpful first (prevented, then most goodput kept). */
  rows: WhatIfRow[];
  /** Simulated runs it took. */
  runs: number;
}

export interface WhatIfOptions {
  afterS?: number;
  mitigations?: readonly Mitigation[];
  /** Runs done so far of the total planned (the total shrinks when the second batch is smaller). */
  onProgress?: (p: { done: number; total: number }) => void;
}

const sameFrames = (a: Float64Array, b: Float64Array) => a.length === b.length && a.every((x, i) => x === b[i] || (Number.isNaN(x) && Number.isNaN(b[i])));

/** Never fell, or came back on its own where the run without it stayed stuck. */
export function prevents(run: RunOutcome, baseline: RunOutcome): boolean {
  return run.recoveredAfterS === 0 || (run.recoveredAfterS !== null && baseline.recoveredAfterS === null);
}

export const NO_TRIGGER = 'the scenario has no trigger (flush, spike, slowdown, outage, deploy or tier fault): there is no incident to save it from';

/** Throws with a clear message (NO_TRIGGER) when the scenario has no trigger to save it from. */
export async function whatIf(scenario: Scenario, run: RunScenarios, opts: WhatIfOptions = {}): Promise<WhatIfReport> {
  const trigger = incidentTrigger(scenario);
  if (!trigger) throw new Error(NO_TRIGGER);
  const afterS = opts.afterS ?? DEFAULT_AFTER_S;
  const catalogue = opts.mitigations ?? MITIGATIONS;
  const candidates = catalogue.filter((m) => !alreadyOn(scenario, m.on));
  const lateAtS = trigger.atS + afterS;
  const late = lateAtS < scenario.durationS;
  let total = 1 + candidates.length * (late ? 3 : 2);
  let done = 0;
  const batch = async (scenarios: Scenario[]) => {
    opts.onProgress?.({ done, total });
    const frames = await run(scenarios);
    done += scenarios.length;
    opts.onProgress?.({ done, total });
    return frames;
  };

  const [baseFrames, ...startFrames] = await batch([scenario, ...candidates.map((m) => withPatchFrom(scenario, m.on, 0))]);
  const effective = candidates.filter((_, i) => !sameFrames(startFrames[i], baseFrames));
  total = 1 + candidates.length + effective.length * (late ? 2 : 1);
  const lateScenarios = effective.flatMap((m) => [withPatchFrom(scenario, m.on, trigger.atS), ...(late ? [withPatchFrom(scenario, m.on, lateAtS)] : [])]);
  const lateFrames = await batch(lateScenarios);

  const baseline = readOutcome(baseFrames, trigger.atS);
  const per = late ? 2 : 1;
  const rows: WhatIfRow[] = catalogue.map((m) => {
    const mitigation = { id: m.id, label: m.label, ...(m.needs ? { needs: m.needs } : {}) };
    const c = candidates.indexOf(m);
    if (c < 0) return { mitigation, status: 'already-on', prevented: false };
    const e = effective.indexOf(m);
    if (e < 0) return { mitigation, status: 'no-effect', prevented: false };
    const fromStart = readOutcome(startFrames[c], trigger.atS);
    return {
      mitigation,
      status: 'evaluated',
      prevented: prevents(fromStart, baseline),
      fromStart,
      atTrigger: readOutcome(lateFrames[e * per], trigger.atS),
      ...(late ? { afterTrigger: readOutcome(lateFrames[e * per + 1], trigger.atS) } : {}),
    };
  });
  const rank = (r: WhatIfRow) => (r.fromStart ? (r.prevented ? 2 : 1) + r.fromStart.goodputKept : r.status === 'no-effect' ? 0 : -1);
  rows.sort((a, b) => rank(b) - rank(a));
  return {
    title: scenario.title ?? 'simulated run',
    seed: scenario.seed,
    durationS: scenario.durationS,
    trigger: { type: trigger.type, atS: trigger.atS },
    afterS,
    baseline,
    rows,
    runs: done,
  };
}
