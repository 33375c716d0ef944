import { describe, expect, it } from 'vitest';
import { parseScenario } from './parseScenario';
import { csvHeader, csvRows } from './formatFrames';
import { METRIC_COUNT } from './metrics';

const messages = (doc: unknown) => parseScenario(doc).errors.map((e) => e.message);

describe('the stack of tiers in a scenario document', () => {
  it("fills a tier's omitted fields with their defaults and marks the document version 2", () => {
    const { value, errors } = parseScenario({
      stack: [
        { kind: 'service', name: 'app', slots: 4 },
        { kind: 'cache', name: 'edge' },
      ],
    });
    expect(errors).toEqual([]);
    expect(value.version).toBe(2);
    expect(value.stack?.[0]).toMatchObject({ kind: 'service', name: 'app', slots: 4, instances: 4, balancer: 'round-robin', holdSlot: true });
    expect(value.stack?.[1]).toMatchObject({ kind: 'cache', name: 'edge', capacity: 5000, singleFlight: false });
  });

  it('names the field, the value and the allowed range of a bad tier field, and keeps the default', () => {
    const { value, errors } = parseScenario({ stack: [{ kind: 'service', name: 'app', slots: 0, balancer: 'fastest' }] });
    expect(errors.map((e) => e.message)).toEqual([
      'stack[0].slots: 0 is out of range (allowed: 1 to 10000)',
      'stack[0].balancer: "fastest" is not one of "round-robin", "random", "least-connections"',
    ]);
    expect(value.stack?.[0]).toMatchObject({ slots: 16, balancer: 'round-robin' });
  });

  it('refuses unknown kinds, bad or repeated names and unknown fields, naming each', () => {
    expect(messages({ stack: [{ kind: 'queue', name: 'q' }] })).toEqual(['stack[0].kind: "queue" is not one of "service", "cache"']);
    expect(messages({ stack: [{ kind: 'service', name: 'App Tier' }] })[0]).toMatch(/^stack\[0\]\.name: "App Tier" is not a tier name/);
    expect(
      messages({
        stack: [
          { kind: 'service', name: 'a' },
          { kind: 'cache', name: 'a' },
        ],
      })[0],
    ).toMatch(/"a" is already the name of another tier/);
    expect(messages({ stack: [{ kind: 'cache', name: 'edge', slots: 3 }] })[0]).toMatch(/^stack\[0\]\.slots: unknown field for a cache tier/);
  });

  it('checks tier events against the stack: the tier must exist, the fault be known, the factor in range', () => {
    const stack = [{ kind: 'service', name: 'app', instances: 3 }];
    const ok = parseScenario({ stack, events: [{ atS: 5, type: 'tier-fault', tier: 'app', instance: 2, fault: 'slow', factor: 4, forS: 10 }] });
    expect(ok.errors).toEqual([]);
    expect(ok.value.events[0]).toEqual({ atS: 5, type: 'tier-fault', tier: 'app', fault: 'slow', forS: 10, instance: 2, factor: 4 });
    expect(messages({ stack, events: [{ atS: 5, type: 'tier-fault', tier: 'db', fault: 'crash', forS: 1 }] })).toEqual([
      'events[0].tier: "db" is not a tier of the stack (tiers: app)',
    ]);
    expect(messages({ stack, events: [{ atS: 5, type: 'tier-fault', tier: 'app', instance: 3, fault: 'crash', forS: 1 }] })).toEqual([
      'events[0].instance: 3 is out of range (allowed: 0 to 2)',
    ]);
    expect(messages({ stack, events: [{ atS: 5, type: 'tier-fault', tier: 'app', fault: 'errors', factor: 2, forS: 1 }] })).toEqual([
      'events[0].factor: 2 is out of range (allowed: 0 to 1)',
    ]);
    expect(messages({ stack, events: [{ atS: 5, type: 'tier-set', tier: 'app', changes: { retries: 50 } }] })).toEqual([
      'events[0].changes.retries: 50 is out of range (allowed: 0 to 20)',
    ]);
  });
});

describe('CSV with a stack', () => {
  it("appends each tier's columns after the core's, leaving the core's as they are", () => {
    expect(csvHeader(['app']).split(',').slice(-5)).toEqual(['app_rps_in', 'app_util', 'app_queue', 'app_errors_rps', 'app_p99_ms']);
    expect(csvHeader().split(',')).toHaveLength(METRIC_COUNT);
    const frames = new Float64Array(METRIC_COUNT);
    const [row] = csvRows(frames, { names: ['app'], frames: Float64Array.of(100, 0.5, 2, 3, 40.5) });
    expect(row.split(',').slice(-5)).toEqual(['100', '0.5', '2', '3', '40.5']);
  });
});
