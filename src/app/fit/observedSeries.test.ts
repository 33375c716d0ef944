import { describe, expect, it } from 'vitest';
import type { Observed } from '../../fit/observed';
import { CHARTS } from '../charts/chartSpecs';
import { captionSeries, observedFrameAt, observedOnChart, observedRange, observedValueAt } from './observedSeries';

/** Ten frames of one second; goodput k+1 at frame k, a gap at frame 4; p99 on every frame. */
function trace(): Observed {
  const tS = Float64Array.from({ length: 10 }, (_, k) => k + 1);
  const goodput = Float64Array.from({ length: 10 }, (_, k) => (k === 4 ? Number.NaN : k + 1));
  return { intervalMs: 1000, tS, series: { goodput_rps: goodput, p99_ms: new Float64Array(10).fill(250), queue_depth: new Float64Array(10).fill(Number.NaN) } };
}
const spec = (id: string) => CHARTS.find((c) => c.id === id)!;

describe('which observed series a chart draws', () => {
  it('puts each observed metric on the chart that draws the same metric, in that series’ colour', () => {
    const goodput = observedOnChart(spec('goodput'), trace());
    expect(goodput.map((o) => o.metric)).toEqual(['goodput_rps']);
    expect(goodput[0].series.color).toBe(spec('goodput').series[2].color);
    expect(observedOnChart(spec('latency'), trace()).map((o) => o.metric)).toEqual(['p99_ms']);
  });

  it('leaves a chart alone when the file has no samples for its metrics', () => {
    expect(observedOnChart(spec('queue'), trace())).toEqual([]);
    expect(observedOnChart(spec('goodput'), null)).toEqual([]);
  });

  it('shows the headline’s observed value in the caption when the file has it, else the first it has', () => {
    expect(captionSeries(spec('goodput'), observedOnChart(spec('goodput'), trace()))?.metric).toBe('goodput_rps');
    // The latency chart's headline is not p99, so the caption shows the observed p99.
    expect(captionSeries(spec('latency'), observedOnChart(spec('latency'), trace()))?.metric).toBe('p99_ms');
    expect(captionSeries(spec('queue'), [])).toBeNull();
  });
});

describe('reading the observed trace on the run’s time axis', () => {
  it('reads the frame that ends at a run time, moved by the shift', () => {
    const o = trace();
    const g = o.series.goodput_rps!;
    expect(observedValueAt(o, g, 3, 0)).toBe(3);
    expect(observedValueAt(o, g, 2.4, 0)).toBe(3);
    // Shifted 2 s later, the value stamped at 3 s shows at 5 s.
    expect(observedValueAt(o, g, 5, 2)).toBe(3);
    expect(observedValueAt(o, g, 1, -2)).toBe(3);
  });

  it('has no value before the shifted trace starts, after it ends, or in a gap', () => {
    const o = trace();
    const g = o.series.goodput_rps!;
    expect(observedFrameAt(o, 0, 0)).toBe(-1);
    expect(observedFrameAt(o, 2, 2)).toBe(-1);
    expect(observedFrameAt(o, 11, 0)).toBe(-1);
    expect(observedValueAt(o, g, 5, 0)).toBeNaN();
  });

  it('draws only the frames whose shifted times lie inside the window', () => {
    const o = trace();
    expect(observedRange(o, [3, 6], 0)).toEqual([2, 6]);
    expect(observedRange(o, [3, 6], 2)).toEqual([0, 4]);
    expect(observedRange(o, [20, 30], 0)).toEqual([0, 0]);
  });
});
