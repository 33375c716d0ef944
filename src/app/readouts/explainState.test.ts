import { describe, expect, it } from 'vitest';
import { STATE_NAMES } from '../../sim/metrics';
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

  it('has a line for every state the core can report', () => {
    for (const s of STATE_NAMES) expect(explainState(facts(s), caps).why.length, s).toBeGreaterThan(20);
  });
});
