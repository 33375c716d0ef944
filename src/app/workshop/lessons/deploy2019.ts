/**
 * The 2019 deploy postmortem (seed 001): a key clean-up made cache keys finer on a hot path; hits fell
 * under 30%, P95 rose to over a second, scaling gave limited relief, the rollback fixed it. The steps
 * follow the report's timeline; the tasks apply its follow-ups (a hit-rate canary, rolling back early).
 */
import { presetById, presetScenario } from '../../../presets';
import { measure } from '../frameQuery';
import { firstMark, isType } from '../taskChecks';
import type { Lesson, TaskContext } from '../types';
import { MS, PERCENT } from './units';

/** 15:59 ET in the preset's run; the report's times are minutes after it. */
const DEPLOY_S = 240;
const at = (minutes: number) => DEPLOY_S + minutes * 60;

const hitsOver = (ctx: TaskContext, fromS: number, toS: number) => measure(ctx.frames, { metric: 'hit_rate', fromS, toS });

export const deploy2019Lesson: Lesson = {
  id: 'deploy-2019',
  title: 'The 2019 deploy: finer cache keys on a hot path',
  takeaway:
    'A key change that looks like a refactor is a flush that does not end: the new keys never fit. Catch it with a hit-rate canary, or roll back at once.',
  steps: [
    {
      id: 'deploy',
      title: '15:59 deploy begins',
      text: '200 req/s at 92% hits, P95 ~200 ms. The deploy cleans up the cache keys "so different request shapes don\'t collide": each object is now cached once per shape, 16 shapes. 16:03 the latency alert fires; 16:06 the hit rate drops sharply.',
      setup: { scenario: () => presetScenario(presetById('deploy-2019')!), speed: 60 },
      predict: {
        kind: 'choice',
        question: 'Hit rate from the deploy to 16:20?',
        measure: { metric: 'hit_rate', fromS: DEPLOY_S, toS: at(21) },
        unit: PERCENT,
        choices: [
          { label: 'About 90%: it refills in a minute', min: 0.85 },
          { label: '50–85%', min: 0.5, max: 0.85 },
          { label: '30–50%', min: 0.3, max: 0.5 },
          { label: 'Under 30%', max: 0.3 },
        ],
        expected: 3,
      },
      explain:
        "About 22%, and it settles at 24%: what Che's approximation gives for a cache that must hold 16 copies of every object. The database answers all of it, slowly.",
      chart: 'hit',
      focus: ['goodput', 'hit', 'latency', 'failures'],
    },
    {
      id: 'p95',
      title: '16:05 rising tail latency',
      text: 'The report: P95 from ~200–350 ms to 1.0–1.8 s; ~3% of requests timed out at the peak.',
      predict: {
        kind: 'number',
        question: 'P95 latency during the incident (ms)?',
        measure: { metric: 'p95_ms', fromS: DEPLOY_S, toS: at(21) },
        unit: MS,
        tolerance: 0.25,
        slack: 50,
        expected: 1230,
      },
      explain:
        'About 1.2 s: most requests are now misses, and a miss is a heavy query. About 1% of attempts time out (3% in the worst seconds); the retry rescues nearly all of them.',
      chart: 'latency',
      focus: ['goodput', 'hit', 'latency', 'failures'],
    },
    {
      id: 'scale',
      title: '16:08 scale up',
      text: 'First mitigation: twice the application instances (twice the connections) and a larger database.',
      predict: {
        kind: 'choice',
        question: 'P95 from 16:09 to 16:20?',
        measure: { metric: 'p95_ms', fromS: at(10), toS: at(21) },
        unit: MS,
        choices: [
          { label: 'Back under 400 ms', max: 400 },
          { label: 'Better: 400 ms–1 s', min: 400, max: 1000 },
          { label: 'About the same: over 1 s', min: 1000 },
        ],
        expected: 2,
      },
      explain: 'Unchanged: DB CPU halves, but each miss is still a 450 ms query. "16:10 Scaling provides limited relief."',
      chart: 'latency',
      focus: ['hit', 'latency', 'dbcpu'],
    },
    {
      id: 'rollback',
      title: '16:20 rollback',
      text: 'The deploy is rolled back: requests use the old keys again.',
      predict: {
        kind: 'choice',
        question: 'Hit rate in the first minute after the rollback?',
        measure: { metric: 'hit_rate', fromS: at(21), toS: at(22) },
        unit: PERCENT,
        choices: [
          { label: 'Back above 85% at once', min: 0.85 },
          { label: '30–85%: refilling', min: 0.3, max: 0.85 },
          { label: 'Still under 30%', max: 0.3 },
        ],
        expected: 1,
      },
      explain:
        'About 44%, then above 90% six minutes later ("16:24 hit rate begins recovering, 16:26 database load stabilizes"): 21 minutes of new keys had pushed the old entries out, so the cache refills from the database.',
      chart: 'hit',
      focus: ['goodput', 'hit', 'latency', 'failures'],
    },
  ],
  tasks: [
    {
      id: 'canary',
      text: 'Follow-up "a canary stage that validates cache hit rate": turn on the Hit-rate canary before the deploy and keep hits above 85% through 16:20.',
      hint: 'Mitigations → Cache → Hit-rate canary, then Reset.',
      done: (ctx) => {
        const canary = firstMark(ctx.marks, (m) => m.label.startsWith('canary'));
        return canary !== undefined && hitsOver(ctx, canary.tS + 30, at(21)) > 0.85;
      },
    },
    {
      id: 'sooner',
      text: 'Follow-up "stop the bleeding first": roll back before 16:04, when the alert fires, and have hits above 85% by 16:10.',
      hint: 'Press "Roll back now" within 5 minutes of the deploy: the refill still takes minutes.',
      done: (ctx) => {
        const rollback = firstMark(ctx.marks, isType('rollback'));
        return rollback !== undefined && rollback.tS <= at(5) && hitsOver(ctx, at(10), at(11)) > 0.85;
      },
    },
  ],
  actions: [{ label: 'Roll back now', trigger: { type: 'rollback' } }],
};
