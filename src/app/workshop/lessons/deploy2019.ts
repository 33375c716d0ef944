/** The 2019 deploy postmortem: changed cache keys on a hot path, 27 minutes, fixed by rollback. */
import { presetById, presetScenario } from '../../../presets';
import { changes, firstMark, isType, lastMark, someRecoveredAfter, stuckAfter } from '../taskChecks';
import type { Lesson } from '../types';
import { MS, PERCENT } from './units';

const DEPLOY_S = 60;

export const deploy2019Lesson: Lesson = {
  id: 'deploy-2019',
  title: 'The 2019 deploy: new cache keys on a hot path',
  takeaway: 'A deploy can be a flush; a rollback works only while the old entries are cached and the database has room.',
  steps: [
    {
      id: 'deploy',
      title: 'The deploy',
      text: '200 req/s at 91% hits, P95 ~250 ms. At 1:00 a deploy changes the cache keys of 80% of the traffic. From the report: hits fell from 90–95% to under 30% for 27 minutes.',
      setup: { scenario: () => presetScenario(presetById('deploy-2019')!), speed: 60 },
      predict: {
        kind: 'choice',
        question: 'Hit rate during the incident (2:00–18:00)?',
        measure: { metric: 'hit_rate', fromS: 120, toS: 1080 },
        unit: PERCENT,
        choices: [
          { label: 'About 90%: it refills in a minute', min: 0.85 },
          { label: '50–85%', min: 0.5, max: 0.85 },
          { label: '30–50%', min: 0.3, max: 0.5 },
          { label: 'Under 30%', max: 0.3 },
        ],
        expected: 3,
      },
      explain: 'About 21%, for 17 minutes. The new keys refill only at the trickle of answers the saturated database delivers in time.',
      chart: 'hit',
      focus: ['goodput', 'hit', 'latency', 'failures'],
    },
    {
      id: 'p95',
      title: 'What users saw',
      text: 'The report: P95 from ~200–350 ms to 1.0–1.8 s.',
      predict: {
        kind: 'number',
        question: 'P95 latency of the answers that do arrive during the incident (ms)?',
        measure: { metric: 'p95_ms', fromS: 120, toS: 1080 },
        unit: MS,
        tolerance: 0.25,
        slack: 50,
        expected: 1190,
      },
      explain: 'About 1.2 s, and about 60% of requests fail after their retry. DB CPU at 100% throughout.',
      chart: 'latency',
      focus: ['goodput', 'hit', 'latency', 'failures'],
    },
    {
      id: 'rollback',
      title: 'The rollback',
      text: 'At 18:00 the deploy is rolled back: the old keys are in use again.',
      predict: {
        kind: 'choice',
        question: 'Hit rate after the rollback (19:00–27:00)?',
        measure: { metric: 'hit_rate', fromS: 1140, toS: 1620 },
        unit: PERCENT,
        choices: [
          { label: 'Back above 85%', min: 0.85 },
          { label: '60–85%', min: 0.6, max: 0.85 },
          { label: 'Still under 60%', max: 0.6 },
        ],
        expected: 0,
      },
      explain: 'About 88%, within a minute: the old entries were still in the LRU, and the database had room for the baseline misses. Export the postmortem draft (Evidence → Postmortem) to see the run as a timeline.',
      chart: 'hit',
      focus: ['goodput', 'hit', 'latency', 'failures'],
    },
  ],
  tasks: [
    {
      id: 'sooner',
      text: 'Roll back sooner: press “Roll back now” within 5 minutes of the deploy and be healthy within a minute.',
      hint: 'Reset and play at 10× to have time.',
      done: (ctx) => {
        const deploy = firstMark(ctx.marks, isType('deploy'));
        const start = deploy?.tS ?? DEPLOY_S;
        return someRecoveredAfter(ctx, (m) => m.trigger.type === 'rollback' && m.tS <= start + 300, 60, start);
      },
    },
    {
      id: 'no-headroom',
      text: 'A rollback is not always enough: cut DB capacity to 10 workers or fewer, then roll back and watch 60 s.',
      hint: 'Without headroom for the baseline misses, the queue of abandoned work outlives the rollback.',
      done: (ctx) => {
        const rollback = lastMark(ctx.marks, isType('rollback'));
        return rollback !== undefined && ctx.params.db.workers <= 10 && !firstMark(ctx.marks, changes('db', 'workers'), rollback.tS) && stuckAfter(ctx, isType('rollback'), 60);
      },
    },
  ],
  actions: [{ label: 'Roll back now', trigger: { type: 'rollback' } }],
};
