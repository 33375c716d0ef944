/**
 * The axes a user can pick for a trigger map, in the domain's words. Each is a path into the
 * scenario document (what src/map sweeps) plus how to label its values and a sensible default range
 * around the scenario's own value. Trigger axes vary the size of the one trigger each cell runs
 * (see sweptScenario.ts); parameter axes vary the system and keep the scenario's trigger.
 */
import type { Axis } from '../../map';
import type { Scenario } from '../../sim/scenario';
import type { AxisChoice } from './axisChoice';
import { tierAxisChoices } from './tierAxisChoices';

export type { AxisChoice, TriggerKind } from './axisChoice';

const nice = (v: number) => {
  if (v <= 0) return 0;
  const p = 10 ** Math.floor(Math.log10(v));
  return Math.round(v / (p / 4)) * (p / 4);
};

const axis = (path: string, from: number, to: number, steps: number): Axis => ({ path, from, to, steps });

export const AXIS_CHOICES: readonly AxisChoice[] = [
  {
    id: 'load',
    label: 'Load (req/s)',
    path: 'workload.rps',
    unitLabel: 'load (req/s)',
    range: (s, n) => axis('workload.rps', nice(s.workload.rps / 3), nice((s.workload.rps * 4) / 3), n),
  },
  {
    id: 'hottest',
    label: 'Trigger: hottest keys flushed',
    path: 'events[0].hottest',
    unitLabel: 'hottest keys flushed',
    trigger: 'flush',
    range: (s, n) => axis('events[0].hottest', 25, Math.max(50, Math.min(s.workload.keys, Math.round(s.cache.capacity * 0.07))), n),
  },
  {
    id: 'outage',
    label: 'Trigger: outage length (s)',
    path: 'events[0].forS',
    unitLabel: 'outage (s)',
    trigger: 'outage',
    range: (_s, n) => axis('events[0].forS', 2, 30, n),
  },
  {
    id: 'slowdown',
    label: 'Trigger: DB slowdown ×5 length (s)',
    path: 'events[0].forS',
    unitLabel: 'slowdown ×5 (s)',
    trigger: 'db-slowdown',
    range: (_s, n) => axis('events[0].forS', 2, 30, n),
  },
  {
    id: 'timeout',
    label: 'Client timeout (ms)',
    path: 'client.timeoutMs',
    unitLabel: 'timeout (ms)',
    range: (_s, n) => axis('client.timeoutMs', 250, 3000, n),
  },
  {
    id: 'retries',
    label: 'Retries',
    path: 'client.retries',
    unitLabel: 'retries',
    range: (_s, n) => axis('client.retries', 0, Math.max(1, Math.min(n - 1, 8)), n),
  },
  {
    id: 'workers',
    label: 'DB capacity (workers)',
    path: 'db.workers',
    unitLabel: 'DB workers',
    range: (s, n) => axis('db.workers', Math.max(1, Math.round(s.db.workers / 2)), s.db.workers * 2, n),
  },
  {
    id: 'shedding',
    label: 'Shedding threshold (queue delay, ms)',
    path: 'shedding.maxQueueDelayMs',
    unitLabel: 'shed above queue delay (ms)',
    range: (_s, n) => axis('shedding.maxQueueDelayMs', 25, 1000, n),
  },
];

export const choiceById = (id: string): AxisChoice | undefined => AXIS_CHOICES.find((c) => c.id === id);

const choicesOf = new WeakMap<Scenario, readonly AxisChoice[]>();

/** The slowdown axis sized for the scenario's own slowdown: its factor, when it has one other than ×5. */
function slowdownChoice(s: Scenario): AxisChoice | undefined {
  const first = s.events[0];
  if (first?.type !== 'db-slowdown' || first.factor === 5) return undefined;
  const base = choiceById('slowdown')!;
  return { ...base, label: `Trigger: DB slowdown ×${first.factor} length (s)`, unitLabel: `slowdown ×${first.factor} (s)` };
}

/**
 * The choices for a scenario: the common ones (the slowdown worded with the scenario's own factor),
 * then each tier's numeric fields (with a stack). The same scenario object gets the same choice
 * objects, so a picker can find its current choice.
 */
export function axisChoicesFor(s: Scenario): readonly AxisChoice[] {
  const slowdown = slowdownChoice(s);
  if (!s.stack?.length && !slowdown) return AXIS_CHOICES;
  let choices = choicesOf.get(s);
  if (!choices) {
    const common = slowdown ? AXIS_CHOICES.map((c) => (c.id === slowdown.id ? slowdown : c)) : AXIS_CHOICES;
    choicesOf.set(s, (choices = [...common, ...tierAxisChoices(s)]));
  }
  return choices;
}

/**
 * The choice an axis from a link stands for. `events[0].forS` is ambiguous between outage and
 * slowdown: the scenario's first event decides. Unknown paths get an ad-hoc choice, so any link
 * that src/map accepts can still be shown.
 */
export function choiceForAxis(path: string, s: Scenario): AxisChoice {
  const choices = axisChoicesFor(s);
  if (path === 'events[0].forS') return choices.find((c) => c.id === (s.events[0]?.type === 'db-slowdown' ? 'slowdown' : 'outage'))!;
  return choices.find((c) => c.path === path) ?? { id: `path:${path}`, label: path, path, unitLabel: path, range: (_s, n) => axis(path, 0, 1, n) };
}
