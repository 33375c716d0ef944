/**
 * What the stack diagram shows at one frame, read from the metric frames only: each tier's load
 * (a service tier's utilization, a cache tier's hit rate), queue and errors, and each arrow's
 * amplification — attempts arriving there per user request (`NAME_rps_in / first_rps`), and the
 * database's queries per user request (`db_rps / first_rps`).
 */
import { M } from '../../sim/metrics';
import type { Tier } from '../../sim/stackSchema';
import type { FrameRing } from '../data/frameRing';
import { TM, type TierRing } from '../data/tierRing';

export interface TierReadout {
  /** Attempts arriving per user request (NaN while no user request arrived). */
  amplification: number;
  rpsIn: number;
  /** Service: share of slots held; cache: hit rate. */
  load: number;
  /** Service: calls queued for a slot (time-averaged); cache: misses per second that joined a fetch in flight. */
  queue: number;
  errorsRps: number;
  p99Ms: number;
}

export interface PathReadout {
  usersRps: number;
  /** Users' own attempts (first attempts and retries) per user request. */
  usersAmplification: number;
  tiers: TierReadout[];
  hitRate: number;
  dbUtil: number;
  dbQueue: number;
  /** Database queries per user request. */
  dbAmplification: number;
}

const per = (v: number, first: number) => (first > 0 ? v / first : Number.NaN);

/** The readout at frame `i` of both rings (they hold the same frames), or null when there is none. */
export function pathReadout(ring: FrameRing, tierRing: TierRing, stack: readonly Tier[], i: number): PathReadout | null {
  if (i < 0 || i >= ring.length) return null;
  const first = ring.get(i, M.first_rps);
  const hasTiers = i < tierRing.length;
  return {
    usersRps: first,
    usersAmplification: per(ring.get(i, M.offered_rps), first),
    tiers: stack.map((_t, k) => {
      const at = (m: number) => (hasTiers && k < tierRing.tiers ? tierRing.get(i, k, m) : Number.NaN);
      return {
        amplification: per(at(TM.rps_in), first),
        rpsIn: at(TM.rps_in),
        load: at(TM.util),
        queue: at(TM.queue),
        errorsRps: at(TM.errors_rps),
        p99Ms: at(TM.p99_ms),
      };
    }),
    hitRate: ring.get(i, M.hit_rate),
    dbUtil: ring.get(i, M.db_util),
    dbQueue: ring.get(i, M.queue_depth),
    dbAmplification: per(ring.get(i, M.db_rps), first),
  };
}

/** "×4.2" for an amplification, "×–" while nothing arrived. */
export function formatAmplification(v: number): string {
  if (!Number.isFinite(v)) return '×–';
  return `×${v >= 10 ? Math.round(v) : v.toFixed(1)}`;
}
