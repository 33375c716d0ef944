import { describe, expect, it } from 'vitest';
import { STATE_NAMES } from '../../sim/metrics';
import { defaultScenario } from '../../sim/parseScenario';
import { explainState, type FrameFacts } from './explainState';

const caps = { dbQps: 400, warmHitRate: 0.9, advertisedRps: 3748, hiddenRps: 400 };
const facts = (state: (typeof STATE_NAMES)[number], over: Partial<FrameFacts> = {}): FrameFacts => ({
  state: STATE_NAMES.indexOf(state),
  firstRps: 3000,
  offeredRps: 3000,
  retryRps: 0,
  goodputRps: 3000,
  hitRate: 0.9,
  queueDepth: 2,
  triggerActive: false,
  p95Ms: 22,
  p99AllMs: 56,
  ...over,
});

describe('explainState', () => {
  it('waits for the first frame', () => {
    expect(explainState(null, caps).state).toBeUndefined();
  });

  it('explains vulnerable with the hit rate and the hidden capacity', () => {
    const e = explainState(facts('vulnerable'), caps);
    expect(e.state).toBe('vulnerable');
    expect(e.why).toContain('90%');
    expect(e.why).toContain('400 req/s');
  });

  it('explains a metastable failure by its sustaining effect: retries and a full queue', () => {
    const e = explainState(facts('metastable', { goodputRps: 1700, retryRps: 3700, queueDepth: 5000, hitRate: 0.25 }), caps);
    expect(e.why).toMatch(/Trigger over, still only 57% served: 3,700 retries\/s and 5,000 queued/);
  });

  it('explains overload against the advertised capacity', () => {
    expect(explainState(facts('overloaded', { firstRps: 5000 }), caps).why).toContain('3,748 req/s');
  });

  it('says when a trigger is in force', () => {
    expect(explainState(facts('triggered', { triggerActive: true, goodputRps: 1500 }), caps).why).toMatch(/^A trigger is in force: 50%/);
  });

  it('explains degraded with the latency users feel and the objective in force (half the timeout by default)', () => {
    const params = defaultScenario();
    const e = explainState(facts('degraded', { firstRps: 200, goodputRps: 200, p95Ms: 1231, p99AllMs: 1988 }), caps, params);
    expect(e.why).toBe(
      '100% of 200 req/s answered, but slowly: p95 1,231 ms, p99 of every request 1,988 ms, the p95 of every request above the 500 ms objective.',
    );
    const own = { ...params, client: { ...params.client, sloP95Ms: 300 } };
    expect(explainState(facts('degraded'), caps, own).why).toContain('above the 300 ms objective');
  });

  it('names no cache when the run has none', () => {
    const s = defaultScenario();
    const uncached = { ...s, cache: { ...s.cache, capacity: 0 } };
    for (const state of STATE_NAMES) {
      const why = explainState(facts(state, { goodputRps: 1500, hitRate: 0 }), caps, uncached).why;
      expect(why, state).not.toMatch(/cache/i);
    }
    expect(explainState(facts('metastable', { goodputRps: 1500 }), caps, s).why).toContain('so the cache never refills');
  });

  it('has a line for every state the core can report', () => {
    for (const s of STATE_NAMES) expect(explainState(facts(s), caps).why.length, s).toBeGreaterThan(20);
  });
});
