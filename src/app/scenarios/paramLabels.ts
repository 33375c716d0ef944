/**
 * Human names for the parameters a scripted "Change a parameter" can set, so the event form reads
 * "Cache · Early refresh β (XFetch)" rather than "cache.xfetchBeta". The path stays the value (it is
 * what the scenario file holds); the schema still decides the kind, range and unit.
 */
import { SECTIONS, type FieldSpec } from '../../sim/schema';

const SECTION_LABELS: Record<string, string> = { workload: 'Workload', cache: 'Cache', db: 'Database', client: 'Clients', shedding: 'Load shedding' };

const LABELS: Record<string, string> = {
  'workload.mode': 'Open or closed loop',
  'workload.rps': 'Load',
  'workload.clients': 'Clients (closed loop)',
  'workload.thinkMs': 'Think time (closed loop)',
  'workload.keys': 'Number of keys',
  'workload.zipf': 'Key popularity skew (Zipf)',
  'cache.capacity': 'Cache size',
  'cache.warm': 'Start warm',
  'cache.ttlMs': 'Entry lifetime (TTL)',
  'cache.hitMs': 'Hit latency',
  'cache.coalesce': 'Request coalescing',
  'cache.staleMs': 'Stale-while-revalidate window',
  'cache.ttlJitter': 'TTL jitter',
  'cache.xfetchBeta': 'Early refresh β (XFetch)',
  'cache.fillLate': 'Fill from late answers',
  'cache.warmupRps': 'Warm-up rate',
  'cache.warmupMaxUtil': 'Warm-up pauses above DB busy share',
  'cache.versionedKeys': 'Versioned keys after a deploy',
  'db.workers': 'Workers',
  'db.serviceMs': 'Service time',
  'db.queueLimit': 'Queue limit',
  'db.deadlinePropagation': 'Skip queries whose caller left',
  'db.queueOrder': 'Queue order',
  'db.lifoAfterMs': 'Adaptive LIFO after',
  'client.timeoutMs': 'Timeout',
  'client.retries': 'Retries',
  'client.backoff': 'Backoff',
  'client.backoffBaseMs': 'Backoff base',
  'client.backoffCapMs': 'Backoff cap',
  'client.retryBudget': 'Retry budget',
  'client.budgetTokens': 'Retry budget size',
  'client.budgetRetryCost': 'Retry budget cost after an error',
  'client.budgetTimeoutCost': 'Retry budget cost after a timeout',
  'client.budgetRefund': 'Retry budget refund per success',
  'client.breaker': 'Circuit breaker',
  'client.breakerFailureRate': 'Breaker opens at failure share',
  'client.breakerWindowMs': 'Breaker window',
  'client.breakerMinRequests': 'Breaker minimum outcomes',
  'client.breakerOpenMs': 'Breaker open for',
  'client.breakerProbes': 'Breaker probes to close',
  'client.honorRetryAfter': 'Honour retry-after',
  'shedding.mode': 'Shedding mode',
  'shedding.maxQueueDelayMs': 'Queue-delay threshold',
  'shedding.maxInFlight': 'Concurrency threshold',
  'shedding.codelTargetMs': 'CoDel target delay',
  'shedding.codelIntervalMs': 'CoDel interval',
  'shedding.retryAfterMs': 'Retry-after on overload errors',
};

/** The schema's spec of a "section.field" path, if it names a parameter. */
export function paramSpec(path: string): FieldSpec | undefined {
  const [section, field] = path.split('.');
  return (SECTIONS as Record<string, Record<string, FieldSpec>>)[section]?.[field];
}

export const sectionLabel = (section: string) => SECTION_LABELS[section] ?? section;

/** "Cache size", falling back to the path for a parameter added to the schema without a label. */
export const paramLabel = (path: string) => LABELS[path] ?? path;
