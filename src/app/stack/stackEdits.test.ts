import { describe, expect, it } from 'vitest';
import { defaultScenario, parseScenario } from '../../sim/parseScenario';
import { MAX_TIERS } from '../../sim/stackSchema';
import { addTier, freeTierName, moveTier, removeTier } from './stackEdits';

const must = <T extends { ok: boolean }>(r: T) => {
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r as Extract<T, { ok: true }>;
};

describe('structural edits of the stack (they rewrite the scenario; the lab restarts the run)', () => {
  it('adds tiers to the HotOS example at the bottom of the path, named as a path usually is, as a version 2 document', () => {
    const one = must(addTier(defaultScenario(), 'service')).scenario;
    const two = must(addTier(one, 'service')).scenario;
    const three = must(addTier(two, 'cache')).scenario;
    expect(three.version).toBe(2);
    expect(three.stack?.map((t) => `${t.kind}:${t.name}`)).toEqual(['service:web', 'service:api', 'cache:edge']);
    expect(three.events).toEqual(defaultScenario().events);
  });

  it('refuses a tier past the most a stack may hold, saying how many', () => {
    let s = defaultScenario();
    for (let i = 0; i < MAX_TIERS; i++) s = must(addTier(s, 'service')).scenario;
    expect(s.stack?.map((t) => t.name).slice(-4)).toEqual(['svc', 'web2', 'web3', 'web4']);
    expect(addTier(s, 'cache')).toEqual({ ok: false, error: `The stack holds up to ${MAX_TIERS} tiers; remove one first.` });
  });

  it('removes a tier with the scripted faults and changes that name it, and keeps every other event', () => {
    const s = parseScenario({
      stack: [
        { kind: 'service', name: 'web' },
        { kind: 'service', name: 'app' },
      ],
      events: [
        { atS: 10, type: 'tier-fault', tier: 'app', fault: 'crash', forS: 5 },
        { atS: 20, type: 'tier-set', tier: 'web', changes: { retries: 1 } },
        { atS: 30, type: 'flush' },
      ],
    }).value;
    const r = must(removeTier(s, 'app')).scenario;
    expect(r.stack?.map((t) => t.name)).toEqual(['web']);
    expect(r.events.map((e) => e.type)).toEqual(['tier-set', 'flush']);
    const none = must(removeTier(r, 'web')).scenario;
    expect(none.stack).toBeUndefined();
    expect(none.version).toBe(1);
  });

  it('moves a tier up and down the path, and says when it cannot go further', () => {
    const s = parseScenario({ stack: ['web', 'api', 'app'].map((name) => ({ kind: 'service', name })) }).value;
    expect(must(moveTier(s, 'app', -1)).scenario.stack?.map((t) => t.name)).toEqual(['web', 'app', 'api']);
    expect(must(moveTier(s, 'web', 1)).scenario.stack?.map((t) => t.name)).toEqual(['api', 'web', 'app']);
    expect(moveTier(s, 'web', -1)).toEqual({ ok: false, error: '"web" cannot move up any further.' });
  });

  it('finds a free name once the usual ones are taken', () => {
    const taken = ['edge', 'local', 'near'].map((name) => ({ ...parseScenario({ stack: [{ kind: 'cache', name }] }).value.stack![0] }));
    expect(freeTierName(taken, 'cache')).toBe('edge2');
    expect(freeTierName([], 'service')).toBe('web');
  });
});
