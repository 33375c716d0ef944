import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../sim/parseScenario';
import { readStartupOptions } from './startupOptions';

describe('readStartupOptions', () => {
  it('runs the default scenario at 10× when the address says nothing', () => {
    const o = readStartupOptions('');
    expect(o.scenario).toEqual(defaultScenario());
    expect(o.speed).toBe(10);
    expect(o.autoplay).toBe(true);
    expect(o.issues).toEqual([]);
  });

  it('reads a scenario, a speed and a paused start', () => {
    const o = readStartupOptions(`?scenario=${encodeURIComponent('{"durationS":60,"seed":9}')}&speed=max&paused`);
    expect(o.scenario.durationS).toBe(60);
    expect(o.scenario.seed).toBe(9);
    expect(o.speed).toBe('max');
    expect(o.autoplay).toBe(false);
  });

  it('explains bad input and keeps what is usable', () => {
    const o = readStartupOptions(`?scenario=${encodeURIComponent('{"db":{"workers":-3},"durationS":60}')}&speed=fast`);
    expect(o.scenario.durationS).toBe(60);
    expect(o.scenario.db.workers).toBe(defaultScenario().db.workers);
    expect(o.issues.join('\n')).toMatch(/db\.workers/);
    expect(o.issues.join('\n')).toMatch(/speed: "fast"/);
  });

  it('falls back to the default scenario when the JSON cannot be read', () => {
    const o = readStartupOptions('?scenario=%7Bnope');
    expect(o.scenario).toEqual(defaultScenario());
    expect(o.issues[0]).toMatch(/not valid JSON/);
  });
});

describe('readStartupOptions: ?scenario= goes through the share-link decoder', () => {
  it('removes text-direction overrides from the title and says so', () => {
    const o = readStartupOptions(`?scenario=${encodeURIComponent(JSON.stringify({ title: 'evil\u202Egnp.exe', durationS: 60 }))}`);
    expect(o.scenario.title).toBe('evilgnp.exe');
    expect(o.issues.join('\n')).toMatch(/title: control or text-direction characters were removed/);
  });

  it('refuses a document nested deeper than any real scenario', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 40; i++) deep = { a: deep };
    const o = readStartupOptions(`?scenario=${encodeURIComponent(JSON.stringify(deep))}`);
    expect(o.scenario.durationS).toBe(defaultScenario().durationS);
    expect(o.issues.join('\n')).toMatch(/nested more than/);
  });
});
