/** The visible time window right now, shared by every chart so their axes agree. */
import { ROLLING_WINDOW_S, type LabState } from '../store/labStore';
import type { RunData } from '../runtime/runData';
import { timeWindow, type TimeWindow } from './chartMath';

export function currentWindow(data: RunData, state: LabState): TimeWindow {
  return timeWindow(data.nowS, data.endS, state.windowMode, ROLLING_WINDOW_S);
}

export const intervalSOf = (state: LabState) => state.scenario.intervalMs / 1000;
