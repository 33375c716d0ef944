import { describe, expect, it } from 'vitest';
import { M, METRIC_COUNT } from '../../sim/metrics';
import { defaultTier, TIER_METRIC_COUNT } from '../../sim/stackSchema';
import { FrameRing } from '../data/frameRing';
import { TierRing, TM } from '../data/tierRing';
import { formatAmplification, pathReadout } from './pathReadout';

const stack = [defaultTier('service', 'web'), defaultTier('cache', 'edge'), defaultTier('service', 'app')];

function rings(first: number, rpsIn: number[]) {
  const ring = new FrameRing(4);
  const row = new Float64Array(METRIC_COUNT);
  row[M.t_s] = 1;
  row[M.first_rps] = first;
  row[M.offered_rps] = first * 1.5;
  row[M.db_rps] = first * 0.25;
  row[M.hit_rate] = 0.9;
  ring.push(row);
  const tiers = new TierRing(4, stack.length);
  const t = new Float64Array(stack.length * TIER_METRIC_COUNT);
  rpsIn.forEach((v, k) => {
    t[k * TIER_METRIC_COUNT + TM.rps_in] = v;
    t[k * TIER_METRIC_COUNT + TM.util] = 0.5 + k / 10;
    t[k * TIER_METRIC_COUNT + TM.errors_rps] = k;
  });
  tiers.push(t);
  return { ring, tiers };
}

describe('pathReadout (what the stack diagram shows)', () => {
  it('reads each arrow as attempts arriving per user request, and the database as queries per user request', () => {
    const { ring, tiers } = rings(500, [750, 750, 2250]);
    const r = pathReadout(ring, tiers, stack, 0);
    expect(r?.tiers.map((t) => t.amplification)).toEqual([1.5, 1.5, 4.5]);
    expect(r?.usersAmplification).toBe(1.5);
    expect(r?.dbAmplification).toBe(0.25);
    expect(r?.tiers[2]).toMatchObject({ load: 0.7, errorsRps: 2 });
  });

  it('has no amplification while no user request arrived, and no readout without a frame', () => {
    const { ring, tiers } = rings(0, [10, 0, 0]);
    expect(pathReadout(ring, tiers, stack, 0)?.tiers[0].amplification).toBeNaN();
    expect(pathReadout(ring, tiers, stack, 1)).toBeNull();
  });

  it('writes amplification with one decimal below ten, whole above, a dash for none', () => {
    expect([1, 4.46, 36.4, Number.NaN].map(formatAmplification)).toEqual(['×1.0', '×4.5', '×36', '×–']);
  });
});
