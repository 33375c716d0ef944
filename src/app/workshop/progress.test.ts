import { describe, expect, it } from 'vitest';
import { lessonById } from './lessons';
import { goToStep, needsLoad, revealStep, retryStep, setupIndex, startLesson, submitPrediction, tickTasks } from './progress';
import { frameTable } from '../../analysis/frames';
import { formatValue, scorePrediction } from './prediction';
import type { Prediction, TaskContext } from './types';

const herd = lessonById('herd')!;
const capacity = lessonById('capacity')!;

describe('lesson steps', () => {
  it('go predict → running → revealed, and reveal waits for the prediction and for the frames', () => {
    let p = startLesson(herd);
    expect(p.steps[0].phase).toBe('predict');
    expect(revealStep(p, true)).toBe(p);
    p = submitPrediction(p, 2);
    expect(p.steps[0]).toEqual({ answer: 2, phase: 'running' });
    expect(revealStep(p, false)).toBe(p);
    p = revealStep(p, true);
    expect(p.steps[0].phase).toBe('revealed');
    expect(submitPrediction(p, 1)).toBe(p);
    expect(retryStep(p).steps[0]).toEqual({ answer: null, phase: 'predict' });
  });

  it('refuses a missing number', () => {
    const p = startLesson(herd);
    expect(submitPrediction(p, Number.NaN)).toBe(p);
  });

  it('move within the lesson and know when a step needs a run of its own', () => {
    let p = startLesson(capacity);
    p = goToStep(p, capacity, 99);
    expect(p.step).toBe(2);
    expect(goToStep(p, capacity, -1).step).toBe(0);
    expect(setupIndex(capacity, 1)).toBe(0);
    expect(needsLoad(capacity, 0, 1)).toBe(false);
    expect(needsLoad(capacity, 1, 2)).toBe(true);
    expect(needsLoad(capacity, 2, 1)).toBe(true);
  });

  it('tick tasks off once and keep them ticked', () => {
    const lesson = { ...herd, tasks: [{ id: 'a', text: '', hint: '', done: (c: TaskContext) => c.params.client.retries === 0 }] };
    const p = startLesson(lesson);
    const base = { frames: frameTable(new Float64Array()), marks: [], scenario: herd.steps[0].setup!.scenario() };
    const params = base.scenario;
    expect(tickTasks(p, lesson, { ...base, params })).toBe(p);
    const done = tickTasks(p, lesson, { ...base, params: { ...params, client: { ...params.client, retries: 0 } } });
    expect(done.ticked).toEqual(['a']);
    expect(tickTasks(done, lesson, { ...base, params: { ...params, client: { ...params.client, retries: 0 } } })).toBe(done);
  });
});

describe('prediction scoring', () => {
  const choice = herd.steps[0].predict as Extract<Prediction, { kind: 'choice' }>;
  const number = herd.steps[1].predict as Extract<Prediction, { kind: 'number' }>;
  it('a choice is right when the run lands in it, close when one off', () => {
    expect(scorePrediction(choice, 2, 0.57)).toMatchObject({ verdict: 'right', actualText: '57%', rightChoice: 2 });
    expect(scorePrediction(choice, 1, 0.57).verdict).toBe('close');
    expect(scorePrediction(choice, 0, 0.57)).toMatchObject({ verdict: 'off', predictedText: choice.choices[0].label });
  });
  it('a number is right within its tolerance, close within twice, off beyond', () => {
    expect(scorePrediction(number, 6500, 6840).verdict).toBe('right');
    expect(scorePrediction(number, 4500, 6840).verdict).toBe('close');
    expect(scorePrediction(number, 3000, 6840)).toMatchObject({ verdict: 'off', predictedText: '3,000 req/s', actualText: '6,840 req/s' });
  });
  it('near zero, the slack decides', () => {
    const p = { ...number, slack: 20, measure: number.measure };
    expect(scorePrediction(p, 10, 0).verdict).toBe('right');
    expect(scorePrediction(p, 100, 0).verdict).toBe('off');
  });
  it('values show in the unit the room typed', () => {
    expect(formatValue(12_400, { scale: 0.001, unit: 's', digits: 1 })).toBe('12.4 s');
    expect(formatValue(Number.NaN, { scale: 1, unit: 'ms', digits: 0 })).toBe('–');
  });
});
