import { describe, expect, it } from 'vitest';
import { M, METRIC_COUNT, STATE_NAMES } from '../../sim/metrics';
import { FrameRing } from '../data/frameRing';
import { summarize } from './runSummary';

describe('summarize', () => {
  it('reads state and served share off the newest frame', () => {
    const ring = new FrameRing(4);
    const f = new Float64Array(METRIC_COUNT);
    f[M.t_s] = 1;
    f[M.first_rps] = 3000;
    f[M.goodput_rps] = 1710;
    f[M.state] = STATE_NAMES.indexOf('metastable');
    ring.push(f);
    expect(summarize(ring)).toMatchObject({ state: 'Metastable failure', text: 'Metastable failure · 57% served · 1,710 req/s' });
  });

  it('says so before the first frame', () => {
    expect(summarize(null).text).toBe('waiting for the first frame');
  });
});
