/** The herd effect: one flush, and a database sized for the cache's leftovers meets all the traffic. */
import { presetById, presetScenario } from '../../../presets';
import { firstMark, isType, setValue, someRecoveredAfter } from '../taskChecks';
import type { Lesson, TaskContext } from '../types';
import { PERCENT, REQ_S } from './units';

const hotos = () => presetScenario(presetById('hotos-lookaside')!);

/** Queue-delay shedding switched on (at least `minMs`) some time after the first flush. */
const shedAfterFlush = (minMs: number) => (ctx: TaskContext) => {
  const flush = firstMark(ctx.marks, isType('flush'));
  if (!flush) return false;
  return someRecoveredAfter(
    ctx,
    (m) => setValue(m, 'shedding', 'mode') === 'queue-delay' && Number(setValue(m, 'shedding', 'maxQueueDelayMs') ?? 0) >= minMs,
    60,
    flush.tS,
  );
};

export const herdLesson: Lesson = {
  id: 'herd',
  title: 'The herd effect: a flush meets a database sized for the leftovers',
  takeaway: 'The cache is a load-bearing wall: the database was sized for its misses, not for the traffic.',
  steps: [
    {
      id: 'flush',
      title: 'One flush',
      text: '3,000 req/s; the cache answers 89% of them, so a database good for 400 queries/s sees ~330/s. At 2:30 the cache is flushed — once, in an instant. Everything else stays the same.',
      setup: { scenario: hotos, speed: 60 },
      predict: {
        kind: 'choice',
        question: 'Five minutes after the flush (7:30–10:00), what share of demand gets an answer in time?',
        measure: { metric: 'goodput_rps', per: 'first_rps', fromS: 450, toS: 600 },
        unit: PERCENT,
        choices: [
          { label: 'All of it: a dip, then the cache refills', min: 0.95 },
          { label: 'About three quarters', min: 0.7, max: 0.95 },
          { label: 'About half', min: 0.3, max: 0.7 },
          { label: 'Next to nothing', max: 0.3 },
        ],
        expected: 2,
      },
      explain:
        'Goodput stays near 57% of demand (the 3,000 req/s users send) for the rest of the run — a quarter of the 6,800 attempts/s, retries included, that reach the system. The hottest keys still hit; everything else waits behind a full queue of 5,000 queries — 12 s of work against a 1 s timeout. The flush is long over; the failure is not.',
      chart: 'goodput',
      focus: ['goodput', 'hit', 'queue', 'latency'],
    },
    {
      id: 'herd',
      title: 'The herd',
      text: 'Every request that missed timed out and came back, up to three more times.',
      predict: {
        kind: 'number',
        question: 'How many attempts per second reach the system five minutes after the flush (first attempts plus retries)?',
        measure: { metric: 'offered_rps', fromS: 450, toS: 600 },
        unit: REQ_S,
        tolerance: 0.2,
        slack: 100,
        expected: 6840,
      },
      explain:
        'About 6,800 attempts/s: 3,000 new requests and ~3,800 retries, against a database that completes 400 queries/s. Retries are new load, and they arrive exactly when there is no room for them.',
      chart: 'failures',
      focus: ['goodput', 'failures', 'queue', 'latency'],
    },
    {
      id: 'refill',
      title: 'Why the cache never refills',
      text: 'The cache is filled from the database’s answer — but only while a caller still waits for it.',
      predict: {
        kind: 'choice',
        question: 'What is the hit rate five minutes after the flush (warm: 89%)?',
        measure: { metric: 'hit_rate', fromS: 450, toS: 600 },
        unit: PERCENT,
        choices: [
          { label: 'Back near 89%', min: 0.8 },
          { label: 'About half', min: 0.4, max: 0.8 },
          { label: 'About a quarter', min: 0.15, max: 0.4 },
          { label: 'Near zero', max: 0.15 },
        ],
        expected: 2,
      },
      explain:
        'About 25%. Answers arrive 12 s after their callers left, so almost none refill the cache; the misses keep the database saturated. The minimum queue wait over 10 s crossed its 100 ms threshold shortly after the flush and never came back down: the characteristic metric on the latency chart.',
      chart: 'hit',
      focus: ['goodput', 'hit', 'dbcpu', 'latency'],
    },
  ],
  tasks: [
    {
      id: 'shed',
      text: 'Break the loop: after the flush, turn on Load shedding and get goodput back to demand within 60 s.',
      hint: 'Any threshold on the Load shedding slider; watch the queue drain.',
      done: shedAfterFlush(1),
    },
    {
      id: 'shed-gently',
      text: 'Shed as little as you can: recover within 60 s with a threshold of 500 ms or more.',
      hint: 'Try 1,000 ms too: it also recovers, but (in this model) takes longer than a minute.',
      done: shedAfterFlush(500),
    },
  ],
};
