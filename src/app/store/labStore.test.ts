import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../sim/parseScenario';
import type { Totals } from '../../sim/api';
import type { FrameBatch } from '../../worker/protocol';
import { adoptParams, beginRun, createLabStore, initialLabState, paramsOf, receiveBatch } from './labStore';

const totals = { events: 0 } as Totals;
const batch = (over: Partial<FrameBatch>): FrameBatch => ({
  runId: 1,
  frames: new Float64Array(0),
  tierFrames: new Float64Array(0),
  marks: [],
  nowMs: 0,
  playing: true,
  done: false,
  totals,
  ...over,
});

function startedStore() {
  const store = createLabStore(initialLabState(defaultScenario()));
  beginRun(store, 1, defaultScenario());
  return store;
}

describe('the lab store', () => {
  it('takes playing, done, parameters and capacities from the worker’s batches', () => {
    const store = startedStore();
    const params = paramsOf(defaultScenario());
    const caps = { dbQps: 400, warmHitRate: 0.9, advertisedRps: 4000, hiddenRps: 400 };
    expect(receiveBatch(store, batch({ params, capacities: caps, done: true, playing: false }))).toBe(true);
    const s = store.getState();
    expect(s.done).toBe(true);
    expect(s.playing).toBe(false);
    expect(s.capacities).toEqual(caps);
  });

  it('ignores batches of a previous run', () => {
    const store = startedStore();
    beginRun(store, 2, defaultScenario());
    expect(receiveBatch(store, batch({ runId: 1, done: true }))).toBe(false);
    expect(store.getState().done).toBe(false);
  });

  it('counts marks as they arrive and forgets them with a new run', () => {
    const store = startedStore();
    const mark = { tS: 1, trigger: { type: 'flush' as const }, source: 'live' as const, label: 'flush' };
    receiveBatch(store, batch({ marks: [mark, mark] }));
    expect(store.getState().markCount).toBe(2);
    beginRun(store, 2, defaultScenario());
    expect(store.getState().markCount).toBe(0);
  });

  it('does not re-render for a batch that changes nothing slow', () => {
    const store = startedStore();
    receiveBatch(store, batch({}));
    let notified = 0;
    store.subscribe(() => notified++);
    receiveBatch(store, batch({ frames: new Float64Array(25) }));
    expect(notified).toBe(0);
  });

  it('adopts the parameters a confirmed change answers with, at once', () => {
    const store = startedStore();
    const params = paramsOf(defaultScenario());
    adoptParams(store, store.getState().runId, { ...params, client: { ...params.client, retries: 0 } });
    expect(store.getState().params.client.retries).toBe(0);
  });

  it('ignores the answer to a change made in a run that has since been replaced', () => {
    const store = startedStore();
    const before = store.getState().params;
    adoptParams(store, store.getState().runId - 1, { ...before, client: { ...before.client, retries: 0 } });
    expect(store.getState().params).toBe(before);
  });
});
