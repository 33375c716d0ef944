/**
 * The lesson being taught, bound to the lab: opening a step loads its run paused, a prediction
 * starts it, a reveal points the chart at the answer, and a poll (4 times a second, not per frame)
 * reads the frames for the reveal and ticks tasks off.
 */
import { createStore } from 'zustand/vanilla';
import type { ChartHighlight } from '../../store/labStore';
import { setHighlight as setLabHighlight } from '../../store/labActions';
import type { LabRuntime } from '../../runtime/labRuntime';
import { covered, measure } from '../frameQuery';
import { LESSONS, lessonById } from '../lessons';
import {
  answerHidden,
  freshRunOnArrival,
  goToStep,
  replayOnArrival,
  retryStep,
  revealStep,
  setupFor,
  startLesson,
  submitPrediction,
  tickTasks,
  type WorkshopProgress,
} from '../progress';
import type { Lesson, LessonStep } from '../types';
import { seekTo } from '../../room/seekTo';

export interface WorkshopState {
  lesson: Lesson;
  progress: WorkshopProgress;
  /** The run's value for the current step's measure (NaN until its frames arrive). */
  value: number;
  /** Whether the frames cover the measure's span (or the run ended). */
  ready: boolean;
  qrOpen: boolean;
  controlsShown: boolean;
}

export type Workshop = ReturnType<typeof createWorkshop>;

/** Where a QR link asks the lesson to open: a step (from 0) and, optionally, a paused simulated time. */
export interface StartAt {
  stepIndex: number | null;
  atS: number | null;
}

/**
 * `keepSpeed`: the address chose a speed (tests, `?speed=max`); lessons leave it alone.
 * `startAt`: the moment a QR link names; the run is set up for that step, paused, and stepped to the time.
 */
export function createWorkshop(lab: LabRuntime, firstLessonId: string | null, keepSpeed: boolean, startAt: StartAt = { stepIndex: null, atS: null }) {
  const first = lessonById(firstLessonId) ?? LESSONS[0];
  const store = createStore<WorkshopState>()(() => ({
    lesson: first,
    progress: startLesson(first),
    value: NaN,
    ready: false,
    qrOpen: false,
    controlsShown: false,
  }));
  const get = () => store.getState();
  const step = (): LessonStep => get().lesson.steps[get().progress.step];

  /** The charts repaint on the frame clock, not on store changes: ask for a paint. */
  const setHighlight = (highlight: ChartHighlight | null) => {
    setLabHighlight(lab.store, highlight);
    lab.clock.invalidate();
  };
  const setUp = (index: number) => {
    const setup = setupFor(get().lesson, index);
    if (!setup) return;
    setHighlight(null);
    if (setup.speed && !keepSpeed) lab.setSpeed(setup.speed);
    lab.setWindow('whole');
    lab.load(setup.scenario(), false);
  };
  const pointAt = (s: LessonStep) => setHighlight({ chart: s.chart, fromS: s.predict.measure.fromS, toS: s.predict.measure.toS, label: 'the answer' });
  /**
   * A phone that opened the presenter's moment (a QR link naming a time) shows that moment as the
   * wall shows it, answer and all, until its holder moves on to a step of their own.
   */
  let followingMoment = false;
  /** Every progress change goes through here, so the veil over the run's values always matches the phase. */
  const setProgress = (progress: WorkshopProgress) => {
    store.setState({ progress });
    veil();
  };
  const veil = () => document.documentElement.toggleAttribute('data-answer-hidden', answerHidden(get().progress) && !followingMoment);
  const showFocus = () => {
    document.documentElement.dataset.focus = step().focus.join(' ');
  };

  const actions = {
    openLesson(id: string) {
      followingMoment = false;
      const lesson = lessonById(id);
      if (!lesson) return;
      store.setState({ lesson, value: NaN, ready: false });
      setProgress(startLesson(lesson));
      setUp(0);
      showFocus();
    },
    go(delta: number) {
      followingMoment = false;
      const { lesson, progress } = get();
      const next = goToStep(progress, lesson, progress.step + delta);
      if (next === progress) return;
      const fresh = freshRunOnArrival(lesson, next, progress.step, next.step);
      if (fresh) setUp(next.step);
      setProgress(next);
      const s = step();
      if (replayOnArrival(next, next.step, fresh, covered(lab.data().ring, s.predict.measure)) && !lab.store.getState().playing) lab.play();
      if (next.steps[next.step].phase === 'revealed') pointAt(s);
      else setHighlight(null);
      showFocus();
      actions.poll();
    },
    submit(answer: number) {
      const progress = submitPrediction(get().progress, answer);
      if (progress === get().progress) return;
      setProgress(progress);
      const s = lab.store.getState();
      if (!s.playing && !s.done) lab.play();
    },
    reveal() {
      const progress = revealStep(get().progress, get().ready);
      if (progress === get().progress) return;
      setProgress(progress);
      pointAt(step());
    },
    /** Asks the same question again on a fresh run. */
    again() {
      followingMoment = false;
      setProgress(retryStep(get().progress));
      setUp(get().progress.step);
    },
    poll() {
      const data = lab.data();
      const s = lab.store.getState();
      const m = step().predict.measure;
      const value = measure(data.ring, m);
      const ready = covered(data.ring, m) || s.done;
      const progress = tickTasks(get().progress, get().lesson, { frames: data.ring, marks: data.marks, params: s.params, scenario: s.scenario });
      const cur = get();
      if (progress !== cur.progress || ready !== cur.ready || !Object.is(value, cur.value)) store.setState({ progress, ready, value });
    },
    toggle(flag: 'qrOpen' | 'controlsShown', on?: boolean) {
      store.setState({ [flag]: on ?? !get()[flag] } as Partial<WorkshopState>);
    },
  };
  const start = () => {
    actions.openLesson(first.id);
    const { stepIndex, atS } = startAt;
    if (stepIndex !== null && stepIndex > 0) actions.go(stepIndex);
    if (atS !== null) {
      lab.pause();
      // The step's own scenario: the store catches up with the load only once the worker has it.
      const scenario = setupFor(get().lesson, get().progress.step)?.scenario() ?? lab.store.getState().scenario;
      seekTo(lab, atS, scenario.intervalMs / 1000);
      followingMoment = atS > 0;
      veil();
    }
  };
  return { store, ...actions, start };
}
