/** Colour and wording of each of the paper's states (colour is never the only cue: labels go with it). */
import { STATE_NAMES, type StateName } from '../../sim/metrics';

export const STATE_LABEL: Record<StateName, string> = {
  stable: 'Stable',
  vulnerable: 'Vulnerable',
  triggered: 'Triggered',
  metastable: 'Metastable failure',
  recovering: 'Recovering',
  overloaded: 'Overloaded',
};

export const STATE_COLOR: Record<StateName, string> = {
  stable: 'var(--c-green)',
  vulnerable: 'var(--c-yellow)',
  triggered: 'var(--c-purple)',
  metastable: 'var(--c-vermillion)',
  recovering: 'var(--c-sky)',
  overloaded: '#9a9ea6',
};

/** The state named by a frame's `state` column; undefined before the first frame. */
export function stateAt(index: number): StateName | undefined {
  return Number.isInteger(index) && index >= 0 && index < STATE_NAMES.length ? STATE_NAMES[index] : undefined;
}
