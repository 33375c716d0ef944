/**
 * What each mitigation is doing right now, in one short phrase read off the newest frame: "312
 * tokens, 40 retries denied/s", "open: 800 fast-failed/s". Shown next to its switch, so a user sees
 * the mechanism act (or idle) without hunting through charts.
 */
import { M } from '../../sim/metrics';
import { formatCount } from '../format';

type Read = (col: (c: number) => number) => string;

const rate =
  (c: number, what: string): Read =>
  (col) =>
    `${formatCount(col(c))} ${what}/s`;

export const LIVE_READOUTS: Readonly<Record<string, Read>> = {
  'retry-budget': (col) => `${formatCount(col(M.budget_tokens))} tokens · ${formatCount(col(M.budget_denied_rps))} denied/s`,
  'circuit-breaker': (col) => `${col(M.breaker_open) > 0 ? 'open' : 'closed'} · ${formatCount(col(M.breaker_rps))} fast-failed/s`,
  coalescing: rate(M.coalesced_rps, 'joined'),
  'stale-while-revalidate': rate(M.stale_rps, 'stale'),
  xfetch: rate(M.background_rps, 'refreshes'),
  'warm-up': rate(M.background_rps, 'background'),
  'fill-late': rate(M.fill_rps, 'fills'),
  'deadline-propagation': rate(M.dropped_rps, 'skipped'),
  'short-queue': rate(M.rejected_rps, 'rejected'),
  'queue-delay-shedding': rate(M.shed_rps, 'shed'),
  'concurrency-limit': rate(M.shed_rps, 'shed'),
  codel: rate(M.shed_rps, 'shed'),
  'retry-after': rate(M.retry_rps, 'retries'),
};

/** The phrase for mitigation `id` from a frame reader, or '' when it has none or there is no frame yet. */
export function liveText(id: string, col: (c: number) => number): string {
  const read = LIVE_READOUTS[id];
  if (!read || !Number.isFinite(col(M.t_s))) return '';
  return read(col);
}
