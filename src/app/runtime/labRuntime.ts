/**
 * Wires the page to the simulation worker: commands go out through Comlink, frame batches come in
 * and land in the current RunData (outside React), the store learns only slow-changing facts, and
 * the FrameClock schedules one paint per animation frame.
 */
import * as Comlink from 'comlink';
import type { Scenario, Trigger } from '../../sim/scenario';
import type { CommandResult, FrameBatch, LabWorkerApi, Speed, WorkerStats } from '../../worker/protocol';
import type { ControlId } from '../store/controls';
import { CONTROLS } from '../store/controls';
import { adoptParams, beginRun, createLabStore, initialLabState, receiveBatch, type LabStore, type Theme, type WindowMode } from '../store/labStore';
import * as actions from '../store/labActions';
import type { HoverState } from './hoverState';
import { FrameClock } from './frameClock';
import { formatSimTime } from '../format';
import { newLifelineName, watchLifeline } from '../../platform/lifeline';
import { watchHeartbeat } from '../../platform/watchdog';
import { answerBoundMs } from './answerBound';
import { followPaintPolicy } from './followPaintPolicy';
import { addMarks, createRunData, type RunData } from './runData';
import type { StartupOptions } from './startupOptions';

export interface LabRuntime {
  store: LabStore;
  clock: FrameClock;
  /** The current run's data; replaced on load and reset. */
  data(): RunData;
  /** The simulated time being pointed at on any chart (painters read it; not React state). */
  readonly hover: HoverState;
  setHover(tS: number | null): void;
  play(): void;
  pause(): void;
  step(): void;
  /** Starts the script over (live changes made so far are part of it), optionally with another seed. */
  reset(seed?: number): void;
  /** Loads a scenario as a new run; plays unless `play` is false. */
  load(scenario: Scenario, play?: boolean): void;
  setSpeed(speed: Speed): void;
  /** Keeps the run from passing `ceilingMs` of simulated time (null: no limit); see RunLoop.holdAt. */
  holdAt(ceilingMs: number | null): void;
  flushCache(): void;
  /** Applies any trigger now (spike, slowdown, outage…); validated by the worker. */
  trigger(trigger: Trigger): void;
  /**
   * Applies a trigger or change now and says whether the worker took it: the parameters it answers
   * with are in force at once; a refusal is shown with its reasons.
   */
  apply(trigger: Trigger): Promise<boolean>;
  /** Sets one control (a parameter's slider) now; its draft is the caller's (useSliderDraft). */
  applyControl(id: ControlId, value: number): Promise<boolean>;
  setWindow(mode: WindowMode): void;
  setTheme(theme: Theme): void;
  dismissError(): void;
  /** The worker's throughput counters (used by the browser benchmark). */
  stats(): Promise<WorkerStats>;
}

