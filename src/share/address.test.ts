import { describe, expect, it } from 'vitest';
import { QUERY_PARAMETERS, readHashField, readQuery } from './address';

describe('the address, read in one place', () => {
  it('reads every parameter of the table, with absent ones undefined (flags false)', () => {
    const { values, issues } = readQuery('?view=map&speed=max&paused&workers=3&lesson=herd');
    expect(values).toMatchObject({ view: 'map', speed: 'max', paused: true, workers: 3, lesson: 'herd', bench: false, scenario: undefined });
    expect(Object.keys(values).sort()).toEqual(Object.keys(QUERY_PARAMETERS).sort());
    expect(issues).toEqual([]);
  });

  it('names a bad value, quotes it (shortened) and says what is allowed', () => {
    const { values, issues } = readQuery(`?speed=fast&workers=0&view=${'x'.repeat(200)}`);
    expect(values.speed).toBeUndefined();
    expect(values.workers).toBeUndefined();
    expect(issues).toEqual([
      `view: "${'x'.repeat(40)}…" is not one of map, present; it was ignored.`,
      'speed: "fast" is not one of 1, 10, 60, max; it was ignored.',
      'workers: "0" is not a whole number from 1 to 32; it was ignored.',
    ]);
  });

  it('takes one hash field at a time, however long its neighbours are', () => {
    const hash = `#s=v1.${'A'.repeat(5000)}&map=map&x=workload.rps:1:2:3`;
    expect(readHashField(hash, 'map')).toBe('map');
    expect(readHashField(hash, 'x')).toBe('workload.rps:1:2:3');
    expect(readHashField(hash, 'y')).toBeUndefined();
    expect(readHashField(hash, 's')).toHaveLength(5003);
  });
});
