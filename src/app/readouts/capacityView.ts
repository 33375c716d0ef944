/**
 * The words and figures of the capacity readout, from what is in force at the moment shown: the
 * parameters after every `set`, the database's contention curve, the load that actually arrives
 * (a spike multiplies it), and the hit rate the run actually has where Che's approximation cannot
 * know it (a TTL expires entries Che keeps). A figure the chart beside it would contradict is never
 * shown; where none can be known, the words say why.
 */
import type { FrameColumns } from '../../analysis/frames';
import type { Capacities } from '../../sim/capacity';
import { M } from '../../sim/metrics';
import { bestDbQps, dbQpsAt, saturatedDbQps } from '../../sim/dbThroughput';
import type { Params } from '../../sim/scenario';
import { formatCount, formatPercent } from '../format';

/** What the latest frames say: the mean over the last few seconds, so one noisy frame does not flip a verdict. */
export interface RecentFrames {
  /** New requests per second arriving. */
  firstRps: number;
  /** Cache hits / lookups. */
  hitRate: number;
}

export interface CapacityFigure {
  /** The figure, or words when none can be known. */
  value: string;
  /** Whether `value` is a number of req/s (the unit is then shown beside it). */
  perSecond: boolean;
  note: string;
}

export interface CapacityView {
  advertised: CapacityFigure;
  hidden: CapacityFigure;
  load: CapacityFigure & { verdict: string; rps: number };
  /** What the system carries cold, req/s, the figure the verdict compares with. */
  hiddenRps: number;
  /**
   * The least the database completes once a cold cache overwhelms it, by the mechanisms the note
   * names (the contention curve with every connection busy, expensive rebuilds); hiddenRps without any.
   */
  hiddenFloorRps: number;
  /** What the system carries warm at the hit rate in force, req/s (Infinity: the database never limits it). */
  advertisedRps: number;
}

/** A measured load this far from the configured one is called out (a spike or closed-loop clients). */
const LOAD_DIFFERS = 0.1;

export function capacityView(caps: Capacities, params: Params, recent: RecentFrames | null): CapacityView {
  const { db, cache, workload } = params;
  const best = bestDbQps(db);
  const saturated = saturatedDbQps(db);
  const knee = db.cores > 0 && db.workers > db.cores && saturated < best * 0.95;

  // Hidden: the most a cold cache can lean on the database without tipping it. Past the contention
  // knee that is its best point (cores in service); a load above it fills every connection, and then
  // it completes far less: the note says how much, and how much less the expensive keys make it.
  const hiddenRps = caps.hiddenRps;
  let hiddenNote = caps.hiddenBy !== undefined ? `cold: bounded by tier ${caps.hiddenBy}` : 'cold: DB alone';
  let hiddenFloorRps = hiddenRps;
  if (caps.hiddenBy === undefined && knee) {
    hiddenFloorRps = saturated;
    hiddenNote = `cold: DB at its best; above it ${formatCount(db.workers)} connections on ${formatCount(db.cores)} cores complete ${formatCount(saturated)}`;
  }
  if (caps.hiddenBy === undefined && cache.capacity > 0 && cache.rebuildHottest > 0 && cache.rebuildMs > db.serviceMs) {
    hiddenFloorRps = dbQpsAt(db, knee ? db.workers : Math.min(db.workers, db.cores > 0 ? db.cores : db.workers), cache.rebuildMs);
    hiddenNote += `, ${formatCount(hiddenFloorRps)} if all are ${formatCount(cache.rebuildMs)} ms rebuilds`;
  }

  // Advertised: Che's warm hit rate, unless a TTL makes the run's own hit rate the one in force.
  let h = caps.warmHitRate;
  let hitNote = `${formatPercent(h, 0)} hits (Che)`;
  if (cache.capacity > 0 && cache.ttlMs > 0 && recent && Number.isFinite(recent.hitRate)) {
    h = recent.hitRate;
    hitNote = `the run's ${formatPercent(h, 0)} hits (Che's ${formatPercent(caps.warmHitRate, 0)} ignores the ${formatCount(cache.ttlMs / 1000)} s TTL)`;
  }
  // Warm, the database runs below its knee: its best throughput is the one that counts.
  const dbBound = h >= 1 ? Infinity : best / (1 - h);
  const advertisedRps = caps.advertisedBy !== undefined ? Math.min(caps.advertisedRps, dbBound) : dbBound;
  let advertised: CapacityFigure;
  if (cache.capacity === 0) advertised = { value: formatCount(hiddenRps), perSecond: true, note: 'the database alone, as hidden' };
  else if (!Number.isFinite(advertisedRps)) advertised = { value: '∞', perSecond: true, note: `warm, ${hitNote}: every key fits, so the DB never limits it` };
  else
    advertised = {
      value: formatCount(advertisedRps),
      perSecond: true,
      note: `warm, ${hitNote}${caps.advertisedBy !== undefined && advertisedRps === caps.advertisedRps ? `, bounded by tier ${caps.advertisedBy}` : ''}`,
    };

  // Load: what arrives now; the configured rate when no frame has come yet.
  const configured = workload.mode === 'open' ? workload.rps : NaN;
  const rps = recent && Number.isFinite(recent.firstRps) ? recent.firstRps : configured;
  const differs = Number.isFinite(configured) && Math.abs(rps - configured) > LOAD_DIFFERS * Math.max(configured, 1);
  const loadNote =
    workload.mode === 'closed' ? `arriving from ${formatCount(workload.clients)} clients` : differs ? `arriving (base ${formatCount(configured)})` : '';
  return {
    advertised,
    hidden: { value: formatCount(hiddenRps), perSecond: true, note: hiddenNote },
    load: { value: formatCount(rps), perSecond: true, note: loadNote, verdict: loadVerdict(rps, hiddenRps, advertisedRps), rps },
    hiddenRps,
    hiddenFloorRps,
    advertisedRps,
  };
}

/** Where the load sits between the two capacities, in the paper's words. */
export function loadVerdict(load: number, hidden: number, advertised: number): string {
  if (!Number.isFinite(load)) return '';
  // Load alone, not the state: a run within capacity can still be slow (degraded), so no state word here
  // but the ones the load alone decides.
  if (load <= hidden) return '≤ hidden: fits even a cold cache';
  if (load <= advertised) return 'between: vulnerable';
  return '> advertised: overloaded';
}

/** Seconds of frames the load and hit rate in force are averaged over. */
const RECENT_FRAMES = 10;

/** Mean arrivals and hit rate over the newest frames held; null before the first frame. */
export function recentFrames(ring: FrameColumns): RecentFrames | null {
  if (ring.length === 0) return null;
  const from = Math.max(0, ring.length - RECENT_FRAMES);
  let first = 0;
  let hit = 0;
  for (let i = from; i < ring.length; i++) {
    first += ring.get(i, M.first_rps);
    hit += ring.get(i, M.hit_rate);
  }
  const n = ring.length - from;
  return { firstRps: first / n, hitRate: hit / n };
}
