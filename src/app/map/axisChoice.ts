/**
 * One axis a user can pick for a trigger map: a path into the scenario document, how to word its
 * values, and a default range for a scenario (the lists are in ./axisChoices and ./tierAxisChoices).
 */
import type { Axis } from '../../map';
import type { Scenario } from '../../sim/scenario';

export type TriggerKind = 'flush' | 'outage' | 'db-slowdown';

export interface AxisChoice {
  id: string;
  /** Picker label. */
  label: string;
  path: string;
  /** Short name with unit for axis titles and explanations, e.g. "load (req/s)". */
  unitLabel: string;
  /** One value in words ("app retries 2"); absent, cellText words it by the choice's id. */
  valueText?(v: number): string;
  /** Set for axes that size a trigger: the event each cell runs has this type. */
  trigger?: TriggerKind;
  /** From, to and steps for this scenario (steps as asked). */
  range(s: Scenario, steps: number): Axis;
}
