import { describe, expect, it } from 'vitest';
import { ASK_ABOVE_BYTES, BYTES_PER_QUERY, BYTES_PER_REQUEST, describeCost, estimateCost, mayReachCaps, needsConsent } from './cost';
import { MAX_QUEUED_QUERIES, MAX_REQUESTS_IN_FLIGHT } from './limits';
import { defaultScenario, parseScenario } from './parseScenario';
import { createSimulation } from './simulation';
import { zipfSampler, zipfTablesBuilt } from './zipf';

/** The scenario of the first link: a million req/s on one slow worker, a 10-million queue, an hour's timeout. */
const flood = parseScenario({
  workload: { rps: 1_000_000 },
  db: { workers: 1, serviceMs: 1000, queueLimit: 10_000_000 },
  client: { timeoutMs: 3_600_000 },
}).value;

describe('the cost of a scenario, from its parameters', () => {
  it('the default scenario costs little and runs without asking', () => {
    const c = estimateCost(defaultScenario());
    expect(c.bytes).toBeLessThan(50 * 1024 * 1024);
    expect(needsConsent(c)).toBe(false);
  });

  it('a flood with an hour-long timeout asks first, and the message says where the memory and the time go', () => {
    const c = estimateCost(flood);
    expect(needsConsent(c)).toBe(true);
    expect(c.parts[0].what).toMatch(/requests in flight/);
    expect(describeCost(c)).toMatch(
      /^This scenario may use up to [\d.,]+ MB of memory \(1\.0 million requests in flight.*\) and about [\d.]+ hours of computing/,
    );
  });

  it("counts requests and queries only up to the simulation's caps, past which a run drops them", () => {
    const c = estimateCost(flood);
    const part = (what: RegExp) => c.parts.find((p) => what.test(p.what))!.bytes;
    expect(part(/requests in flight/)).toBe(MAX_REQUESTS_IN_FLIGHT * BYTES_PER_REQUEST);
    expect(part(/queries queued/)).toBe((MAX_QUEUED_QUERIES + 1) * BYTES_PER_QUERY);
    expect(c.bytes).toBeLessThan(ASK_ABOVE_BYTES);
    expect(mayReachCaps(flood)).toBe(true);
    expect(mayReachCaps(defaultScenario())).toBe(false);
  });

  it('ten million keys are over the threshold on their own', () => {
    const c = estimateCost(parseScenario({ workload: { keys: 10_000_000 } }).value);
    expect(needsConsent(c)).toBe(true);
    expect(c.parts[0].what).toMatch(/10\.0 million keys/);
  });

  it('counts the largest key space a script switches to', () => {
    const small = parseScenario({ workload: { keys: 1000 } }).value;
    const growing = parseScenario({ workload: { keys: 1000 }, events: [{ atS: 10, type: 'set', changes: { workload: { keys: 10_000_000 } } }] }).value;
    expect(estimateCost(growing).bytes).toBeGreaterThan(estimateCost(small).bytes * 100);
  });
});

describe('Zipf tables are reused per (keys, zipf)', () => {
  it('the same table comes back for the same key space', () => {
    expect(zipfSampler(5000, 1.1)).toBe(zipfSampler(5000, 1.1));
  });

  it('500 changes flipping the key space between two sizes build two tables, not 500', () => {
    const events = Array.from({ length: 500 }, (_, i) => ({ atS: 1 + i * 0.1, type: 'set', changes: { workload: { keys: i % 2 === 0 ? 99_999 : 100_000 } } }));
    const scenario = parseScenario({ durationS: 60, workload: { keys: 100_000 }, events }).value;
    expect(scenario.events).toHaveLength(500);
    const before = zipfTablesBuilt();
    const sim = createSimulation(scenario);
    sim.advance(sim.endMs);
    expect(sim.done()).toBe(true);
    expect(zipfTablesBuilt() - before).toBeLessThanOrEqual(2);
  });
});
