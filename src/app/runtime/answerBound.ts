/**
 * How long the page waits for a simulation worker's answer before it calls the worker stuck
 * (src/platform/watchdog.ts). Derived from the run's cost estimate (src/sim/cost.ts), so a heavy
 * scenario that is merely slow (ten million keys to build, a long step) is never taken for a hung
 * one, and a light one that stops answering is noticed within seconds.
 */
import { estimateCost } from '../../sim/cost';
import type { Scenario } from '../../sim/scenario';

/** The least wait: a healthy worker answers within one slice (milliseconds); this leaves room for a machine busy with other tabs. */
export const ANSWER_FLOOR_MS = 15_000;
/** Bytes a slow device's worker sets up per ms while building a run (tables, pools): about 10 MB/s. */
const SETUP_BYTES_PER_MS = 10_000;
/** Margin over the estimate: it is an upper estimate already, and a slow device may be slower still. */
const MARGIN = 4;

/**
 * The longest a call may take: building the run (the worker may be loading it) plus simulating
 * `simSpanS` seconds of it (a step, or run B catching up), on a slow device, with a margin.
 */
export function answerBoundMs(scenario: Scenario, simSpanS: number): number {
  const cost = estimateCost(scenario);
  const setupMs = cost.bytes / SETUP_BYTES_PER_MS;
  const span = Math.min(Math.max(simSpanS, 0), scenario.durationS);
  const workMs = (cost.slowDeviceS * 1000 * span) / scenario.durationS;
  return ANSWER_FLOOR_MS + MARGIN * (setupMs + workMs);
}
