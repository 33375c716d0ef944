/**
 * Small scenarios for the cost estimate's property test (src/sim/cost.property.test.ts): seconds
 * long, tens of requests a second, so each runs in milliseconds; with stacks of up to four tiers
 * whose retries multiply, and a fault on the bottom tier (an `errors` fault answers at once, so
 * every tier above retries).
 */
import fc from 'fast-check';
import { parseScenario } from '../../src/sim/parseScenario';
import { BACKOFFS } from '../../src/sim/schema';
import { TIER_FAULTS } from '../../src/sim/stackSchema';

const tierArb = fc.oneof(
  fc.record({
    kind: fc.constant('service'),
    instances: fc.integer({ min: 1, max: 3 }),
    slots: fc.integer({ min: 1, max: 8 }),
    queueLimit: fc.integer({ min: 0, max: 20 }),
    serviceMs: fc.integer({ min: 0, max: 50 }),
    timeoutMs: fc.integer({ min: 5, max: 2000 }),
    retries: fc.integer({ min: 0, max: 3 }),
    backoff: fc.constantFrom(...BACKOFFS),
    retryBudget: fc.constantFrom(0, 0, 0.5, 2),
  }),
  fc.record({ kind: fc.constant('cache'), capacity: fc.integer({ min: 0, max: 200 }), singleFlight: fc.boolean() }),
);

export const smallScenarioArb = fc
  .record({
    seed: fc.integer({ min: 1, max: 1000 }),
    durationS: fc.integer({ min: 2, max: 20 }),
    rps: fc.integer({ min: 1, max: 60 }),
    closed: fc.boolean(),
    clients: fc.integer({ min: 1, max: 20 }),
    thinkMs: fc.integer({ min: 0, max: 500 }),
    keys: fc.integer({ min: 10, max: 2000 }),
    capacity: fc.integer({ min: 0, max: 500 }),
    workers: fc.integer({ min: 1, max: 4 }),
    serviceMs: fc.integer({ min: 1, max: 200 }),
    queueLimit: fc.integer({ min: 0, max: 50 }),
    timeoutMs: fc.integer({ min: 20, max: 2000 }),
    retries: fc.integer({ min: 0, max: 4 }),
    backoff: fc.constantFrom(...BACKOFFS),
    stack: fc.array(tierArb, { maxLength: 4 }),
    fault: fc.constantFrom(...TIER_FAULTS),
    errorShare: fc.double({ min: 0, max: 1, noNaN: true }),
    flushAtS: fc.integer({ min: 0, max: 10 }),
  })
  .map((r) => {
    const stack = r.stack.map((t, i) => ({ ...t, name: `t${i}` }));
    const events: unknown[] = [{ atS: Math.min(r.flushAtS, r.durationS), type: 'flush' }];
    if (stack.length > 0) {
      const bottom = stack[stack.length - 1];
      const factor = r.fault === 'slow' ? 1 + r.errorShare * 10 : r.errorShare;
      const needsFactor = r.fault === 'slow' || r.fault === 'errors' || r.fault === 'cores';
      events.push({ atS: 0, type: 'tier-fault', tier: bottom.name, fault: r.fault, forS: r.durationS, ...(needsFactor ? { factor } : {}) });
    }
    const parsed = parseScenario({
      seed: r.seed,
      durationS: r.durationS,
      workload: r.closed ? { mode: 'closed', clients: r.clients, thinkMs: r.thinkMs, keys: r.keys } : { rps: r.rps, keys: r.keys },
      cache: { capacity: r.capacity },
      db: { workers: r.workers, serviceMs: r.serviceMs, queueLimit: r.queueLimit },
      client: { timeoutMs: r.timeoutMs, retries: r.retries, backoff: r.backoff },
      events,
      ...(stack.length > 0 ? { stack } : {}),
    });
    if (parsed.errors.length > 0) throw new Error(parsed.errors.map((e) => e.message).join('; '));
    return parsed.value;
  });
