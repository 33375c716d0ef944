/**
 * Where the room is in a lesson, as plain data changed by pure functions: which step, what was
 * predicted, whether the answer has been revealed, and which tasks ticked off. A step is
 * predict → running → revealed; prediction comes first so nobody can peek at the chart.
 */
import type { Lesson, StepSetup, TaskContext } from './types';

export type Phase = 'predict' | 'running' | 'revealed';

export interface StepState {
  /** Choice index, or the typed number in display units; null until submitted. */
  answer: number | null;
  phase: Phase;
}

export interface WorkshopProgress {
  lessonId: string;
  step: number;
  steps: StepState[];
  /** Task ids achieved in this lesson (they stay ticked). */
  ticked: string[];
}

export function startLesson(lesson: Lesson): WorkshopProgress {
  return { lessonId: lesson.id, step: 0, steps: lesson.steps.map(() => ({ answer: null, phase: 'predict' })), ticked: [] };
}

/** Index of the step whose setup is in force at step `index` (the nearest with one at or before it). */
export function setupIndex(lesson: Lesson, index: number): number {
  for (let k = Math.min(index, lesson.steps.length - 1); k >= 0; k--) if (lesson.steps[k].setup) return k;
  return 0;
}

export function setupFor(lesson: Lesson, index: number): StepSetup | undefined {
  return lesson.steps[setupIndex(lesson, index)].setup;
}

/** Moving from step `from` to `to` needs a fresh run when they are set up by different steps. */
export function needsLoad(lesson: Lesson, from: number, to: number): boolean {
  return setupIndex(lesson, from) !== setupIndex(lesson, to);
}

/**
 * Whether arriving at step `to` (from step `from`) loads a fresh, paused run. A step still waiting
 * for its prediction always gets one: the run an earlier step played shows this step's answer (the
 * herd's hit rate sits in large type long before the question's span), so the room would be asked
 * to predict what is already on screen. Answered steps keep the run unless their setup differs.
 */
export function freshRunOnArrival(lesson: Lesson, p: WorkshopProgress, from: number, to: number): boolean {
  return p.steps[to].phase === 'predict' || needsLoad(lesson, from, to);
}

/**
 * Whether arriving at step `to` plays its run: an answered step (locked in or revealed) points at
 * its answer, so when that answer is not on screen (a fresh run was loaded, or another step reset
 * the run) the run plays to it again. A step still waiting for its prediction never plays.
 */
export function replayOnArrival(p: WorkshopProgress, to: number, fresh: boolean, answerOnScreen: boolean): boolean {
  return p.steps[to].phase !== 'predict' && (fresh || !answerOnScreen);
}

/**
 * Whether the lab must keep the run's values out of sight: while the room has not locked in a
 * prediction, a run somebody plays anyway would show the answer before the question is settled.
 */
export function answerHidden(p: WorkshopProgress): boolean {
  return p.steps[p.step].phase === 'predict';
}

export function goToStep(p: WorkshopProgress, lesson: Lesson, index: number): WorkshopProgress {
  const step = Math.max(0, Math.min(lesson.steps.length - 1, index));
  return step === p.step ? p : { ...p, step };
}

function patchStep(p: WorkshopProgress, patch: Partial<StepState>): WorkshopProgress {
  return { ...p, steps: p.steps.map((s, k) => (k === p.step ? { ...s, ...patch } : s)) };
}

/** Locks in the room's prediction; the run can go. */
export function submitPrediction(p: WorkshopProgress, answer: number): WorkshopProgress {
  if (!Number.isFinite(answer) || p.steps[p.step].phase !== 'predict') return p;
  return patchStep(p, { answer, phase: 'running' });
}

/** Shows the run's value; only once a prediction was made and the frames cover the span (`ready`). */
export function revealStep(p: WorkshopProgress, ready: boolean): WorkshopProgress {
  return p.steps[p.step].phase === 'running' && ready ? patchStep(p, { phase: 'revealed' }) : p;
}

/** Asks the room again (the run is set up anew by the caller). */
export function retryStep(p: WorkshopProgress): WorkshopProgress {
  return patchStep(p, { answer: null, phase: 'predict' });
}

/** Ticks off tasks the run now satisfies; returns the same object when nothing changed. */
export function tickTasks(p: WorkshopProgress, lesson: Lesson, ctx: TaskContext): WorkshopProgress {
  const fresh = lesson.tasks.filter((t) => !p.ticked.includes(t.id) && t.done(ctx)).map((t) => t.id);
  return fresh.length === 0 ? p : { ...p, ticked: [...p.ticked, ...fresh] };
}
