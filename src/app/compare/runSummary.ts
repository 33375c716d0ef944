/** One line per run for the compare panel: its state and how much of the demand it serves. */
import { M } from '../../sim/metrics';
import type { FrameRing } from '../data/frameRing';
import { STATE_LABEL, stateAt } from '../charts/stateColors';
import { formatCount } from '../format';

export interface RunSummary {
  state: string;
  /** Goodput over first attempts, newest frame (0..1), NaN before the first frame. */
  served: number;
  text: string;
}

export function summarize(ring: FrameRing | null): RunSummary {
  if (!ring || ring.length === 0) return { state: '', served: Number.NaN, text: 'waiting for the first frame' };
  const state = stateAt(ring.latest(M.state));
  const first = ring.latest(M.first_rps);
  const served = first > 0 ? ring.latest(M.goodput_rps) / first : 1;
  const label = state ? STATE_LABEL[state] : '';
  return { state: label, served, text: `${label} · ${Math.round(served * 100)}% served · ${formatCount(ring.latest(M.goodput_rps))} req/s` };
}
