/** Retries as the sustaining effect: the HotOS '21 example of a 10 s outage and one retry. */
import { presetById, presetScenario } from '../../../presets';
import { changes, someRecoveredAfter, stuckAfter } from '../taskChecks';
import type { Lesson } from '../types';
import { PERCENT, REQ_S } from './units';

/** The outage ends at 70 s; what happens after it is the sustaining effect's doing. */
const OUTAGE_END_S = 70;

export const retriesLesson: Lesson = {
  id: 'retries',
  title: 'Retries: the trigger ends, the load stays',
  takeaway: 'Retries turn a 10-second outage into a permanent one when they push load past capacity.',
  steps: [
    {
      id: 'outage',
      title: 'A 10-second outage',
      text: 'No cache: 280 req/s on a database good for 300 queries/s — busy but fine, P95 ~340 ms. At 1:00 the database is unreachable for 10 s. Clients time out after 1 s and retry once.',
      setup: { scenario: () => presetScenario(presetById('hotos-retries')!), speed: 60 },
      predict: {
        kind: 'choice',
        question: 'The database is back at 1:10. What is goodput a minute later (2:10–3:10)?',
        measure: { metric: 'goodput_rps', fromS: 130, toS: 190 },
        unit: REQ_S,
        choices: [
          { label: 'All 280 req/s', min: 250 },
          { label: 'Some: 100–250 req/s', min: 100, max: 250 },
          { label: 'A little: 10–100 req/s', min: 10, max: 100 },
          { label: 'Next to nothing', max: 10 },
        ],
        expected: 3,
      },
      explain: 'Zero, for the rest of the run. Nothing is broken any more; the database is busy all the time — with work nobody waits for.',
      chart: 'goodput',
      focus: ['goodput', 'failures', 'queue', 'dbcpu'],
    },
    {
      id: 'doubling',
      title: 'Twice the load, for good',
      text: 'Every request now times out once and is sent again.',
      predict: {
        kind: 'number',
        question: 'How many attempts per second does the database get a minute after the outage?',
        measure: { metric: 'offered_rps', fromS: 130, toS: 190 },
        unit: REQ_S,
        tolerance: 0.15,
        slack: 20,
        expected: 560,
      },
      explain:
        '560/s: 280 first attempts and 280 retries, on a 300/s database. The queue grows until every answer is later than the timeout, so every attempt fails, so every request retries: the loop sustains itself.',
      chart: 'failures',
      focus: ['goodput', 'failures', 'queue', 'latency'],
    },
    {
      id: 'wasted',
      title: 'Busy for no one',
      text: 'The database does not know that its callers left.',
      predict: {
        kind: 'choice',
        question: 'What share of the database’s completed queries are thrown away because their caller already gave up?',
        measure: { metric: 'wasted_rps', per: 'db_rps', fromS: 130, toS: 190 },
        unit: PERCENT,
        choices: [
          { label: 'Under 10%', max: 0.1 },
          { label: 'About half', min: 0.1, max: 0.9 },
          { label: 'Nearly all', min: 0.9 },
        ],
        expected: 2,
      },
      explain:
        'All of them. DB CPU reads 100% — a dashboard would call the database healthy and busy. The paper: "the root cause is the sustaining effect, not the trigger".',
      chart: 'dbcpu',
      focus: ['goodput', 'dbcpu', 'queue', 'failures'],
    },
  ],
  tasks: [
    {
      id: 'no-retries',
      text: 'Test the obvious fix: after the outage, set Retries to 0 and watch 60 s. Does it come back?',
      hint: 'It does not: the queue already holds more than a timeout’s worth of work.',
      done: (ctx) => ctx.params.client.retries === 0 && stuckAfter(ctx, changes('client', 'retries'), 60, OUTAGE_END_S),
    },
    {
      id: 'less-load',
      text: 'Bring it back without touching the database: lower the Load after the outage until goodput returns.',
      hint: 'In this model 150 req/s is not enough within the run; 100 req/s comes back in about a minute.',
      done: (ctx) => someRecoveredAfter(ctx, changes('workload', 'rps'), 120, OUTAGE_END_S),
    },
  ],
};
