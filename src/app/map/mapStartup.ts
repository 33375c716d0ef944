/**
 * What the map page opens with: the scenario of the link (`#s=…`, or the default scenario), the axes
 * of the link (`map=…&x=…&y=…`, or defaults), and every problem met on the way as a message.
 * Coming from the lab (no axes in the link), runs are cut to MAP_RUN_S: early stopping decides most
 * cells well before that, and the rest need no more to be judged.
 */
import type { MapSpec } from '../../map';
import { readScenarioFromLocation } from '../../share';
import type { Scenario } from '../../sim/scenario';
import { choiceForAxis } from './axisChoices';
import { defaultSpec, readMapAddress } from './mapAddress';
import { sweptScenario } from './sweptScenario';

export const MAP_RUN_S = 300;

export interface MapSetup {
  /** The scenario every cell starts from (already prepared for the axes: see sweptScenario). */
  scenario: Scenario;
  spec: MapSpec;
}

export interface MapStartup extends MapSetup {
  issues: string[];
  notes: string[];
}

/** Prepares a scenario for a spec; trigger maps may need a trigger event (see sweptScenario). */
export function prepareSetup(scenario: Scenario, spec: MapSpec): { setup: MapSetup; notes: string[] } {
  if (spec.mode !== 'map' || !spec.y) return { setup: { scenario, spec }, notes: [] };
  const picks = [spec.x, spec.y].map((axis) => ({ choice: choiceForAxis(axis.path, scenario), axis }));
  const { scenario: swept, notes } = sweptScenario(scenario, picks);
  return { setup: { scenario: swept, spec }, notes };
}

export async function readMapStartup(location: { readonly hash: string }): Promise<MapStartup> {
  const decoded = await readScenarioFromLocation(location);
  const address = readMapAddress(location.hash);
  const issues = [...decoded.errors, ...address.errors];
  let scenario = decoded.scenario;
  if (!address.spec) scenario = { ...scenario, durationS: Math.min(scenario.durationS, MAP_RUN_S) };
  const spec = address.spec ?? defaultSpec(scenario, 'map');
  try {
    const { setup, notes } = prepareSetup(scenario, spec);
    return { ...setup, issues, notes };
  } catch (e) {
    // Two trigger axes in a hand-written link: fall back to the default map and say why.
    issues.push(e instanceof Error ? e.message : String(e));
    const { setup, notes } = prepareSetup(scenario, defaultSpec(scenario, 'map'));
    return { ...setup, issues, notes };
  }
}
