import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { smallScenarioArb } from '../../test/support/costScenarios';
import { describeCost, estimateBatchCost, estimateCost, mapNeedsConsent, needsConsent } from './cost';
import { parseScenario } from './parseScenario';
import { createSimulation } from './simulation';

describe('the cost estimate bounds the work a run does', () => {
  it('no sampled run, with or without a stack, simulates more events than the estimate says (factor 1; the largest share seen is about 0.8)', () => {
    fc.assert(
      fc.property(smallScenarioArb, (scenario) => {
        const estimate = estimateCost(scenario).events;
        // Closed-loop clients without think time have no bound: they are asked about, never run here.
        fc.pre(Number.isFinite(estimate));
        const sim = createSimulation(scenario);
        sim.advance(sim.endMs);
        expect(sim.done()).toBe(true);
        expect(sim.totals().events).toBeLessThanOrEqual(estimate);
      }),
      { numRuns: 120, seed: 24 },
    );
  });

  it('the stack storm of the issue asks first: 8 tiers retrying 20 times each over an erroring bottom tier', () => {
    const stack = Array.from({ length: 8 }, (_, i) => ({ kind: 'service', name: `s${i}`, retries: 20, backoff: 'none' }));
    const storm = parseScenario({
      durationS: 10,
      workload: { rps: 1 },
      stack,
      events: [{ atS: 0, type: 'tier-fault', tier: 's7', fault: 'errors', factor: 1, forS: 10 }],
    });
    expect(storm.errors).toEqual([]);
    const cost = estimateCost(storm.value);
    expect(needsConsent(cost)).toBe(true);
    // Each tier multiplies its calls by 21: the bottom tier's calls alone are 4 × 21^8 per user request.
    expect(cost.events).toBeGreaterThan(10 * 4 * 21 ** 8);
    expect(describeCost(cost)).toMatch(/about [\d,]+ days of computing/);
  });

  it('a retry budget bounds what a tier multiplies: retries up to the budget per first call', () => {
    const tier = { kind: 'service', name: 'api', retries: 20, backoff: 'none' };
    const unbounded = parseScenario({ durationS: 10, stack: [tier] }).value;
    const budgeted = parseScenario({ durationS: 10, stack: [{ ...tier, retryBudget: 1 }] }).value;
    expect(estimateCost(budgeted).events).toBeLessThan(estimateCost(unbounded).events / 5);
  });

  it('closed-loop clients without think time are asked about: nothing bounds how often they send', () => {
    const spin = parseScenario({ workload: { mode: 'closed', clients: 20, thinkMs: 0 }, db: { queueLimit: 0 } }).value;
    const cost = estimateCost(spin);
    expect(needsConsent(cost)).toBe(true);
    expect(describeCost(cost)).toMatch(/computing without end/);
  });
});

describe('a map grid is asked about as a whole', () => {
  /** The cells of an x × y map over one base scenario, each with its own seed. */
  const grid = (base: object, cells: number) => Array.from({ length: cells }, (_, i) => parseScenario({ ...base, seed: i + 1 }).value);

  it('64 × 64 cells of five hours each, every one under the single-run threshold, ask first', () => {
    const cell = { durationS: 5 * 3600, workload: { rps: 1000 }, client: { retries: 0 } };
    expect(needsConsent(estimateCost(parseScenario(cell).value))).toBe(false);
    expect(mapNeedsConsent(estimateBatchCost(grid(cell, 64 * 64), 4))).toBe(true);
  });

  it('a 12 × 12 map of five-minute default runs computes without asking, even on one worker', () => {
    expect(mapNeedsConsent(estimateBatchCost(grid({ durationS: 300, events: [{ atS: 150, type: 'flush' }] }, 144), 1))).toBe(false);
  });
});
