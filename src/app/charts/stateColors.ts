/** Colour and wording of each of the paper's states (colour is never the only cue: labels go with it). */
import { STATE_NAMES, type StateName } from '../../sim/metrics';
import type { GlossaryId } from '../glossary/glossaryTerms';

export const STATE_LABEL: Record<StateName, string> = {
  stable: 'Stable',
  vulnerable: 'Vulnerable',
  triggered: 'Triggered',
  metastable: 'Metastable failure',
  recovering: 'Recovering',
  overloaded: 'Overloaded',
  degraded: 'Degraded',
};

/** The glossary entry that explains each state, wherever its name is shown. */
export const STATE_TERM: Record<StateName, GlossaryId> = {
  stable: 'stable',
  vulnerable: 'vulnerable',
  triggered: 'trigger',
  metastable: 'metastable',
  recovering: 'recovering',
  overloaded: 'overloaded',
  degraded: 'degraded',
};

export const STATE_COLOR: Record<StateName, string> = {
  stable: 'var(--c-green)',
  vulnerable: 'var(--c-yellow)',
  triggered: 'var(--c-purple)',
  metastable: 'var(--c-vermillion)',
  recovering: 'var(--c-sky)',
  overloaded: '#9a9ea6',
  // Okabe–Ito orange (darkened in the light theme): apart from stable's green and vulnerable's yellow
  // for the common colour-vision deficiencies, and 3:1 or more against both themes' surfaces
  // (./stateColors.test.ts).
  degraded: 'var(--c-degraded)',
};

/** The state named by a frame's `state` column; undefined before the first frame. */
export function stateAt(index: number): StateName | undefined {
  return Number.isInteger(index) && index >= 0 && index < STATE_NAMES.length ? STATE_NAMES[index] : undefined;
}
