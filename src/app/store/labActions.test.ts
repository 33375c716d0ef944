import { describe, expect, it } from 'vitest';
import type { Mark } from '../../sim/api';
import { defaultScenario } from '../../sim/parseScenario';
import { createLabStore, initialLabState } from './labStore';
import { dismissError, recordLive, setHighlight, setScenarioIssues, showError } from './labActions';

const flushAt = (tS: number, source: Mark['source']): Mark => ({ tS, source, label: 'flush', trigger: { type: 'flush' } });

describe('named writes to the lab store', () => {
  it('shows an error and dismisses it', () => {
    const store = createLabStore();
    showError(store, 'The simulation worker failed');
    expect(store.getState().error).toBe('The simulation worker failed');
    dismissError(store);
    expect(store.getState().error).toBeNull();
  });

  it('replaces the problems of a scenario from the address, and clears them with an empty list', () => {
    const store = createLabStore();
    setScenarioIssues(store, ['workload.rps: -1 is below 1']);
    expect(store.getState().scenarioIssues).toEqual(['workload.rps: -1 is below 1']);
    setScenarioIssues(store, []);
    expect(store.getState().scenarioIssues).toEqual([]);
  });

  it('points a chart at a span and clears it', () => {
    const store = createLabStore();
    setHighlight(store, { chart: 'goodput', fromS: 150, toS: 180, label: 'look here' });
    expect(store.getState().highlight?.chart).toBe('goodput');
    setHighlight(store, null);
    expect(store.getState().highlight).toBeNull();
  });

  it('records live marks into the script at their time, and leaves the scenario alone for scripted ones', () => {
    const store = createLabStore(initialLabState({ ...defaultScenario(), events: [] }));
    const before = store.getState().scenario;
    expect(recordLive(store, [flushAt(150, 'script')])).toBe(0);
    expect(store.getState().scenario).toBe(before);
    expect(recordLive(store, [flushAt(42.5, 'live')])).toBe(0);
    expect(store.getState().scenario.events).toEqual([{ type: 'flush', atS: 42.5 }]);
  });

  it('counts the live marks it cannot record: at or past the end of the run', () => {
    const store = createLabStore(initialLabState({ ...defaultScenario(), durationS: 100, events: [] }));
    expect(recordLive(store, [flushAt(100, 'live'), flushAt(20, 'live')])).toBe(1);
    expect(store.getState().scenario.events).toHaveLength(1);
  });
});
