/**
 * The preset gallery keeps its promises: every preset is a clean document, its story is what a run
 * of the current core shows, and its share link brings back the very same scenario.
 */
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/sim/parseScenario';
import { decodeLink, MAX_LINK_CHARS } from '../../src/share';
import { checkPreset, PRESETS, presetById, presetLink, presetScenario, runPreset, windowOf } from '../../src/presets';
import { run } from '../core/run';

describe('preset documents', () => {
  it('have unique kebab-case ids that presetById finds', () => {
    const ids = PRESETS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of PRESETS) {
      expect(p.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(presetById(p.id)).toBe(p);
    }
    expect(presetById('no-such-preset')).toBeUndefined();
    // The original eight and the seeds' incidents, by the ids that published links and docs use: they must never go away.
    for (const id of [
      'hotos-lookaside',
      'bad-minute',
      'deploy-2019',
      'hotos-retries',
      'shedding-recovers',
      'deep-queue-no-retries',
      'closed-loop-benchmark',
      'hottest-keys',
      'reddit-2017',
      'shopify-2020',
      'twitter-2022',
      'cloudflare-2024',
      'coordinated-omission',
    ]) {
      expect(presetById(id), id).toBeDefined();
    }
  });

  it.each(PRESETS.map((p) => [p.id, p] as const))('%s parses with zero errors and carries its title', (_id, p) => {
    const { errors, value } = parseScenario(p.scenario);
    expect(errors).toEqual([]);
    expect(value.title).toBe(p.title);
  });

  it.each(PRESETS.map((p) => [p.id, p] as const))('%s has a two-line story, a question, and checks on its own windows', (_id, p) => {
    const lines = p.story.split('\n');
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line.trim().length).toBeGreaterThan(20);
    expect(p.question.trim()).toMatch(/\?$/);
    expect(p.expect.length).toBeGreaterThan(0);
    const duration = presetScenario(p).durationS;
    for (const w of p.windows) expect(w.toS).toBeLessThanOrEqual(duration);
    for (const c of p.expect) expect(() => windowOf(p, c.window)).not.toThrow();
  });

  it('the HotOS look-aside preset is exactly the default scenario, plus its title', () => {
    const { value: defaults } = parseScenario({ events: [{ atS: 150, type: 'flush' }] });
    const { title, ...rest } = presetScenario(presetById('hotos-lookaside')!);
    expect(title).toBeDefined();
    expect(rest).toEqual(defaults);
  });
});

describe('every story is what the run shows', () => {
  it.each(PRESETS.map((p) => [p.id, p] as const))('%s', (_id, p) => {
    const results = checkPreset(p, runPreset(p));
    const failed = results.filter((r) => !r.ok).map((r) => `${r.check.says}: measured ${r.value} (${r.check.above ?? '−∞'} < x < ${r.check.below ?? '∞'})`);
    expect(failed).toEqual([]);
  });
});

