/**
 * Coordinated omission (seed 000): latency measured only over the requests that succeed. The HotOS
 * flush read two ways, p99 of delivered answers against p99 over every request (p99_all_ms, a
 * failure counted when its caller gave up). The tasks judge a fix by the users' number.
 */
import { presetById, presetScenario } from '../../../presets';
import type { Mark } from '../../../sim/api';
import { measure } from '../frameQuery';
import { setValue } from '../taskChecks';
import type { Lesson, TaskContext } from '../types';
import { MS } from './units';

const FLUSH_S = 60;

/** Mean of a latency column over the minute that starts a minute after the mark, once it has run. */
function latencyAfter(ctx: TaskContext, m: Mark, metric: 'p99_ms' | 'p99_all_ms'): number {
  const f = ctx.frames;
  if (f.length === 0 || f.timeS(f.length - 1) < m.tS + 120) return NaN;
  return measure(f, { metric, fromS: m.tS + 60, toS: m.tS + 120 });
}
const liveAfterFlush = (m: Mark) => m.source === 'live' && m.tS > FLUSH_S;

export const coordinatedOmissionLesson: Lesson = {
  id: 'coordinated-omission',
  title: 'Coordinated omission: the p99 of what succeeded',
  takeaway:
    'A latency figure that leaves out the requests that failed improves as the system dies; measure open-loop, over every request, failures counted when their caller gave up.',
  steps: [
    {
      id: 'warm',
      title: 'Warm: both measures agree',
      text: '3,000 req/s of open-loop users, a warm cache, 8 database workers. The lab draws two p99 lines: over delivered answers (what a dashboard of successes shows) and over all requests.',
      setup: { scenario: () => presetScenario(presetById('coordinated-omission')!), speed: 10 },
      predict: {
        kind: 'number',
        question: 'p99 latency of delivered answers before the flush (ms)?',
        measure: { metric: 'p99_ms', fromS: 10, toS: FLUSH_S },
        unit: MS,
        tolerance: 0.3,
        slack: 10,
        expected: 55,
      },
      explain: 'About 55 ms, the same over all requests: nothing fails, so the two lines lie on each other.',
      chart: 'latency',
      focus: ['latency', 'goodput', 'failures'],
    },
    {
      id: 'dashboard',
      title: '1:00 flush: what the dashboard shows',
      text: 'The cache is flushed and the retry storm begins, as in the herd lesson.',
      predict: {
        kind: 'choice',
        question: 'p99 of delivered answers from 2:00 to 5:00?',
        measure: { metric: 'p99_ms', fromS: 120, toS: 300 },
        unit: MS,
        choices: [
          { label: 'Over 1 s: the meltdown shows', min: 1000 },
          { label: '50 ms–1 s', min: 50, max: 1000 },
          { label: 'About 55 ms: unchanged', min: 10, max: 50 },
          { label: 'Under 10 ms: faster than before', max: 10 },
        ],
        expected: 3,
      },
      explain:
        'About 1 ms: only cache hits still get through in time, and a hit is fast. Every query that would be slow times out and drops out of the figure, so the dashboard shows a speed-up.',
      chart: 'latency',
      focus: ['latency', 'goodput', 'failures'],
    },
    {
      id: 'users',
      title: 'What the users got',
      text: 'Now count every request, a failure at the moment its caller gave up (after its last retry).',
      predict: {
        kind: 'number',
        question: 'p99 over all requests from 2:00 to 5:00 (ms)?',
        measure: { metric: 'p99_all_ms', fromS: 120, toS: 300 },
        unit: MS,
        tolerance: 0.25,
        slack: 100,
        expected: 2266,
      },
      explain:
        'About 2.3 s, and ~40% of requests fail: the users wait through the timeout and the retries, then give up. The same outage, three orders of magnitude apart.',
      chart: 'latency',
      focus: ['latency', 'failures', 'goodput'],
    },
  ],
  tasks: [
    {
      id: 'users-p99',
      text: 'Fix the outage and judge the fix by the users: after the flush, make one change that brings p99 over all requests under 100 ms within two minutes.',
      hint: 'Mitigations → Gateway → Queue-delay shedding refuses the work nobody will wait for.',
      done: (ctx) => ctx.marks.some((m) => liveAfterFlush(m) && latencyAfter(ctx, m, 'p99_all_ms') < 100),
    },
    {
      id: 'retries-off',
      text: "Reset, and after the flush set retries to 0: the users' p99 falls to about the timeout, still a meltdown, while the delivered p99 stays under 10 ms.",
      hint: 'Client → retries 0 after 1:00; compare the two latency lines a minute later.',
      done: (ctx) =>
        ctx.marks.some((m) => {
          if (!liveAfterFlush(m) || setValue(m, 'client', 'retries') !== 0) return false;
          const all = latencyAfter(ctx, m, 'p99_all_ms');
          return all > 500 && all < 1500 && latencyAfter(ctx, m, 'p99_ms') < 10;
        }),
    },
  ],
};
