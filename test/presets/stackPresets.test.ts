/**
 * The stack presets keep their promises: each story's numbers, whole-system and per tier, are what a
 * run of the current core shows, and the contrasts their questions point to hold.
 */
import { describe, expect, it } from 'vitest';
import { checkPreset, presetById } from '../../src/presets';
import { STACK_PRESETS, type StackPreset } from '../../src/presets/stackPresets';
import { checkTiers, runStackPreset } from '../../src/presets/evaluateStack';
import type { ScenarioDocument } from '../../src/presets/document';

const failures = (p: StackPreset) => {
  const run = runStackPreset(p);
  const system = checkPreset(p, run)
    .filter((r) => !r.ok)
    .map((r) => `${r.check.says}: measured ${r.value}`);
  const tiers = checkTiers(p, run)
    .filter((r) => !r.ok)
    .map((r) => `${r.check.says}: measured ${r.value}`);
  return [...system, ...tiers];
};

/** The preset with its document changed, as a contrast run. */
const variant = (id: string, change: (doc: ScenarioDocument) => ScenarioDocument): StackPreset => {
  const p = presetById(id) as StackPreset;
  return { ...p, scenario: change(structuredClone(p.scenario)) };
};

describe('stack presets', () => {
  it('are registered in the gallery by the ids the issue names', () => {
    for (const id of [
      'retry-amplification',
      'gc-death-spiral',
      'connection-pool-exhaustion',
      'lb-sinkholing',
      'timeout-cascade',
      'goodput-collapse',
      'layered-caches',
      'app-scaling-worse',
    ]) {
      expect(presetById(id), id).toBeDefined();
    }
  });

  it.each(STACK_PRESETS.map((p) => [p.id, p] as const))('%s: the story is what the run shows', (_id, p) => {
    expect(failures(p)).toEqual([]);
  });
});

describe('the contrasts the questions point to', () => {
  const after = (p: StackPreset, fromS: number, toS: number) => {
    const run = runStackPreset(p);
    return run.mean('goodput_rps', { label: 'x', fromS, toS }) / run.mean('first_rps', { label: 'x', fromS, toS });
  };

  it('retry-amplification: with retries at the users only, the same slowdown passes', () => {
    const p = variant('retry-amplification', (d) => ({ ...d, stack: d.stack!.map((t) => ({ ...t, retries: 0 })) }));
    expect(after(p, 100, 140)).toBeGreaterThan(0.99);
  });

  it('gc-death-spiral: without load-dependent latency the tier recovers from the same spike', () => {
    const p = variant('gc-death-spiral', (d) => ({ ...d, stack: d.stack!.map((t) => ({ ...t, loadKnee: 0 })) }));
    expect(after(p, 80, 120)).toBeGreaterThan(0.99);
  });

  it('connection-pool-exhaustion: a 400-slot app tier lets the queue reach the database and stays stuck', () => {
    const p = variant('connection-pool-exhaustion', (d) => ({ ...d, stack: d.stack!.map((t) => ({ ...t, slots: 400 })) }));
    const run = runStackPreset(p);
    const w = { label: 'after', fromS: 90, toS: 120 };
    expect(run.mean('wasted_rps', w) / run.mean('db_rps', w)).toBeGreaterThan(0.9);
  });

  it('lb-sinkholing: round-robin loses almost nothing to the same crash', () => {
    const p = variant('lb-sinkholing', (d) => ({ ...d, stack: d.stack!.map((t) => ({ ...t, balancer: 'round-robin' as const })) }));
    expect(after(p, 30, 60)).toBeGreaterThan(0.99);
  });

  it('timeout-cascade: constant work, or a 1 s timeout, and the spike passes', () => {
    const constant = variant('timeout-cascade', (d) => ({
      ...d,
      stack: d.stack!.map((t) => (t.name === 'app' ? { ...t, serviceDist: 'constant' as const } : t)),
    }));
    const longer = variant('timeout-cascade', (d) => ({ ...d, stack: d.stack!.map((t) => (t.name === 'web' ? { ...t, timeoutMs: 1000 } : t)) }));
    expect(after(constant, 60, 90)).toBeGreaterThan(0.99);
    expect(after(longer, 60, 90)).toBeGreaterThan(0.99);
  });

  it('goodput-collapse: shedding calls that queued over 300 ms brings goodput back', () => {
    const p = variant('goodput-collapse', (d) => ({ ...d, stack: d.stack!.map((t) => ({ ...t, shedQueueMs: 300 })) }));
    expect(after(p, 60, 90)).toBeGreaterThan(0.99);
  });

  it('layered-caches: without the layers above the app, the same flush fails requests', () => {
    const p = variant('layered-caches', (d) => ({ ...d, stack: d.stack!.filter((t) => t.kind === 'service') }));
    const run = runStackPreset(p);
    expect(run.mean('failed_rps', { label: 'flush', fromS: 60, toS: 70 })).toBeGreaterThan(100);
  });

  it('app-scaling-worse: without the scale-up the tier recovers when the spike ends', () => {
    const p = variant('app-scaling-worse', (d) => ({ ...d, events: d.events!.filter((e) => e.type !== 'tier-set') }));
    expect(after(p, 90, 120)).toBeGreaterThan(0.99);
  });
});
