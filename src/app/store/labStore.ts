/**
 * The page's slow-changing state (Zustand): what was loaded, what is in force, what the user asked
 * for. Frames never pass through here; they go straight to the FrameRing and the charts.
 */
import { createStore } from 'zustand/vanilla';
import { defaultScenario } from '../../sim/parseScenario';
import type { Params, Scenario } from '../../sim/scenario';
import type { Tier } from '../../sim/stackSchema';
import type { Capacities, FrameBatch, Speed } from '../../worker/protocol';

export type WindowMode = 'rolling' | 'whole';
export type Theme = 'light' | 'dark';

/** Seconds of simulated time shown by the rolling window. */
export const ROLLING_WINDOW_S = 120;

/** A span of simulated time a lesson step points at, on one chart ("look here"). */
export interface ChartHighlight {
  /** ChartSpec id, e.g. "goodput". */
  chart: string;
  fromS: number;
  toS: number;
  label: string;
}

export interface LabState {
  scenario: Scenario;
  /** Problems found in a scenario given in the address (the usable remainder still runs). */
  scenarioIssues: string[];
  /** Parameters in force in the worker, as last reported. */
  params: Params;
  /** The stack's tiers with the knobs in force, as last reported (empty without a stack). */
  stack: Tier[];
  capacities: Capacities | null;
  runId: number;
  /** Marks received in this run (the marks themselves live in RunData). */
  markCount: number;
  playing: boolean;
  done: boolean;
  speed: Speed;
  windowMode: WindowMode;
  theme: Theme;
  /** A failure to show in the alert banner. */
  error: string | null;
  /** The span of one chart a workshop step points at (null: none). */
  highlight: ChartHighlight | null;
}

export function initialLabState(scenario: Scenario = defaultScenario(), theme: Theme = 'light'): LabState {
  return {
    scenario,
    scenarioIssues: [],
    params: paramsOf(scenario),
    stack: scenario.stack ?? [],
    capacities: null,
    runId: 0,
    markCount: 0,
    playing: false,
    done: false,
    speed: 10,
    windowMode: 'rolling',
    theme,
    error: null,
    highlight: null,
  };
}

export function paramsOf(s: Scenario): Params {
  return { workload: s.workload, cache: s.cache, db: s.db, client: s.client, shedding: s.shedding };
}

export type LabStore = ReturnType<typeof createLabStore>;

export function createLabStore(init: LabState = initialLabState()) {
  return createStore<LabState>()(() => init);
}

/** Folds a batch's slow-changing parts into the store; returns false for a batch from an old run. */
export function receiveBatch(store: LabStore, batch: FrameBatch): boolean {
  const s = store.getState();
  if (batch.runId !== s.runId) return false;
  const patch: Partial<LabState> = {};
  if (batch.playing !== s.playing) patch.playing = batch.playing;
  if (batch.done !== s.done) patch.done = batch.done;
  if (batch.params) patch.params = batch.params;
  if (batch.stack) patch.stack = batch.stack;
  if (batch.capacities) patch.capacities = batch.capacities;
  if (batch.marks.length > 0) patch.markCount = s.markCount + batch.marks.length;
  if (Object.keys(patch).length > 0) store.setState(patch);
  return true;
}

/** Starts tracking a new run: everything from the previous one is forgotten. */
export function beginRun(store: LabStore, runId: number, scenario: Scenario): void {
  store.setState({
    runId,
    scenario,
    params: paramsOf(scenario),
    stack: scenario.stack ?? [],
    markCount: 0,
    playing: false,
    done: false,
    capacities: null,
  });
}

/** The worker applied a change and answered with the parameters now in force. */
export function adoptParams(store: LabStore, runId: number, params: Params): void {
  if (store.getState().runId === runId) store.setState({ params });
}
