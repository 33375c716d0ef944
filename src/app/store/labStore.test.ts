import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../sim/parseScenario';
import type { Totals } from '../../sim/api';
import type { FrameBatch } from '../../worker/protocol';
import { beginRun, confirmDraft, createLabStore, initialLabState, paramsOf, receiveBatch, rejectDraft, setDraft } from './labStore';

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

  it('keeps a slider draft until the worker confirms that very value', () => {
    const store = startedStore();
    const params = paramsOf(defaultScenario());
    setDraft(store, 'retries', 1);
    setDraft(store, 'retries', 0);
    confirmDraft(store, 'retries', 1, { ...params, client: { ...params.client, retries: 1 } });
    expect(store.getState().drafts.retries).toBe(0);
    confirmDraft(store, 'retries', 0, { ...params, client: { ...params.client, retries: 0 } });
    expect(store.getState().drafts.retries).toBeUndefined();
    expect(store.getState().params.client.retries).toBe(0);
  });

  it('drops a refused draft and says why', () => {
    const store = startedStore();
    setDraft(store, 'load', -5);
    rejectDraft(store, 'load', ['changes.workload.rps: -5 is out of range']);
    expect(store.getState().drafts.load).toBeUndefined();
    expect(store.getState().error).toMatch(/out of range/);
  });
});
