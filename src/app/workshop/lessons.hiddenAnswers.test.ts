/**
 * Every step of every registered lesson asks its question over a screen that does not show the
 * answer. The workshop is modelled as the facilitator drives it (lock in, run to the end, reveal,
 * Next; or jump to any step from any other), and the screen is the real run's frames up to where
 * the workshop left it: a prediction is never asked while a frame of its span is on screen, and the
 * run's values stay veiled until the prediction is locked in.
 */
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../sim/simulation';
import type { Scenario } from '../../sim/scenario';
import { FrameRing } from '../data/frameRing';
import { measure } from './frameQuery';
import { denominatorText, SHARE_WORDS } from './prediction';
import { LESSONS } from './lessons';
import {
  answerHidden,
  freshRunOnArrival,
  goToStep,
  replayOnArrival,
  revealStep,
  setupFor,
  startLesson,
  submitPrediction,
  type WorkshopProgress,
} from './progress';
import type { Lesson } from './types';

/** The frames a run of `scenario` has put on screen by simulated second `untilS`. */
function screen(scenario: Scenario, untilS: number): FrameRing {
  const sim = createSimulation(scenario);
  sim.advance(untilS * 1000);
  const frames = sim.takeFrames();
  const ring = new FrameRing(Math.max(1, frames.length));
  ring.push(frames);
  return ring;
}

/** Where the run on screen is: which step set it up, and how far it has played. */
interface OnScreen {
  setupStep: number;
  shownS: number;
}

/** Moves from the current step to `to` the way the workshop does, returning the run then on screen. */
function arrive(lesson: Lesson, p: WorkshopProgress, to: number, run: OnScreen): [WorkshopProgress, OnScreen] {
  const next = goToStep(p, lesson, to);
  const fresh = freshRunOnArrival(lesson, next, p.step, next.step);
  return [next, fresh ? { setupStep: next.step, shownS: 0 } : run];
}

/** Locks in an answer and lets the run play to its end before the reveal (the most it can show). */
function answer(lesson: Lesson, p: WorkshopProgress, run: OnScreen): [WorkshopProgress, OnScreen] {
  const locked = submitPrediction(p, 0);
  expect(answerHidden(locked), 'values show once the prediction is locked in').toBe(false);
  const end = setupFor(lesson, run.setupStep)!.scenario().durationS;
  return [revealStep(locked, true), { ...run, shownS: end }];
}

/** The question of the current step, asked over `run`: none of its span's frames is on screen. */
function expectAnswerNotShown(lesson: Lesson, p: WorkshopProgress, run: OnScreen) {
  const step = lesson.steps[p.step];
  const where = `${lesson.id} step ${p.step + 1} (${step.id})`;
  expect(p.steps[p.step].phase, where).toBe('predict');
  expect(answerHidden(p), `${where}: values veiled while predicting`).toBe(true);
  const scenario = setupFor(lesson, run.setupStep)!.scenario();
  expect(scenario, `${where}: the run on screen is this step's own`).toEqual(setupFor(lesson, p.step)!.scenario());
  const frames = screen(scenario, run.shownS);
  expect(measure(frames, step.predict.measure), `${where}: the answer is on screen at ${run.shownS} s`).toBeNaN();
}

describe('no lesson step shows its answer while asking for it', () => {
  it('the registry has lessons with steps to check', () => {
    expect(LESSONS.length).toBeGreaterThan(0);
    for (const l of LESSONS) expect(l.steps.length, l.id).toBeGreaterThan(0);
  });

  for (const lesson of LESSONS) {
    it(`${lesson.id}: walking the steps in order (answer, run to the end, reveal, Next)`, () => {
      let p = startLesson(lesson);
      let run: OnScreen = { setupStep: 0, shownS: 0 };
      for (let k = 0; k < lesson.steps.length; k++) {
        if (k > 0) [p, run] = arrive(lesson, p, k, run);
        expectAnswerNotShown(lesson, p, run);
        [p, run] = answer(lesson, p, run);
      }
    });

    it(`${lesson.id}: jumping to any unanswered step from any answered one`, () => {
      for (let from = 0; from < lesson.steps.length; from++) {
        for (let to = 0; to < lesson.steps.length; to++) {
          if (to === from) continue;
          // Everything but `to` answered, the run played out at `from`: the worst screen to arrive from.
          let p: WorkshopProgress = { ...startLesson(lesson), step: from };
          p = { ...p, steps: p.steps.map((s, k) => (k === to ? s : { answer: 0, phase: 'revealed' })) };
          const played: OnScreen = { setupStep: from, shownS: setupFor(lesson, from)!.scenario().durationS };
          const [next, run] = arrive(lesson, p, to, played);
          expectAnswerNotShown(lesson, next, run);
        }
      }
    });
  }

  it('an answered step revisited keeps the run its answer came from', () => {
    const lesson = LESSONS.find((l) => l.steps.length > 1 && l.steps[1].setup === undefined)!;
    let p = startLesson(lesson);
    p = revealStep(submitPrediction(p, 0), true);
    p = goToStep(p, lesson, 1);
    p = revealStep(submitPrediction(p, 0), true);
    expect(freshRunOnArrival(lesson, goToStep(p, lesson, 0), 1, 0)).toBe(false);
  });

  it('an answered step whose answer is no longer on screen plays its run again; an open question never plays', () => {
    const lesson = LESSONS[0];
    const answered = revealStep(submitPrediction(startLesson(lesson), 0), true);
    expect(replayOnArrival(answered, 0, false, false)).toBe(true);
    expect(replayOnArrival(answered, 0, true, true)).toBe(true);
    expect(replayOnArrival(answered, 0, false, true)).toBe(false);
    expect(replayOnArrival(startLesson(lesson), 0, true, false)).toBe(false);
  });
});

describe('every share a lesson asks for says what it is a share of', () => {
  for (const lesson of LESSONS) {
    it(`${lesson.id}: each share's denominator has words ("of demand", "of attempts")`, () => {
      for (const step of lesson.steps) {
        const per = step.predict.measure.per;
        if (per) expect(SHARE_WORDS[per], `${step.id}: shares of ${per}`).toBeDefined();
      }
    });
  }
  it('goodput per demand reads "of demand", per attempts "of attempts"', () => {
    expect(denominatorText({ metric: 'goodput_rps', per: 'first_rps', fromS: 0, toS: 1 })).toBe('of demand');
    expect(denominatorText({ metric: 'goodput_rps', per: 'offered_rps', fromS: 0, toS: 1 })).toBe('of attempts');
    expect(denominatorText({ metric: 'goodput_rps', fromS: 0, toS: 1 })).toBe('');
  });
});
