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
