/**
 * Finds the incident in a run: from the first frame at or after the trigger that users feel (goodput
 * below 95% of demand, or the classifier's `degraded`: everyone served, but slower than the latency
 * objective), to the first 10 s in a row that are neither. Sums the impact, and describes the period
 * after the trigger ended, where the sustaining effect shows.
 */
import { M } from '../sim/metrics';
import { DEGRADED, METASTABLE } from '../sim/stateClassifier';
import { RECOVERED_SHARE, WORST_SHARE_FRAMES, feelsHealthy, frameTable, goodputShare, recoveryRow, trailingShare } from './frames';

export interface Incident {
  startS: number;
  recoveredAtS?: number;
  triggerEndS: number;
  durationS: number;
  /**
   * Whether it went on for over 60 s after its trigger ended with the classifier calling it a
   * metastable failure: a run that stays slow because a change is still in force (a deploy's new keys)
   * outlives its trigger without any sustaining loop, and is not called metastable.
   */
  metastable: boolean;
  /** Seconds of the incident the classifier called degraded (served, but slower than the objective). */
  degradedS: number;
  goodputLost: number;
  failed: number;
  wasted: number;
  wastedShare: number;
  worstShare: number;
  minHitRate: number;
  /** Highest p99 of delivered answers in a frame, ms (omits every request that failed). */
  maxP99Ms: number;
  /** Highest p99 of every request in a frame (failures at the moment their caller gave up), ms. */
  maxP99AllMs: number;
  /** Whether users lost nothing that counts (goodput held at 95%) and felt it as slowness only. */
  slowOnly: boolean;
  maxQueue: number;
  after: { retryAmplification: number; waitMs: number; wastedShare: number; fillRps: number; hitRate: number; shedRps: number };
}

export function findIncident(frames: Float64Array, triggerS: number): Incident | undefined {
  const table = frameTable(frames);
  const rows = table.length;
  const at = (r: number, m: number) => table.get(r, m);
  const share = (r: number) => goodputShare(table, r);
  const intervalS = rows > 1 ? at(1, M.t_s) - at(0, M.t_s) : 1;
  let start = -1;
  for (let r = 0; r < rows; r++)
    if (at(r, M.t_s) > triggerS && !feelsHealthy(table, r)) {
      start = r;
      break;
    }
  if (start < 0) return undefined;
  const end = recoveryRow(table, start, feelsHealthy);
  const last = end < 0 ? rows - 1 : end - 1;
  let triggerEnd = start;
  while (triggerEnd <= last && at(triggerEnd, M.trigger_active) === 1) triggerEnd++;
  const sum = { lost: 0, failed: 0, wasted: 0, db: 0, worst: Infinity, minHit: 1, p99: 0, p99All: 0, queue: 0, degraded: 0, metastable: 0 };
  const after = { n: 0, first: 0, offered: 0, wait: 0, wasted: 0, db: 0, fill: 0, hit: 0, shed: 0 };
  for (let r = start; r <= last; r++) {
    sum.lost += Math.max(0, at(r, M.first_rps) - at(r, M.goodput_rps)) * intervalS;
    sum.failed += at(r, M.failed_rps) * intervalS;
    sum.wasted += at(r, M.wasted_rps) * intervalS;
    sum.db += at(r, M.db_rps) * intervalS;
    sum.minHit = Math.min(sum.minHit, at(r, M.hit_rate));
    sum.p99 = Math.max(sum.p99, at(r, M.p99_ms));
    sum.p99All = Math.max(sum.p99All, at(r, M.p99_all_ms));
    if (at(r, M.state) === DEGRADED) sum.degraded += intervalS;
    if (at(r, M.state) === METASTABLE) sum.metastable++;
    sum.queue = Math.max(sum.queue, at(r, M.queue_depth));
    sum.worst = Math.min(sum.worst, trailingShare(table, r, WORST_SHARE_FRAMES, start));
    if (r >= triggerEnd) {
      after.n++;
      after.first += at(r, M.first_rps);
      after.offered += at(r, M.offered_rps);
      after.wait += at(r, M.db_wait_ms);
      after.wasted += at(r, M.wasted_rps);
      after.db += at(r, M.db_rps);
      after.fill += at(r, M.fill_rps);
      after.hit += at(r, M.hit_rate);
      after.shed += at(r, M.shed_rps);
    }
  }
  const n = Math.max(1, after.n);
  const startS = at(start, M.t_s) - intervalS;
  const recoveredAtS = end < 0 ? undefined : at(end, M.t_s) - intervalS;
  const triggerEndS = at(Math.min(triggerEnd, rows - 1), M.t_s) - intervalS;
  const endS = recoveredAtS ?? at(rows - 1, M.t_s);
  return {
    startS,
    recoveredAtS,
    triggerEndS,
    durationS: endS - startS,
    metastable: endS - triggerEndS > 60 && sum.metastable > 0,
    degradedS: sum.degraded,
    goodputLost: sum.lost,
    failed: sum.failed,
    wasted: sum.wasted,
    wastedShare: sum.db > 0 ? sum.wasted / sum.db : 0,
    worstShare: sum.worst === Infinity ? share(start) : sum.worst,
    minHitRate: sum.minHit,
    maxP99Ms: sum.p99,
    maxP99AllMs: sum.p99All,
    slowOnly: (sum.worst === Infinity ? share(start) : sum.worst) >= RECOVERED_SHARE,
    maxQueue: sum.queue,
    after: {
      retryAmplification: after.first > 0 ? after.offered / after.first : 1,
      waitMs: after.wait / n,
      wastedShare: after.db > 0 ? after.wasted / after.db : 0,
      fillRps: after.fill / n,
      hitRate: after.hit / n,
      shedRps: after.shed / n,
    },
  };
}
