import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../sim/parseScenario';
import { TM } from '../data/tierRing';
import type { LabRuntime } from '../runtime/labRuntime';
import { createLabStore, initialLabState } from '../store/labStore';
import { stackViewFor } from './stackView';
import { tierSeriesFor } from './tierLine';

function labWith(selected: string | null): LabRuntime {
  const scenario = parseScenario({
    stack: [
      { kind: 'cache', name: 'edge' },
      { kind: 'service', name: 'app' },
    ],
  }).value;
  // Only the store is read; the rest of the runtime plays no part in choosing a series.
  const lab = { store: createLabStore(initialLabState(scenario)) } as unknown as LabRuntime;
  stackViewFor(lab).setState({ selected });
  return lab;
}

describe('which tier column a chart draws for the selected tier', () => {
  it('draws nothing while no tier is selected, or the selected one is gone', () => {
    expect(tierSeriesFor(labWith(null), 'goodput')).toBeNull();
    expect(tierSeriesFor(labWith('api'), 'goodput')).toBeNull();
  });

  it('draws a service tier’s slots held on the DB CPU chart and its queue on the queue chart, but nothing on the hit-rate chart', () => {
    const lab = labWith('app');
    expect(tierSeriesFor(lab, 'dbcpu')).toMatchObject({ tier: 1, name: 'app', series: { metric: TM.util, what: 'slots held' } });
    expect(tierSeriesFor(lab, 'queue')?.series.metric).toBe(TM.queue);
    expect(tierSeriesFor(lab, 'hit')).toBeNull();
  });

  it('draws a cache tier’s hit rate on the hit-rate chart, its errors on the failures chart, and no queue or CPU line', () => {
    const lab = labWith('edge');
    expect(tierSeriesFor(lab, 'hit')).toMatchObject({ tier: 0, series: { metric: TM.util, what: 'hit rate' } });
    expect(tierSeriesFor(lab, 'failures')?.series.metric).toBe(TM.errors_rps);
    expect(tierSeriesFor(lab, 'queue')).toBeNull();
    expect(tierSeriesFor(lab, 'dbcpu')).toBeNull();
  });

  it('has nothing for a chart it does not know', () => {
    expect(tierSeriesFor(labWith('app'), 'timeline')).toBeNull();
  });
});
