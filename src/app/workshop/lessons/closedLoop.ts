/** Why closed-loop benchmarks miss it: clients that wait never build the queue that open-loop users do. */
import { presetById } from '../../../presets';
import { toScenario } from '../../../presets/document';
import { lastMark, isType } from '../taskChecks';
import { recoveredWithin } from '../frameQuery';
import type { Lesson } from '../types';
import { PERCENT, REQ_S } from './units';

const closed = () => presetById('closed-loop-benchmark')!.scenario;

export const closedLoopLesson: Lesson = {
  id: 'closed-loop',
  title: 'Why closed-loop benchmarks miss it',
  takeaway: 'A benchmark whose clients wait for answers slows down with the system; real users keep arriving.',
  steps: [
    {
      id: 'benchmark',
      title: 'The benchmark',
      text: '300 clients, each waiting for its answer and thinking 100 ms: ~2,900 req/s while warm — the HotOS cache and database. At 1:00 the cache is flushed.',
      setup: { scenario: () => toScenario(closed()), speed: 60 },
      predict: {
        kind: 'choice',
        question: 'From 2:00 on, what share of demand does the benchmark see answered?',
        measure: { metric: 'goodput_rps', per: 'first_rps', fromS: 120, toS: 300 },
        unit: PERCENT,
        choices: [
          { label: 'All of it', min: 0.95 },
          { label: 'About half', min: 0.3, max: 0.95 },
          { label: 'Next to nothing', max: 0.3 },
        ],
        expected: 0,
      },
      explain: 'All of it. The report would say the flush is harmless.',
      chart: 'goodput',
      focus: ['goodput', 'hit', 'queue', 'latency'],
    },
    {
      id: 'slowdown',
      title: 'The benchmark slows down',
      text: 'A waiting client sends nothing. The podcast calls such benchmarks "unrealistically kind".',
      predict: {
        kind: 'number',
        question: 'Lowest request rate the benchmark sends in the 30 s after the flush (req/s)?',
        measure: { metric: 'first_rps', agg: 'min', fromS: 60, toS: 90 },
        unit: REQ_S,
        tolerance: 0.3,
        slack: 100,
        expected: 994,
      },
      explain:
        'About 1,000 req/s: the load fell with the database. At most 300 queries can queue (0.75 s of work), inside the 1 s timeout: nothing times out, every answer refills the cache.',
      chart: 'goodput',
      focus: ['goodput', 'hit', 'queue', 'latency'],
    },
    {
      id: 'open',
      title: 'Real users do not wait',
      text: 'Same cache, database and flush, with 2,900 req/s arriving open-loop: users keep coming whatever the system does.',
      setup: {
        scenario: () =>
          toScenario({ ...closed(), title: 'The same flush, open loop at 2,900 req/s', workload: { mode: 'open', rps: 2900, keys: 100_000, zipf: 1.1 } }),
        speed: 60,
      },
      predict: {
        kind: 'choice',
        question: 'From 2:00 on, what share of demand is answered now?',
        measure: { metric: 'goodput_rps', per: 'first_rps', fromS: 120, toS: 300 },
        unit: PERCENT,
        choices: [
          { label: 'All of it', min: 0.95 },
          { label: 'About half', min: 0.3, max: 0.95 },
          { label: 'Next to nothing', max: 0.3 },
        ],
        expected: 1,
      },
      explain: 'About 56%, for good: a metastable failure the benchmark could not show. Test with open-loop load at production rates.',
      chart: 'goodput',
      focus: ['goodput', 'hit', 'queue', 'latency'],
    },
  ],
  tasks: [
    {
      id: 'open-bad-minute',
      text: 'In the open-loop run, find a load at which a flush is only a bad minute: recovered within 60 s of a flush.',
      hint: 'Reset, lower Load before the flush at 1:00 (or press F later). In this model 1,000 req/s recovers, 1,500 does not.',
      done: (ctx) => {
        const flush = lastMark(ctx.marks, isType('flush'));
        return ctx.params.workload.mode === 'open' && flush !== undefined && recoveredWithin(ctx.frames, flush.tS, 60);
      },
    },
  ],
};
