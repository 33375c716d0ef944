/**
 * Twitter 2022 (seed 002): an invalidation bug, a connection pool saturated for hours, and a recovery
 * that took load shedding plus a manual cache seed. The room applies the two fixes itself, one at a
 * time, and sees that each alone leaves the system stuck.
 */
import { presetById, presetScenario } from '../../../presets';
import { changes, firstMark, isType, lastMark, someRecoveredAfter, stuckAfter } from '../taskChecks';
import type { Lesson, TaskContext } from '../types';
import { PERCENT, REQ_S } from './units';

const BUG_S = 300;

/** The preset without its scripted fixes (the room applies them), half an hour long. */
function bugOnly() {
  const s = presetScenario(presetById('twitter-2022')!);
  return { ...s, durationS: 1800, events: s.events.filter((e) => e.type === 'flush') };
}

const shedding = changes('shedding', 'mode');
const seeded = isType('seed');
const has = (ctx: TaskContext, pred: Parameters<typeof firstMark>[1]) => firstMark(ctx.marks, pred) !== undefined;

export const twitter2022Lesson: Lesson = {
  id: 'twitter-2022',
  title: 'Twitter 2022: a saturated pool that needs two hands',
  takeaway:
    'A failed state with two sustaining effects needs both broken: shedding frees the queue, the seed refills the cache, neither alone brings the system back.',
  steps: [
    {
      id: 'bug',
      title: 'The invalidation bug',
      text: '2,000 req/s; the 2,000 hottest keys are feeds that take 200 ms to rebuild. At 5:00 a bug invalidates the cache: every feed is rebuilt at once through a pool of 256 connections on 32 cores. The report: the pool stayed saturated for 4 hours.',
      setup: { scenario: bugOnly, speed: 60 },
      predict: {
        kind: 'choice',
        question: 'Goodput as a share of demand from 10:00 to 25:00?',
        measure: { metric: 'goodput_rps', per: 'first_rps', fromS: 600, toS: 1500 },
        unit: PERCENT,
        choices: [
          { label: 'Back above 90%: the cache refills', min: 0.9 },
          { label: '40–90%', min: 0.4, max: 0.9 },
          { label: 'Under 40%, and staying there', max: 0.4 },
        ],
        expected: 2,
      },
      explain: 'About 32%: only the few hits that survive are served. Every rebuild finishes after its caller gave up, so nothing refills the cache.',
      chart: 'goodput',
      focus: ['goodput', 'hit', 'dbcpu', 'latency'],
    },
    {
      id: 'pool',
      title: 'A full pool does less',
      text: '32 cores at 20 ms a query could complete 1,600 queries/s.',
      predict: {
        kind: 'number',
        question: 'Queries completed per second while the pool is full (10:00–25:00)?',
        measure: { metric: 'db_rps', fromS: 600, toS: 1500 },
        unit: REQ_S,
        tolerance: 0.3,
        slack: 20,
        expected: 78,
      },
      explain:
        'Under 100: 256 queries share 32 cores and contend with each other, so each takes seconds, longer than the 1 s timeout. The pool is busy and useful work is near zero.',
      chart: 'dbcpu',
      focus: ['goodput', 'dbcpu', 'latency', 'failures'],
    },
  ],
  tasks: [
    {
      id: 'shed-alone',
      text: 'Turn on load shedding alone (Shed on queue delay) and watch 5 minutes: does the pool recover?',
      hint: 'Shedding empties the queue, but the pool stays full of slow rebuilds.',
      done: (ctx) => !has(ctx, seeded) && stuckAfter(ctx, shedding, 300, BUG_S),
    },
    {
      id: 'seed-alone',
      text: 'Reset, then seed the 2,000 hottest keys alone and watch 5 minutes.',
      hint: 'The seeded feeds are hits, but the queue of abandoned work still outruns the pool.',
      done: (ctx) => !has(ctx, shedding) && stuckAfter(ctx, seeded, 300, BUG_S),
    },
    {
      id: 'both',
      text: 'Apply both, as Twitter did, and be healthy within 2 minutes of the second.',
      hint: 'Shed on queue delay, then Seed (or the other way round).',
      done: (ctx) => {
        const shed = lastMark(ctx.marks, shedding);
        const seed = lastMark(ctx.marks, seeded);
        if (!shed || !seed) return false;
        const second = Math.max(shed.tS, seed.tS);
        return someRecoveredAfter(ctx, (m) => m.tS === second && (shedding(m) || seeded(m)), 120);
      },
    },
  ],
  actions: [
    { label: 'Shed on queue delay', trigger: { type: 'set', changes: { shedding: { mode: 'queue-delay', maxQueueDelayMs: 200 } } } },
    { label: 'Seed hottest 2,000 keys', trigger: { type: 'seed', hottest: 2000 } },
  ],
};
