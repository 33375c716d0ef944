import { describe, expect, it } from 'vitest';
import { chooseIntervalMs, resample } from './resample';
import type { RawSeries } from './observed';

const series = (timesS: number[], values: number[]): RawSeries => ({ metric: 'offered_rps', source: 'x', timesS, values });

describe('resampling onto the lab frame grid', () => {
  it('averages samples that fall in one frame and keeps frames without samples as gaps', () => {
    const o = resample([series([100, 100.9, 101.1, 104, 105], [10, 20, 30, 40, 50])], 1000);
    expect(Array.from(o.tS)).toEqual([1, 2, 3, 4, 5, 6]);
    const v = Array.from(o.series.offered_rps!);
    expect(v.slice(0, 2)).toEqual([10, 25]);
    expect(Number.isNaN(v[2]) && Number.isNaN(v[3])).toBe(true);
    expect(v.slice(4)).toEqual([40, 50]);
  });

  it('aligns several series on the earliest sample of any of them', () => {
    const o = resample([series([10, 11, 12], [1, 2, 3]), { ...series([12, 13], [7, 8]), metric: 'hit_rate' }], 1000);
    expect(o.tS.length).toBe(4);
    expect(Number.isNaN(o.series.hit_rate![0])).toBe(true);
    expect(Array.from(o.series.hit_rate!.slice(2))).toEqual([7, 8]);
  });

  it('keeps one-second frames for one-second data and takes the scrape step for sparser data', () => {
    expect(chooseIntervalMs([series([0, 1, 2, 3.1, 4], [1, 1, 1, 1, 1])])).toBe(1000);
    expect(chooseIntervalMs([series([0, 15, 30, 45, 60], [1, 1, 1, 1, 1])])).toBe(15000);
  });

  it('refuses a trace longer than a scenario can replay', () => {
    expect(() => resample([series([0, 200_000], [1, 2])], 1000)).toThrow(/at most 86400 s can be replayed/);
  });

  it.each([
    ['backwards', [0, 2, 1], /offered_rps: sample 3 goes backwards \(1 s after 2 s\); times must increase/],
    ['duplicated', [0, 1, 1], /offered_rps: sample 3 repeats the time of the sample before it \(1 s\)/],
    ['negative', [-5, 1, 2], /offered_rps: sample 1 has a negative time \(-5 s\)/],
  ])('refuses %s times, naming the series, the sample and the time', (_what, times, message) => {
    expect(() => resample([series(times, [1, 2, 3])], 1000)).toThrow(message);
  });
});
