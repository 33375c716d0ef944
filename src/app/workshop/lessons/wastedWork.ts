/** Wasted work: no retries at all, and a deep queue still keeps the system down. */
import { presetById, presetScenario } from '../../../presets';
import { recoveredAt } from '../frameQuery';
import type { Mark } from '../../../sim/api';
import { firstMark, isType, setValue, someRecoveredAfter } from '../taskChecks';
import type { Lesson } from '../types';
import { PERCENT, SECONDS } from './units';

export const wastedWorkLesson: Lesson = {
  id: 'wasted-work',
  title: 'Wasted work: a deep queue serves callers who already left',
  takeaway: 'A queue longer than the timeout turns every answer into waste; retries are not needed for that.',
  steps: [
    {
      id: 'no-retries',
      title: 'Retries off',
      text: 'The HotOS example with retries turned off: no retry storm, load stays at 3,000 req/s. The cache is flushed at 2:30.',
      setup: { scenario: () => presetScenario(presetById('deep-queue-no-retries')!), speed: 60 },
      predict: {
        kind: 'choice',
        question: 'Without retries, does goodput come back (6:40–8:00)?',
        measure: { metric: 'goodput_rps', per: 'first_rps', fromS: 400, toS: 480 },
        unit: PERCENT,
        choices: [
          { label: 'Yes: back at demand', min: 0.95 },
          { label: 'Mostly: 70–95% of demand', min: 0.7, max: 0.95 },
          { label: 'Stuck around half', min: 0.3, max: 0.7 },
          { label: 'Nothing gets through', max: 0.3 },
        ],
        expected: 2,
      },
      explain: 'Stuck at 57% of demand — exactly the share the cache still answers. None of the database’s answers count.',
      chart: 'goodput',
      focus: ['goodput', 'hit', 'dbcpu', 'queue'],
    },
    {
      id: 'waste',
      title: 'Where the database’s time goes',
      text: 'The database runs flat out. Look at the dashed line on DB CPU.',
      predict: {
        kind: 'choice',
        question: 'What share of its completed queries reach nobody?',
        measure: { metric: 'wasted_rps', per: 'db_rps', fromS: 400, toS: 480 },
        unit: PERCENT,
        choices: [
          { label: 'Under 10%', max: 0.1 },
          { label: 'About half', min: 0.1, max: 0.9 },
          { label: 'Nearly all', min: 0.9 },
        ],
        expected: 2,
      },
      explain: 'All of them: 400 answers/s, each for a caller who left. The cache is only filled while the caller waits, so it never refills either.',
      chart: 'dbcpu',
      focus: ['goodput', 'dbcpu', 'queue', 'latency'],
    },
    {
      id: 'wait',
      title: 'How deep is the queue?',
      text: '5,000 queries can wait; the database completes 400 a second.',
      predict: {
        kind: 'number',
        question: 'How long does a query wait in the queue before a worker takes it (seconds)?',
        measure: { metric: 'db_wait_ms', fromS: 400, toS: 480 },
        unit: SECONDS,
        tolerance: 0.2,
        slack: 500,
        expected: 12_400,
      },
      explain:
        'About 12 s — twelve timeouts long. Anything that keeps waits under the timeout breaks the loop: shedding, a short queue bound, LIFO, deadline propagation.',
      chart: 'latency',
      focus: ['goodput', 'queue', 'latency', 'dbcpu'],
    },
  ],
  tasks: [
    {
      id: 'no-capacity',
      text: 'Break the loop without adding database capacity or retries: goodput back at demand after the flush.',
      hint: 'Load shedding, or the button that shortens the queue.',
      done: (ctx) => {
        const flush = firstMark(ctx.marks, isType('flush'));
        return (
          flush !== undefined &&
          ctx.params.db.workers <= ctx.scenario.db.workers &&
          ctx.params.client.retries === 0 &&
          recoveredAt(ctx.frames, flush.tS + 10) > 0
        );
      },
    },
    {
      id: 'short-queue',
      text: 'Shorten the queue to 300 mid-storm and recover within 60 s.',
      hint: '300 queries are 0.75 s of work: waits fall under the 1 s timeout.',
      done: (ctx) => {
        const flush = firstMark(ctx.marks, isType('flush'));
        const short = (m: Mark) => Number(setValue(m, 'db', 'queueLimit') ?? Infinity) <= 300;
        return flush !== undefined && someRecoveredAfter(ctx, short, 60, flush.tS);
      },
    },
  ],
  actions: [{ label: 'Shorten the queue to 300', trigger: { type: 'set', changes: { db: { queueLimit: 300 } } } }],
};
