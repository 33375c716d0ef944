/**
 * Cloudflare 2024 (seed 002): coalescing rolled out; a bug let requests for the same key bypass it
 * during a deploy window, and the origin saw load in proportion; a guard flag disabled the rollout.
 * The tasks flip the guard sooner and add a second layer (stale serving) that hides the bug.
 */
import { presetById, presetScenario } from '../../../presets';
import type { Mark } from '../../../sim/api';
import { measure } from '../frameQuery';
import { setValue } from '../taskChecks';
import type { Lesson, TaskContext } from '../types';
import { PERCENT, PERCENT_1 } from './units';

const BUG_S = 300;
const GUARD_S = 600;
/** The coalesced origin load is ~60 fetches/s; under this the bug is not reaching the origin. */
const COALESCED_LINE = 75;

const live = (field: 'coalesceBypass' | 'staleMs', on: boolean) => (m: Mark) => {
  const v = setValue(m, 'cache', field);
  return m.source === 'live' && m.tS > BUG_S && m.tS < GUARD_S && v !== undefined && (v !== 0) === on;
};
/** Mean origin fetches/s over the minute that starts 30 s after the mark, once it has run. */
function originAfter(ctx: TaskContext, m: Mark): number {
  const f = ctx.frames;
  if (f.length === 0 || f.timeS(f.length - 1) < m.tS + 90) return NaN;
  return measure(f, { metric: 'db_rps', fromS: m.tS + 30, toS: m.tS + 90 });
}

export const cloudflare2024Lesson: Lesson = {
  id: 'cloudflare-2024',
  title: 'Cloudflare 2024: coalescing defeated during a deploy window',
  takeaway: 'A protection that is on is not a protection that works: watch what it saves (misses that wait) and keep a flag that turns a rollout off at once.',
  steps: [
    {
      id: 'rollout',
      title: 'Coalescing rolled out',
      text: '5,000 req/s over 500 objects, each a 500 ms origin fetch, living 10 s. With coalescing, the misses for an object that is already being fetched wait for that one fetch.',
      setup: { scenario: () => presetScenario(presetById('cloudflare-2024')!), speed: 10 },
      predict: {
        kind: 'number',
        question: 'Origin busy (DB CPU) before the deploy window?',
        measure: { metric: 'db_util', fromS: 10, toS: BUG_S },
        unit: PERCENT_1,
        tolerance: 0.3,
        slack: 0.002,
        expected: 0.0061,
      },
      explain: 'About 0.6%: ~60 fetches a second, one per expiring object, while ~310 misses a second wait for a fetch already in flight.',
      chart: 'dbcpu',
      focus: ['dbcpu', 'hit', 'latency'],
    },
    {
      id: 'bypass',
      title: '5:00 deploy window: requests bypass coalescing',
      text: 'A bug in the deploy lets every miss fetch from the origin itself, even when a fetch for the same object is in flight.',
      predict: {
        kind: 'choice',
        question: 'Origin busy (DB CPU) during the window?',
        measure: { metric: 'db_util', fromS: BUG_S + 10, toS: GUARD_S },
        unit: PERCENT_1,
        choices: [
          { label: 'About the same: under 1%', max: 0.01 },
          { label: '2–4× as busy: 1–2.5%', min: 0.01, max: 0.025 },
          { label: 'About 6× as busy: over 2.5%', min: 0.025 },
        ],
        expected: 2,
      },
      explain:
        'About 3.5%, ~350 fetches a second: the ~60 fetches plus all the misses that used to wait, in proportion to how many requests arrive during one fetch. No request fails and latency hardly moves: only the origin notices.',
      chart: 'dbcpu',
      focus: ['dbcpu', 'latency', 'failures'],
    },
    {
      id: 'guard',
      title: '10:00 the guard flag disables the rollout',
      text: 'The team flips a guard flag that turns the bypass off until the bug is patched.',
      predict: {
        kind: 'choice',
        question: 'Share of requests that failed in the window, and after?',
        measure: { metric: 'failed_rps', per: 'first_rps', fromS: BUG_S, toS: 1200 },
        unit: PERCENT,
        choices: [
          { label: 'None (under 0.1%)', max: 0.001 },
          { label: '0.1–5%', min: 0.001, max: 0.05 },
          { label: 'Over 5%', min: 0.05 },
        ],
        expected: 0,
      },
      explain:
        'None: the origin had room for six times its coalesced load, so the bug cost only origin work, and the guard flag brings it back to ~60 fetches/s at once. An origin sized for the coalesced load would have failed.',
      chart: 'dbcpu',
      focus: ['dbcpu', 'failures', 'goodput'],
    },
  ],
  tasks: [
    {
      id: 'guard-sooner',
      text: 'Follow-up: flip the guard flag within 2 minutes of the bug (by 7:00) and have the origin back at its coalesced load (DB CPU under 0.75%, ~75 fetches/s).',
      hint: 'Press "Guard flag" between 5:00 and 7:00.',
      done: (ctx) => {
        const m = ctx.marks.find(live('coalesceBypass', false));
        return m !== undefined && m.tS <= BUG_S + 120 && originAfter(ctx, m) < COALESCED_LINE;
      },
    },
    {
      id: 'stale-layer',
      text: 'Reset, and with the bug still on add a second layer: stale-while-revalidate. Does the origin still see the bug?',
      hint: 'Mitigations → Cache → Stale-while-revalidate between 5:00 and 8:30, no guard flag: expired objects are served while one background fetch runs.',
      done: (ctx) => {
        if (ctx.marks.some(live('coalesceBypass', false))) return false;
        const m = ctx.marks.find(live('staleMs', true));
        return m !== undefined && m.tS + 90 <= GUARD_S && originAfter(ctx, m) < COALESCED_LINE;
      },
    },
  ],
  actions: [{ label: 'Guard flag', trigger: { type: 'set', changes: { cache: { coalesceBypass: 0 } } } }],
};
