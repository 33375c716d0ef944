/**
 * The database's best throughput on its own, apart from ./capacity so that a knob's label can show it
 * without bringing Che's approximation and the tier capacities into the page's first load.
 */
import type { Params } from './scenario';

/**
 * Best database throughput, queries/s, over the concurrency the workers allow. With n queries in
 * service past the cores each one slows by (n / cores) × (1 + contention × (n − cores)) (see
 * db.cores in the schema), so throughput is min(n, cores) / serviceMs / (1 + contention ×
 * max(0, n − cores)): it rises to the cores and never rises after, so the best point is
 * min(workers, cores). Extra connections past the cores add nothing at best.
 */
export function bestDbQps(db: Params['db']): number {
  const useful = db.cores > 0 ? Math.min(db.workers, db.cores) : db.workers;
  return (useful * 1000) / db.serviceMs;
}

/**
 * Database throughput, queries/s, with n queries in service, each of mean `serviceMs` before
 * contention: min(n, cores) / serviceMs / (1 + contention × max(0, n − cores)).
 */
export function dbQpsAt(db: Params['db'], n: number, serviceMs = db.serviceMs): number {
  if (db.cores <= 0) return (n * 1000) / serviceMs;
  return (Math.min(n, db.cores) * 1000) / serviceMs / (1 + db.contention * Math.max(0, n - db.cores));
}

/**
 * What the database completes once every connection is busy, as it is whenever the load exceeds
 * its best throughput (a cold cache): the contention curve at n = workers. Equal to bestDbQps
 * without a knee; past one, the figure a cold-cache readout must show.
 */
export function saturatedDbQps(db: Params['db']): number {
  return dbQpsAt(db, db.workers);
}
