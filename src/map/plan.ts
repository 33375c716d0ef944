/**
 * Turns a scenario document and two axes into the cells of a map (or the loads of a hysteresis
 * sweep): each cell's document is a deep copy with the two values written in, then parsed with the
 * scenario parser's own rules so every cell is a valid scenario or the whole plan is refused.
 */
import { parseScenario } from '../sim/parseScenario';
import type { Scenario } from '../sim/scenario';
import { axisValues, formatAxis, validateAxis, type Axis } from './axis';
import { setAtPath } from './docPath';
import { branchScenarios } from './hysteresis';

export type MapMode = 'map' | 'hysteresis';

export interface MapCell {
  /** Row-major index: j × xs.length + i. */
  index: number;
  i: number;
  j: number;
  x: number;
  y: number;
  scenario: Scenario;
}

export interface MapPlan {
  xs: number[];
  ys: number[];
  cells: MapCell[];
}

/** Thrown when a plan cannot be made; `problems` lists every distinct message. */
export class PlanError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

const deepCopy = (doc: unknown): Record<string, unknown> => JSON.parse(JSON.stringify(doc ?? {})) as Record<string, unknown>;

/** Parses the base document; refuses it with every problem when it is not a clean scenario. */
export function parseBase(doc: unknown): Scenario {
  const { value, errors } = parseScenario(doc);
  if (errors.length) throw new PlanError(errors.map((e) => `scenario: ${e.message}`));
  return value;
}

function cellScenario(doc: unknown, writes: [Axis, number][], problems: Set<string>): Scenario | null {
  const copy = deepCopy(doc);
  try {
    for (const [axis, v] of writes) setAtPath(copy, axis.path, v);
  } catch (e) {
    problems.add((e as Error).message);
    return null;
  }
  const { value, errors } = parseScenario(copy);
  const at = writes.map(([a, v]) => `${a.path}=${v}`).join(', ');
  for (const e of errors) problems.add(`cell ${at}: ${e.message}`);
  return errors.length ? null : value;
}

/** validateAxis against the document, its problem as a PlanError (a tier the stack lacks is bad input, not a bug). */
function checkedAxis(axis: Axis, doc?: unknown) {
  try {
    return validateAxis(axis, doc);
  } catch (e) {
    throw new PlanError([(e as Error).message]);
  }
}

/** Plans an x × y map. Throws PlanError naming each problem (bad axis, missing event, value the document refuses). */
export function planMap(doc: unknown, x: Axis, y: Axis): MapPlan {
  parseBase(doc);
  const specX = checkedAxis(x, doc);
  const specY = checkedAxis(y, doc);
  if (x.path === y.path) throw new PlanError([`both axes are ${x.path}; choose two different paths`]);
  const xs = axisValues(x, specX);
  const ys = axisValues(y, specY);
  const problems = new Set<string>();
  const cells: MapCell[] = [];
  ys.forEach((yv, j) =>
    xs.forEach((xv, i) => {
      const scenario = cellScenario(
        doc,
        [
          [x, xv],
          [y, yv],
        ],
        problems,
      );
      if (scenario) cells.push({ index: j * xs.length + i, i, j, x: xv, y: yv, scenario });
    }),
  );
  // One bad cell usually means a whole row or column is bad: report each message once, a few at most.
  if (problems.size) throw new PlanError([...problems].slice(0, 8).concat(problems.size > 8 ? [`… and ${problems.size - 8} more`] : []));
  return { xs, ys, cells };
}

export interface HysteresisRun {
  rps: number;
  branch: 'warm' | 'cold';
  scenario: Scenario;
}

/** Plans a hysteresis sweep: the axis must be `workload.rps`; two runs (warm, cold) per load, no events. */
export function planHysteresis(doc: unknown, x: Axis): HysteresisRun[] {
  const base = parseBase(doc);
  if (x.path !== 'workload.rps') throw new PlanError([`the hysteresis sweep varies offered load: its axis must be workload.rps, not ${formatAxis(x)}`]);
  if (base.workload.mode !== 'open') throw new PlanError(['the hysteresis sweep needs an open-loop workload (workload.mode "open")']);
  const runs: HysteresisRun[] = [];
  for (const rps of axisValues(x, checkedAxis(x))) {
    const { warm, cold } = branchScenarios(base, rps);
    runs.push({ rps, branch: 'warm', scenario: warm }, { rps, branch: 'cold', scenario: cold });
  }
  return runs;
}
