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
    // The original eight, by the ids that published links and docs use: they must never go away.
    for (const id of ['hotos-lookaside', 'bad-minute', 'deploy-2019', 'hotos-retries', 'shedding-recovers', 'deep-queue-no-retries', 'closed-loop-benchmark', 'hottest-keys']) {
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
    const r = run({ ...s, durationS: 300, events: [{ atS: 60, type: 'deploy', fraction: 1 }, { atS: 120, type: 'rollback' }] });
    expect(r.mean('hit_rate', 70, 120)).toBeLessThan(0.3);
    expect(r.mean('goodput_rps', 200, 300) / r.mean('first_rps', 200, 300)).toBeLessThan(0.95);
    expect(r.mean('db_util', 200, 300)).toBeGreaterThan(0.99);
  });

  it('deploy-2019 left alone: without the rollback the hit rate is still under 35% ten minutes later', () => {
    const s = presetScenario(presetById('deploy-2019')!);
    const r = run({ ...s, events: s.events.filter((e) => e.type !== 'rollback') });
    expect(r.mean('hit_rate', 1500, 1620)).toBeLessThan(0.35);
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
