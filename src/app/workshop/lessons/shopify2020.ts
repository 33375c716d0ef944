/**
 * Shopify 2020, Black Friday (seed 002): a flash-sale homepage with a 30 s TTL and no stale serving;
 * at noon the TTL fired under 10× traffic; multi-second outages at every TTL boundary for the first
 * ten minutes; fixed by stale-grace of 5 minutes on the next push. The tasks deploy the fix sooner
 * and try single-flight instead.
 */
import { presetById, presetScenario } from '../../../presets';
import type { Mark } from '../../../sim/api';
import { measure } from '../frameQuery';
import { setValue } from '../taskChecks';
import type { Lesson, TaskContext } from '../types';
import { PERCENT } from './units';

/** Noon, 5 minutes into the preset's run; the scripted push comes 10 minutes later. */
const NOON_S = 300;
const PUSH_S = NOON_S + 600;

const liveOn = (field: 'staleMs' | 'coalesce') => (m: Mark) => {
  const v = setValue(m, 'cache', field);
  return m.source === 'live' && m.tS >= NOON_S && v !== undefined && v !== false && v !== 0;
};
/** Share of requests failing over (fromS, toS], once the run has reached toS (NaN before). */
function failedShare(ctx: TaskContext, fromS: number, toS: number): number {
  const f = ctx.frames;
  if (f.length === 0 || f.timeS(f.length - 1) < toS) return NaN;
  return measure(f, { metric: 'failed_rps', per: 'first_rps', fromS, toS });
}

export const shopify2020Lesson: Lesson = {
  id: 'shopify-2020',
  title: 'Shopify 2020: a flash-sale homepage with no stale serving',
  takeaway:
    "One expensive object without stale serving turns every TTL boundary into an outage under a sale's traffic, however large the database; serving the old copy while one rebuild runs ends it.",
  steps: [
    {
      id: 'noon',
      title: '12:00:30 the TTL fires under 10× traffic',
      text: '300 → 3,000 req/s at noon. The homepage (the hottest key) takes 2 s to rebuild and lives 30 s, with no stale serving and no single-flight. The database has 200 workers for 10 ms queries: far more than the sale needs.',
      setup: { scenario: () => presetScenario(presetById('shopify-2020')!), speed: 10 },
      predict: {
        kind: 'choice',
        question: 'Busiest second of the database in the first ten minutes of the sale?',
        measure: { metric: 'db_util', agg: 'max', fromS: NOON_S, toS: PUSH_S },
        unit: PERCENT,
        choices: [
          { label: 'Under 50%: it is oversized', max: 0.5 },
          { label: '50–99%', min: 0.5, max: 0.99 },
          { label: 'Every worker busy', min: 0.99 },
        ],
        expected: 2,
      },
      explain:
        'Every worker is busy at each boundary: in the 2 s the homepage rebuilds, every request that misses it starts another 2 s rebuild, and hundreds of them fill the 200 workers. Between boundaries the database idles.',
      chart: 'dbcpu',
      focus: ['goodput', 'dbcpu', 'failures'],
    },
    {
      id: 'outages',
      title: '12:00–12:10 outages at every TTL boundary',
      text: 'The report: multi-second outages of the storefront edge at every TTL boundary for the first ten minutes.',
      predict: {
        kind: 'number',
        question: 'Share of requests that fail over the first ten minutes of the sale?',
        measure: { metric: 'failed_rps', per: 'first_rps', fromS: NOON_S, toS: PUSH_S },
        unit: PERCENT,
        tolerance: 0.3,
        slack: 0.01,
        expected: 0.061,
      },
      explain:
        'About 6%: the outages are seconds long, twice a minute; between them every request is served. A per-minute error rate looks like a blip while shoppers see a dead page at every boundary.',
      chart: 'goodput',
      focus: ['goodput', 'failures', 'dbcpu'],
    },
    {
      id: 'push',
      title: '12:10 stale-grace = 5 min on the next push',
      text: 'An expired homepage is now served for up to 5 minutes past its TTL while one background rebuild refreshes it.',
      predict: {
        kind: 'choice',
        question: 'Share of requests that fail from 12:11 to the end of the sale?',
        measure: { metric: 'failed_rps', per: 'first_rps', fromS: PUSH_S + 60, toS: 1800 },
        unit: PERCENT,
        choices: [
          { label: 'None (under 0.1%)', max: 0.001 },
          { label: '0.1–3%', min: 0.001, max: 0.03 },
          { label: 'About as before: over 3%', min: 0.03 },
        ],
        expected: 0,
      },
      explain: 'None: each boundary costs one background rebuild, and readers get the copy that is at most a few seconds stale.',
      chart: 'goodput',
      focus: ['goodput', 'failures', 'dbcpu'],
    },
  ],
  tasks: [
    {
      id: 'stale-sooner',
      text: 'Follow-up "bounded stale serving": deploy stale-grace by 12:02, at the second outage, and have no request fail from a minute later to 12:10.',
      hint: 'Press "Stale-grace 5 min" within 2 minutes of noon.',
      done: (ctx) => {
        const m = ctx.marks.find(liveOn('staleMs'));
        return m !== undefined && m.tS <= NOON_S + 120 && failedShare(ctx, m.tS + 60, PUSH_S) < 0.001;
      },
    },
    {
      id: 'single-flight',
      text: 'Reset, and try single-flight instead at the start of the sale: one rebuild per boundary. Does any request fail before 12:10?',
      hint: 'Mitigations → Cache → Request coalescing before 12:02; readers wait up to 2 s for the one rebuild.',
      done: (ctx) => {
        if (ctx.marks.some(liveOn('staleMs'))) return false;
        const m = ctx.marks.find(liveOn('coalesce'));
        return m !== undefined && m.tS <= NOON_S + 120 && failedShare(ctx, m.tS + 60, PUSH_S) < 0.001;
      },
    },
  ],
  actions: [{ label: 'Stale-grace 5 min', trigger: { type: 'set', changes: { cache: { staleMs: 300_000 } } } }],
};