export function startLab(options: StartupOptions, theme: Theme): LabRuntime {
  const store = createLabStore({ ...initialLabState(options.scenario, theme), speed: options.speed, scenarioIssues: options.issues });
  const clock = new FrameClock();
  followPaintPolicy(clock, store);
  let data = createRunData(0, options.scenario);
  const hover: HoverState = { tS: null };

  const fail = (message: string) => actions.showError(store, message);
  const report = (e: unknown) => fail(e instanceof Error ? e.message : String(e));

  let lastRunId = 0;
  const onBatch = (batch: FrameBatch) => {
    if (batch.runId !== data.runId || !receiveBatch(store, batch)) return;
    if (batch.frames.length > 0) {
      data.ring.push(batch.frames);
      data.digest.update(batch.frames);
    }
    data.tiers.push(batch.tierFrames);
    if (batch.marks.length > 0) {
      addMarks(data, batch.marks);
      // Live changes join the script at their simulated time, so the link replays this very run.
      const dropped = actions.recordLive(store, batch.marks);
      if (dropped > 0 && !batch.done) fail('A live change could not be added to the script (it holds up to 500 events); the link will not include it.');
    }
    data.nowS = batch.nowMs / 1000;
    clock.invalidate();
  };

  /** Starts a new run under a fresh id; from here on, batches of the old run are ignored. */
  const startRun = async (scenario: Scenario, begin: (runId: number) => Promise<void>, play: boolean) => {
    lastRunId += 1;
    data = createRunData(lastRunId, scenario);
    beginRun(store, lastRunId, scenario);
    clock.invalidate();
    await begin(lastRunId);
    if (play) await api.play();
  };

  let api: Comlink.Remote<LabWorkerApi>;
  let ready: Promise<void>;
  /**
   * Starts a simulation worker and loads `scenario` in it. A worker that dies (not throws: closed,
   * killed for memory, crashed) answers nothing ever again, so its lifeline is watched, and on death
   * a fresh worker takes over with the same scenario, paused at the start, and the page says why.
   */
  const spawn = (scenario: Scenario, play: boolean) => {
    const worker = new Worker(new URL('../../worker/simWorker.ts', import.meta.url), { type: 'module', name: 'simulation' });
    worker.addEventListener('error', (e) => fail(`The simulation worker failed: ${e.message || 'unknown error'}`));
    worker.addEventListener('messageerror', () => fail('A message from the simulation worker could not be read.'));
    const remote = Comlink.wrap<LabWorkerApi>(worker);
    const lifeline = newLifelineName('simulation');
    api = remote;
    let unwatch = () => {};
    /** A fresh worker takes over with the same scenario, paused at the start, and the page says why. */
    const replace = (what: string, because: string) => {
      if (api !== remote) return;
      unbeat();
      unwatch();
      remote[Comlink.releaseProxy]();
      worker.terminate();
      const s = store.getState();
      spawn(s.scenario, false);
      fail(`The simulation worker ${what} at ${formatSimTime(data.nowS)} (${because}). The run was loaded again, paused at the start: press Play to run it.`);
    };
    // A worker stuck in an endless loop is alive (its lifeline holds) but never answers: ask it
    // between its slices of work, and wait as long as the run's heaviest call can take.
    let boundMs = 0;
    const unbeat = watchHeartbeat(
      () => remote.stats(),
      () => {
        const s = store.getState().scenario;
        return (boundMs = answerBoundMs(s, s.intervalMs / 1000));
      },
      () => replace('stopped answering', `no answer in ${Math.round(boundMs / 1000)} s: stuck in its work, so a new worker took over`),
    );
    ready = remote
      .lifeline(lifeline)
      .then(() => {
        unwatch = watchLifeline(lifeline, () => replace('stopped unexpectedly', 'the browser may have run short of memory'));
        return remote.connect(Comlink.proxy(onBatch), Comlink.proxy(fail));
      })
      .then(() => remote.setSpeed(store.getState().speed))
      .then(() => startRun(scenario, (id) => remote.load(scenario, id), play));
    ready.catch(report);
  };
  spawn(options.scenario, options.autoplay);
  const whenReady = (f: () => Promise<unknown>) => {
    ready.then(f).catch(report);
  };
  /** Resolves whether the worker applied `t`; `refused` words the banner's message. */
  const applyNow = async (t: Trigger, refused: (errors: string[]) => string): Promise<boolean> => {
    const runId = lastRunId;
    try {
      await ready;
      const r: CommandResult = await api.apply(t);
      if (r.ok) adoptParams(store, runId, r.params);
      else fail(refused(r.errors));
      return r.ok;
    } catch (e) {
      report(e);
      return false;
    }
  };
  const applyTrigger = (t: Trigger) => applyNow(t, (errors) => `The ${t.type} was refused: ${errors.join('; ')}`);

  const applyControl = (id: ControlId, value: number): Promise<boolean> => {
    const spec = CONTROLS.find((c) => c.id === id);
    if (!spec) return Promise.resolve(false);
    const patch = spec.toPatch(value, store.getState().params);
    return applyNow({ type: 'set', changes: patch }, (errors) => `That change was refused: ${errors.join('; ')}`);
  };

  return {
    store,
    clock,
    data: () => data,
    hover,
    setHover: (tS) => {
      if (hover.tS === tS) return;
      hover.tS = tS;
      clock.invalidate();
    },
    play: () => whenReady(() => api.play()),
    pause: () => whenReady(() => api.pause()),
    step: () => whenReady(() => api.step()),
    reset: (seed) => {
      const s = store.getState();
      const scenario = seed === undefined ? s.scenario : { ...s.scenario, seed };
      const wasPlaying = s.playing || s.done;
      // Loaded afresh rather than reset in the worker: the script has grown by the live changes.
      whenReady(() => startRun(scenario, (id) => api.load(scenario, id), wasPlaying));
    },
    load: (scenario, play = true) => whenReady(() => startRun(scenario, (id) => api.load(scenario, id), play)),
    setSpeed: (speed) => {
      actions.setSpeed(store, speed);
      whenReady(() => api.setSpeed(speed));
    },
    holdAt: (ceilingMs) => whenReady(() => api.holdAt(ceilingMs)),
    flushCache: () => void applyTrigger({ type: 'flush' }),
    trigger: (t) => void applyTrigger(t),
    apply: applyTrigger,
    applyControl,
    setWindow: (windowMode) => {
      actions.setWindowMode(store, windowMode);
      clock.invalidate();
    },
    setTheme: (theme) => {
      actions.setTheme(store, theme);
      clock.invalidate();
    },
    dismissError: () => actions.dismissError(store),
    stats: () => api.stats(),
  };
}
