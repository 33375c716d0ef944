/** Advertised vs hidden capacity: what the system serves warm, and what it serves cold. */
import { presetById } from '../../../presets';
import { toScenario } from '../../../presets/document';
import { changes, firstMark, isType, lastMark, someRecoveredAfter } from '../taskChecks';
import { recoveredWithin } from '../frameQuery';
import type { Lesson, TaskContext } from '../types';
import { MS, PERCENT } from './units';

const badMinute = () => presetById('bad-minute')!.scenario;

/** A flush at a database of at most `maxWorkers`, unchanged since, recovered within 60 s. */
function badMinuteAt(maxWorkers: number) {
  return (ctx: TaskContext) => {
    const flush = lastMark(ctx.marks, isType('flush'));
    if (!flush || ctx.params.db.workers > maxWorkers) return false;
    if (firstMark(ctx.marks, changes('db', 'workers'), flush.tS)) return false;
    return recoveredWithin(ctx.frames, flush.tS, 60);
  };
}

export const capacityLesson: Lesson = {
  id: 'capacity',
  title: 'Advertised vs hidden capacity',
  takeaway: 'Size the database for a cold cache (hidden capacity), not for what the warm system serves (advertised).',
  steps: [
    {
      id: 'idle',
      title: 'A database that looks oversized',
      text: 'The same 3,000 req/s, but the database has 80 workers: 4,000 queries/s, enough to serve every request with no cache at all.',
      setup: { scenario: () => toScenario(badMinute()), speed: 60 },
      predict: {
        kind: 'number',
        question: 'While the cache is warm (0:10–1:00), how busy is this database (DB CPU, %)?',
        measure: { metric: 'db_util', fromS: 10, toS: 60 },
        unit: PERCENT,
        tolerance: 0.25,
        slack: 0.03,
        expected: 0.08,
      },
      explain:
        'About 8%. A capacity review would cut it to a tenth — and the warm system would still look healthy. With the HotOS database (8 workers, 400 queries/s) advertised capacity is 400 / (1 − 0.89) ≈ 3,700 req/s; hidden capacity, what it serves cold, is 400.',
      chart: 'dbcpu',
      focus: ['goodput', 'hit', 'dbcpu', 'latency'],
    },
    {
      id: 'bad-minute',
      title: 'The flush, with hidden capacity to spare',
      text: 'At 1:00 the cache is flushed.',
      predict: {
        kind: 'choice',
        question: 'Worst P95 latency in the 30 s after the flush?',
        measure: { metric: 'p95_ms', agg: 'max', fromS: 60, toS: 90 },
        unit: MS,
        choices: [
          { label: 'Under 100 ms', max: 100 },
          { label: '100 ms to 1 s', min: 100, max: 1000 },
          { label: 'Over 1 s: timeouts', min: 1000 },
        ],
        expected: 0,
      },
      explain: 'About 40 ms (from 15). Hits dip to 60% and are back within a minute: a bad minute, not an outage.',
      chart: 'latency',
      focus: ['goodput', 'hit', 'dbcpu', 'latency'],
    },
    {
      id: 'twice',
      title: 'Twice the HotOS database',
      text: 'Now 16 workers: 800 queries/s, twice the HotOS database, a fifth of this one. Same flush at 1:00.',
      setup: {
        scenario: () =>
          toScenario({ ...badMinute(), title: 'Advertised vs hidden capacity: 16 workers', db: { workers: 16, serviceMs: 20, queueLimit: 5000 } }),
        speed: 60,
      },
      predict: {
        kind: 'choice',
        question: 'Goodput as a share of demand, 2 to 5 minutes after the flush (3:20–6:00)?',
        measure: { metric: 'goodput_rps', per: 'first_rps', fromS: 200, toS: 360 },
        unit: PERCENT,
        choices: [
          { label: 'Back at demand: a bad minute', min: 0.95 },
          { label: 'Stuck below demand', min: 0.5, max: 0.95 },
          { label: 'Collapsed below half', max: 0.5 },
        ],
        expected: 1,
      },
      explain: 'Stuck near 71% for good. Between 800 and 4,000 queries/s lies a threshold; below it the same flush never ends.',
      chart: 'goodput',
      focus: ['goodput', 'hit', 'queue', 'latency'],
    },
  ],
  tasks: [
    {
      id: 'smallest',
      text: 'Find a database small enough to tempt a capacity review and big enough for a cold cache: a flush recovered within 60 s with at most 24 workers (1,200 queries/s).',
      hint: 'Reset (R), pause, set DB capacity, play and let the flush at 1:00 happen — or press F. In this model 20 workers do it; 16 stay stuck.',
      done: badMinuteAt(24),
    },
    {
      id: 'add-capacity',
      text: 'In the stuck 16-worker run, add DB capacity mid-storm until goodput is back within 60 s.',
      hint: 'Here 60 workers (3,000 queries/s) bring it back. The same 60 workers do not rescue the stuck 8-worker HotOS run: the deeper its hole, the bigger the push it needs.',
      done: (ctx) => someRecoveredAfter(ctx, changes('db', 'workers'), 60, (firstMark(ctx.marks, isType('flush'))?.tS ?? Infinity) + 30),
    },
  ],
};
