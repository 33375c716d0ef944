/**
 * What a guided lesson is made of. A step sets up a run, asks the room to predict one number the
 * run will produce, runs, and reveals the run's own value next to the prediction, pointing at the
 * chart span that answers it. Tasks tick themselves off when the frames and parameters show them
 * done. Everything is data plus small pure functions, so Node tests can run every lesson.
 */
import type { Mark } from '../../sim/api';
import type { MetricName } from '../../sim/metrics';
import type { Params, Scenario, Trigger } from '../../sim/scenario';
import type { Speed } from '../../worker/protocol';
import type { FrameColumns } from '../../analysis/frames';

/** A number read off the run: a metric over frames ending in (fromS, toS]. */
export interface Measure {
  metric: MetricName;
  /** Divide by the mean of this metric over the same frames (goodput per demand, wasted per completion). */
  per?: MetricName;
  /** mean (default), or the extreme frame. */
  agg?: 'mean' | 'min' | 'max';
  fromS: number;
  toS: number;
}

/** How a measured value is shown and typed: raw × scale, with a unit. */
export interface ValueUnit {
  scale: number;
  unit: string;
  /** Decimal places shown. */
  digits: number;
}

export interface Choice {
  label: string;
  /** The choice is right when the measured value lies in [min, max). */
  min?: number;
  max?: number;
}

interface PredictionBase {
  question: string;
  measure: Measure;
  unit: ValueUnit;
}

export type Prediction =
  | (PredictionBase & { kind: 'choice'; choices: Choice[]; /** tests only: the choice the model gives */ expected: number })
  | (PredictionBase & {
      kind: 'number';
      /** Right within this share of the measured value… */
      tolerance: number;
      /** …or within this much (raw units), for values near zero. */
      slack: number;
      /** tests only: about what the model gives (raw units) */
      expected: number;
    });

export interface StepSetup {
  /** The scenario to load, paused, when the step opens. */
  scenario: () => Scenario;
  speed?: Speed;
}

export interface LessonStep {
  id: string;
  title: string;
  /** What the facilitator tells the room before the question. */
  text: string;
  /** Absent: the step goes on with the run already loaded. */
  setup?: StepSetup;
  predict: Prediction;
  /** After the reveal: why the run did what it did. */
  explain: string;
  /** The chart that answers; the span is the measure's. */
  chart: string;
  /** Charts the presenter view shows for this step (two to four chart ids). */
  focus: string[];
}

/** What a task evaluator sees: the run so far and the parameters in force. */
export interface TaskContext {
  frames: FrameColumns;
  marks: readonly Mark[];
  params: Params;
  scenario: Scenario;
}

export interface LessonTask {
  id: string;
  text: string;
  hint: string;
  done: (ctx: TaskContext) => boolean;
}

/** A one-click change a lesson offers (one the sliders do not have). */
export interface LessonAction {
  label: string;
  trigger: Trigger;
}

export interface Lesson {
  id: string;
  title: string;
  /** One sentence: what the room takes home. */
  takeaway: string;
  steps: LessonStep[];
  tasks: LessonTask[];
  actions?: LessonAction[];
}
