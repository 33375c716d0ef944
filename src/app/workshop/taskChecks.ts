/**
 * Building blocks for task evaluators: which triggers and changes happened when, read off the
 * marks (scripted or live alike), combined with recovery read off the frames.
 */
import type { Mark } from '../../sim/api';
import type { ParamsPatch } from '../../sim/scenario';
import { recoveredWithin, stuckFor } from './frameQuery';
import type { TaskContext } from './types';

type Section = keyof ParamsPatch;

/** The value a mark set for section.field, or undefined when it did not touch it. */
export function setValue(m: Mark, section: Section, field: string): unknown {
  if (m.trigger.type !== 'set') return undefined;
  const s = m.trigger.changes[section] as Record<string, unknown> | undefined;
  return s?.[field];
}

export const changes = (section: Section, field: string) => (m: Mark) => setValue(m, section, field) !== undefined;
export const isType = (type: Mark['trigger']['type']) => (m: Mark) => m.trigger.type === type;

export function firstMark(marks: readonly Mark[], pred: (m: Mark) => boolean, afterS = -Infinity): Mark | undefined {
  return marks.find((m) => m.tS > afterS && pred(m));
}

export function lastMark(marks: readonly Mark[], pred: (m: Mark) => boolean, afterS = -Infinity): Mark | undefined {
  for (let i = marks.length - 1; i >= 0; i--) if (marks[i].tS > afterS && pred(marks[i])) return marks[i];
  return undefined;
}

/** Some mark matching `pred` (after `afterS`) was followed by recovery within `withinS`. */
export function someRecoveredAfter(ctx: TaskContext, pred: (m: Mark) => boolean, withinS: number, afterS = -Infinity): boolean {
  return ctx.marks.some((m) => m.tS > afterS && pred(m) && recoveredWithin(ctx.frames, m.tS, withinS));
}

/** The latest mark matching `pred` was followed by `forS` seconds without recovery. */
export function stuckAfter(ctx: TaskContext, pred: (m: Mark) => boolean, forS: number, afterS = -Infinity): boolean {
  const m = lastMark(ctx.marks, pred, afterS);
  return m !== undefined && stuckFor(ctx.frames, m.tS, forS);
}
