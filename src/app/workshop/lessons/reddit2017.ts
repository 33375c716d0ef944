/**
 * Reddit 2017 (seed 002): a feed-cache change shipped without single-flight; DB peaks of ~3× at
 * every TTL boundary; paged on DB CPU 30 minutes after the deploy, rolled back within the hour. The
 * tasks apply the stampede defences one at a time and check which of them ends the peaks.
 */
import { presetById, presetScenario } from '../../../presets';
import type { Mark } from '../../../sim/api';
import { measure } from '../frameQuery';
import { setValue } from '../taskChecks';
import type { Lesson, TaskContext } from '../types';
import { PERCENT } from './units';

/** The deploy, 5 minutes into the preset's run; the report's times are minutes after it. */
const DEPLOY_S = 300;
const at = (minutes: number) => DEPLOY_S + minutes * 60;
const ROLLBACK_S = at(55);
/** The highest DB CPU of the quiet minutes before the deploy is ~5%; a peak over this is a stampede. */
const PEAK_LINE = 0.065;

const liveSet = (field: 'coalesce' | 'ttlJitter' | 'xfetchBeta') => (m: Mark) => {
  const v = setValue(m, 'cache', field);
  return m.source === 'live' && m.tS > DEPLOY_S && m.tS < ROLLBACK_S - 240 && v !== undefined && v !== false && v !== 0;
};
const peakAfter = (ctx: TaskContext, m: Mark) => measure(ctx.frames, { metric: 'db_util', agg: 'max', fromS: m.tS + 120, toS: m.tS + 240 });
const coveredTo = (ctx: TaskContext, tS: number) => ctx.frames.length > 0 && ctx.frames.timeS(ctx.frames.length - 1) >= tS;

/** The one defence was switched on live during the incident, the others were not, and 4 minutes ran. */
function alone(ctx: TaskContext, field: 'coalesce' | 'ttlJitter' | 'xfetchBeta'): Mark | undefined {
  const others = (['coalesce', 'ttlJitter', 'xfetchBeta'] as const).filter((f) => f !== field);
  if (ctx.marks.some((m) => others.some((f) => liveSet(f)(m)))) return undefined;
  const m = ctx.marks.find(liveSet(field));
  return m && coveredTo(ctx, m.tS + 240) ? m : undefined;
}

export const reddit2017Lesson: Lesson = {
  id: 'reddit-2017',
  title: 'Reddit 2017: a feed cache without single-flight',
  takeaway:
    'A missing single-flight costs nothing until an expensive key expires under load; then every reader rebuilds it, once per TTL, for as long as nobody looks at the peaks.',
  steps: [
    {
      id: 'deploy',
      title: 'Deploy: the feed cache loses single-flight',
      text: '1,000 req/s; the 3 hottest feeds take 100 ms to rebuild and live 60 s. Before the deploy one reader rebuilds an expired feed while the others wait for it. The deploy ships a feed-cache change without single-flight.',
      setup: { scenario: () => presetScenario(presetById('reddit-2017')!), speed: 60 },
      predict: {
        kind: 'choice',
        question: 'Highest DB CPU in one second, 10 minutes after the deploy?',
        measure: { metric: 'db_util', agg: 'max', fromS: at(10), toS: at(12) },
        unit: PERCENT,
        choices: [
          { label: 'Under 6%: as before the deploy', max: 0.06 },
          { label: '6–20%: peaks of a few times the baseline', min: 0.06, max: 0.2 },
          { label: 'Over 20%', min: 0.2 },
        ],
        expected: 1,
      },
      explain:
        'About 9–10%, three times the 3.4% baseline, once a minute: every read of a feed during its 100 ms rebuild starts another rebuild. The report: "3× DB peaks at every TTL boundary."',
      chart: 'dbcpu',
      focus: ['dbcpu', 'hit', 'goodput'],
    },
    {
      id: 'page',
      title: '+30 min: on-call paged on DB CPU',
      text: 'Nothing fails and the peaks last a second each. The on-call was paged 30 minutes after the deploy.',
      predict: {
        kind: 'number',
        question: 'Mean DB CPU over the 5 minutes before the page (25 to 30 minutes after the deploy)?',
        measure: { metric: 'db_util', fromS: at(25), toS: at(30) },
        unit: PERCENT,
        tolerance: 0.3,
        slack: 0.01,
        expected: 0.034,
      },
      explain:
        'About 3.4%, the same as before the deploy: the peaks are a second a minute, so an average over minutes hides them. An alert on the mean never fires; one on the peak fires at the first boundary.',
      chart: 'dbcpu',
      focus: ['dbcpu', 'goodput', 'failures'],
    },
    {
      id: 'rollback',
      title: '+55 min: rolled back',
      text: 'The rollback restores the old feed cache, with single-flight.',
      predict: {
        kind: 'choice',
        question: 'Highest DB CPU in one second, 4 to 10 minutes after the rollback?',
        measure: { metric: 'db_util', agg: 'max', fromS: ROLLBACK_S + 240, toS: ROLLBACK_S + 600 },
        unit: PERCENT,
        choices: [
          { label: 'Under 6%: the peaks are gone', max: 0.06 },
          { label: '6–20%: still peaks', min: 0.06, max: 0.2 },
          { label: 'Over 20%', min: 0.2 },
        ],
        expected: 0,
      },
      explain:
        'About 5%: one rebuild per feed per minute. The first minute after the rollback peaks higher (the old keys refill from the database); after that the boundaries are quiet.',
      chart: 'dbcpu',
      focus: ['dbcpu', 'hit', 'goodput'],
    },
  ],
  tasks: [
    {
      id: 'single-flight',
      text: 'Follow-up "single-flight": between the deploy and the rollback, turn Request coalescing back on; no peak over 6.5% from 2 to 4 minutes later.',
      hint: 'Mitigations → Cache → Request coalescing, any time after the deploy (5:00).',
      done: (ctx) => {
        const m = alone(ctx, 'coalesce');
        return m !== undefined && peakAfter(ctx, m) < PEAK_LINE;
      },
    },
    {
      id: 'jitter',
      text: 'Reset, and try TTL jitter alone instead: the feeds expire at different moments, but does each expiry still stampede?',
      hint: 'Mitigations → Cache → TTL jitter after the deploy; watch DB CPU for 4 minutes.',
      done: (ctx) => {
        const m = alone(ctx, 'ttlJitter');
        return m !== undefined && peakAfter(ctx, m) >= PEAK_LINE;
      },
    },
    {
      id: 'xfetch',
      text: 'Reset, and try early refresh (XFetch) alone: one reader refreshes a feed shortly before it expires, so no reader finds it missing. No peak over 6.5%.',
      hint: 'Mitigations → Cache → Early refresh (XFetch) after the deploy.',
      done: (ctx) => {
        const m = alone(ctx, 'xfetchBeta');
        return m !== undefined && peakAfter(ctx, m) < PEAK_LINE;
      },
    },
  ],
};
