import { describe, expect, it } from 'vitest';
import { importMetrics } from './importFile';
import { ImportError } from './importError';
import { REAL_TRACE, traceTable } from '../../test/fit/realTrace';

const fails = (text: string, mapping = {}) => {
  try {
    importMetrics(text, mapping);
  } catch (e) {
    expect(e).toBeInstanceOf(ImportError);
    return (e as ImportError).message;
  }
  throw new Error('import did not fail');
};

describe('importing a CSV of metrics', () => {
  it("recognises the lab's own column names and keeps every value of the real trace", () => {
    const r = importMetrics(REAL_TRACE);
    const t = traceTable();
    expect(r.format).toBe('csv');
    expect(r.observed.intervalMs).toBe(1000);
    expect(r.observed.tS.length).toBe(300);
    expect(Array.from(r.observed.series.hit_rate!)).toEqual(t.col('hit_rate'));
    expect(Array.from(r.observed.series.p99_ms!)).toEqual(t.col('p99_ms'));
    expect(r.columns.every((c) => c.how === 'recognised')).toBe(true);
  });

  it('maps dashboard names and converts their units: percent, seconds, per minute', () => {
    const text = [
      'timestamp,Request rate (per minute),Hit ratio %,DB CPU percent,p99 latency (s),pool waiters',
      '0,6000,90,50,0.25,3',
      '1,6600,80,100,1.5,40',
    ].join('\n');
    const r = importMetrics(text);
    const s = r.observed.series;
    expect(Array.from(s.offered_rps!)).toEqual([100, 110]);
    expect(Array.from(s.hit_rate!)).toEqual([0.9, 0.8]);
    expect(Array.from(s.db_util!)).toEqual([0.5, 1]);
    expect(Array.from(s.p99_ms!)).toEqual([250, 1500]);
    expect(Array.from(s.queue_depth!)).toEqual([3, 40]);
  });

  it('reads a hit ratio written as a percentage without saying so as a percentage', () => {
    const r = importMetrics('t_s,cache hits\n1,91.5\n2,88');
    expect(r.columns[0]).toMatchObject({ metric: 'hit_rate', unit: 'percent', how: 'guessed unit' });
    expect(r.observed.series.hit_rate![0]).toBeCloseTo(0.915, 12);
  });

  it('takes ISO 8601 and epoch-millisecond timestamps, UTC when no zone is written', () => {
    const iso = importMetrics('time,rps\n2026-12-02T04:00:00,10\n2026-12-02 04:00:01,20\n2026-12-02T04:00:02Z,30');
    const ms = importMetrics('time,rps\n1764648000000,10\n1764648001000,20\n1764648002000,30');
    expect(Array.from(iso.observed.series.offered_rps!)).toEqual([10, 20, 30]);
    expect(Array.from(ms.observed.series.offered_rps!)).toEqual([10, 20, 30]);
    expect(Array.from(ms.observed.tS)).toEqual([1, 2, 3]);
  });

  it('uses the mapping the user chose over the recognised name, and leaves unknown columns out', () => {
    const r = importMetrics('t,api_calls,weird,hit_rate\n0,120,1,0.5\n1,60,2,0.6', {
      api_calls: { metric: 'first_rps', unit: 'per-minute' },
      hit_rate: { metric: 'ignore' },
    });
    expect(Array.from(r.observed.series.first_rps!)).toEqual([2, 1]);
    expect(r.observed.series.hit_rate).toBeUndefined();
    expect(r.columns.find((c) => c.source === 'weird')?.how).toBe('unknown name');
    expect(r.columns.find((c) => c.source === 'hit_rate')?.how).toBe('ignored');
  });

  it('names the line and column of a value that is not a number', () => {
    expect(fails('t_s,goodput_rps\n1,100\n2,fast\n')).toBe('line 3, column "goodput_rps": "fast" is not a number');
  });

  it('names the line and column of a time that is not a timestamp', () => {
    expect(fails('time,rps\n1,5\nyesterday,6')).toMatch(/^line 3, column "time": "yesterday" is not a timestamp/);
  });

  it('says which line has the wrong number of fields, and when a quote is never closed', () => {
    expect(fails('t_s,rps\n1,2\n3,4,5')).toBe('line 3: 3 fields, but the header has 2');
    expect(fails('t_s,rps\n1,"2\n')).toBe('line 2: a quoted field is never closed');
  });

  it('asks for a time column, and for a mapping when no column is known', () => {
    expect(fails('alpha,beta\nx,1')).toMatch(/no time column/);
    expect(fails('t_s,alpha,beta\n1,1,2')).toMatch(/no column or series is a metric the lab knows \(found: "alpha", "beta"\)/);
  });

  it('rejects a mapping to an unknown metric or a unit that does not fit, naming the field', () => {
    expect(fails('t_s,x\n1,2', { x: { metric: 'latency' } })).toMatch(/^mapping of "x": "latency" is not a metric/);
    expect(fails('t_s,x\n1,2', { x: { metric: 'p99_ms', unit: 'percent' } })).toBe('mapping of "x": unit "percent" does not fit p99_ms (allowed: ms, s)');
  });
});