// Claims the questions lean on, checked so the room gets a true answer when it tries them.
describe('the contrasts the questions point to', () => {
  it('closed loop is not safe by itself: 600 clients thinking 200 ms ask the same warm load and stay stuck', () => {
    const p = presetById('closed-loop-benchmark')!;
    const s = presetScenario(p);
    const r = run({ ...s, workload: { ...s.workload, clients: 600, thinkMs: 200 } });
    expect(r.mean('first_rps', 10, 60)).toBeGreaterThan(2700);
    expect(r.mean('goodput_rps', 200, 300) / r.mean('first_rps', 200, 300)).toBeLessThan(0.9);
    expect(r.mean('wasted_rps', 200, 300) / r.mean('db_rps', 200, 300)).toBeGreaterThan(0.9);
  });

  it('deploy and rollback at the HotOS database size: the rollback leaves it stuck (baseline misses × retries overflow the queue)', () => {
    const s = presetScenario(presetById('hotos-lookaside')!);
    const r = run({
      ...s,
      durationS: 300,
      events: [
        { atS: 60, type: 'deploy', fraction: 1 },
        { atS: 120, type: 'rollback' },
      ],
    });
    expect(r.mean('hit_rate', 70, 120)).toBeLessThan(0.3);
    expect(r.mean('goodput_rps', 200, 300) / r.mean('first_rps', 200, 300)).toBeLessThan(0.95);
    expect(r.mean('db_util', 200, 300)).toBeGreaterThan(0.99);
  });

  it("deploy-2019 left alone: without the rollback the hit rate stays at the split keys' level ten minutes later", () => {
    const s = presetScenario(presetById('deploy-2019')!);
    const r = run({ ...s, events: s.events.filter((e) => e.type !== 'rollback') });
    expect(r.mean('hit_rate', 1920, 2100)).toBeLessThan(0.3);
  });

  it('deploy-2019 with versioned keys: the first minute is softer, but 16 shapes per key cannot fit, so hits end near the same ~24–32%', () => {
    const s = presetScenario(presetById('deploy-2019')!);
    const plain = run(s);
    const versioned = run({ ...s, cache: { ...s.cache, versionedKeys: true } });
    expect(versioned.mean('hit_rate', 240, 260)).toBeGreaterThan(plain.mean('hit_rate', 240, 260) + 0.2);
    expect(versioned.mean('hit_rate', 900, 1500)).toBeLessThan(0.35);
  });

  it('deploy-2019 with the hit-rate canary: the deploy rolls itself back within 5 s and the incident never happens', () => {
    const s = presetScenario(presetById('deploy-2019')!);
    const r = run({ ...s, cache: { ...s.cache, canaryHitRate: 0.7 } });
    const canary = r.sim.takeMarks().find((m) => m.label.startsWith('canary'));
    expect(canary?.tS).toBe(245);
    expect(r.mean('hit_rate', 300, 1500)).toBeGreaterThan(0.88);
  });

  it('reddit-2017: single-flight ends the peaks, TTL jitter spreads them, XFetch refreshes ahead', () => {
    const s = presetScenario(presetById('reddit-2017')!);
    const variant = (cache: object) => {
      const events = s.events.map((e) => (e.type === 'set' && e.atS === 300 ? { ...e, changes: { cache: { coalesce: false, ...cache } } } : e));
      return run({ ...s, durationS: 2100, events: events.filter((e) => e.atS <= 2100) });
    };
    const peak = (r: ReturnType<typeof run>) => Math.max(...r.col('db_util').slice(1200, 2100));
    const noFix = peak(variant({}));
    expect(noFix).toBeGreaterThan(0.08);
    expect(peak(variant({ coalesce: true }))).toBeLessThan(0.06);
    expect(peak(variant({ xfetchBeta: 1 }))).toBeLessThan(0.06);
    expect(peak(variant({ ttlJitter: 0.3 }))).toBeLessThan(noFix);
  });

  it('twitter-2022: shedding alone and the seed alone each leave it stuck', () => {
    const s = presetScenario(presetById('twitter-2022')!);
    for (const keep of ['set', 'seed'] as const) {
      const r = run({ ...s, events: s.events.filter((e) => e.type === 'flush' || e.type === keep) });
      expect(r.mean('goodput_rps', 3120, 3600) / r.mean('first_rps', 3120, 3600), keep).toBeLessThan(0.8);
    }
  });

  it('coordinated-omission: the closed-loop benchmark of the same system never fails and never sees p99 above a second', () => {
    const s = presetScenario(presetById('coordinated-omission')!);
    const r = run({ ...s, workload: { ...s.workload, mode: 'closed', clients: 300, thinkMs: 100 } });
    expect(Math.max(...r.col('failed_rps'))).toBe(0);
    expect(Math.max(...r.col('p99_all_ms'))).toBeLessThan(1000);
  });
});

async function roundTrip(id: string): Promise<void> {
  const p = presetById(id)!;
  const link = await presetLink(p);
  expect(link.hash).toBe(`#s=${link.payload}`);
  expect(link.payload.length).toBeLessThan(MAX_LINK_CHARS);
  const decoded = await decodeLink(link.payload);
  expect(decoded.errors).toEqual([]);
  expect(decoded.source).toBe('link');
  expect(decoded.scenario).toEqual(presetScenario(p));
}

describe('preset links', () => {
  it.each(PRESETS.map((p) => p.id))('%s round-trips through encodeLink/decodeLink', roundTrip);
});
