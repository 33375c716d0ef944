import { describe, expect, it } from 'vitest';
import { encodeLink } from '../../share';
import { defaultScenario } from '../../sim/parseScenario';
import { defaultSpec, labPageUrl, mapPageUrl, readMapAddress } from './mapAddress';
import { readMapStartup, prepareSetup } from './mapStartup';
import { isMapView } from './mapRoute';

const spec = {
  mode: 'map' as const,
  x: { path: 'workload.rps', from: 1000, to: 4000, steps: 4 },
  y: { path: 'events[0].hottest', from: 25, to: 1400, steps: 3 },
};

describe('map address', () => {
  it('is the lab page with view=map, the scenario link and the axes in the hash', () => {
    const url = mapPageUrl('/lab/', 'v1.abc', spec);
    expect(url).toBe('/lab/?view=map#s=v1.abc&map=map&x=workload.rps:1000:4000:4&y=events%5B0%5D.hottest:25:1400:3');
    expect(isMapView(url.slice(url.indexOf('?'), url.indexOf('#')))).toBe(true);
    expect(isMapView('?view=present')).toBe(false);
    expect(readMapAddress(url.slice(url.indexOf('#')))).toEqual({ spec, errors: [] });
    expect(labPageUrl('/lab/', 'v1.abc')).toBe('/lab/#s=v1.abc');
  });

  it('without axes picks defaults silently; bad axes are named', () => {
    expect(readMapAddress('#s=v1.abc')).toEqual({ spec: null, errors: [] });
    const bad = readMapAddress('#s=v1.abc&map=map&x=workload.rps:1:2:999&y=nope:1:2:3');
    expect(bad.spec).toBeNull();
    expect(bad.errors.join('\n')).toMatch(/steps must be a whole number from 1 to 64/);
    expect(bad.errors.join('\n')).toMatch(/unknown path "nope"/);
  });

  it('defaults to load × hottest keys around the scenario, and a load sweep from a quarter of that', () => {
    const s = defaultScenario();
    expect(defaultSpec(s, 'map')).toEqual({
      mode: 'map',
      x: { path: 'workload.rps', from: 1000, to: 4000, steps: 12 },
      y: { path: 'events[0].hottest', from: 25, to: 1400, steps: 12 },
    });
    expect(defaultSpec(s, 'hysteresis')).toEqual({ mode: 'hysteresis', x: { path: 'workload.rps', from: 250, to: 4000, steps: 16 } });
  });

  it('a map link opens the same setup it was made from', async () => {
    const { setup } = prepareSetup({ ...defaultScenario(), durationS: 120 }, spec);
    const r = await encodeLink(setup.scenario);
    if (!r.ok) throw new Error(r.error);
    const url = mapPageUrl('/', r.link, spec);
    const opened = await readMapStartup({ hash: url.slice(url.indexOf('#')) });
    expect(opened.issues).toEqual([]);
    expect(opened.notes).toEqual([]); // already prepared: nothing changes
    expect(opened.spec).toEqual(spec);
    expect(opened.scenario).toEqual(setup.scenario);
  });

  it('coming from the lab, runs are cut to 300 s and a flush of the hottest keys is added', async () => {
    const r = await encodeLink(defaultScenario());
    if (!r.ok) throw new Error(r.error);
    const opened = await readMapStartup({ hash: `#s=${r.link}` });
    expect(opened.scenario.durationS).toBe(300);
    expect(opened.scenario.events).toEqual([{ atS: 150, type: 'flush', hottest: 713 }]);
    expect(opened.spec.mode).toBe('map');
  });
});

describe('map address: limits apply to the map part only', () => {
  it('keeps the axes of a link whose scenario part is several kilobytes long', () => {
    const hash = `#s=v1.${'A'.repeat(3000)}&map=map&x=workload.rps:1000:4000:4&y=events%5B0%5D.hottest:25:1400:3`;
    expect(readMapAddress(hash)).toEqual({ spec, errors: [] });
  });

  it('a path through __proto__ or constructor is an unknown path, not a TypeError', () => {
    for (const path of ['events[0].changes.__proto__.toString', 'events[0].changes.workload.constructor', 'workload.__proto__']) {
      const r = readMapAddress(`#map=map&x=workload.rps:1000:4000:4&y=${encodeURIComponent(path)}:1:5:3`);
      expect(r.spec).toBeNull();
      expect(r.errors.join('\n')).toMatch(/unknown path/);
    }
  });
});

describe('map workers', () => {
  it('a link may ask for fewer workers than the cores, never for more', async () => {
    const { poolSizeFrom } = await import('./sweepRun');
    expect(poolSizeFrom('?view=map&workers=32', 8)).toBe(8);
    expect(poolSizeFrom('?view=map&workers=2', 8)).toBe(2);
    expect(poolSizeFrom('?view=map', 4)).toBe(4);
    expect(poolSizeFrom('?view=map&workers=32', 1)).toBe(1);
  });
});

describe('map workers within the memory budget', () => {
  it('runs fewer workers when each holds a large cell, and never fewer than one', async () => {
    const { workersWithinBudget } = await import('./sweepRun');
    const cell = (keys: number) => ({ kind: 'branch' as const, id: 0, scenario: { ...defaultScenario(), workload: { ...defaultScenario().workload, keys } } });
    expect(workersWithinBudget([cell(100_000)], 8).workers).toBe(8);
    expect(workersWithinBudget([cell(100_000), cell(3_000_000)], 8).workers).toBe(1);
    expect(workersWithinBudget([cell(10_000_000)], 8).workers).toBe(1);
  });
});
