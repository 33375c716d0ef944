/**
 * The lab's one glossary: every term of art that appears on screen, in a lesson or in the docs,
 * explained in a sentence or two for someone who has never read the papers. The names (and the ways
 * each is written) live in glossaryTerms.ts, which loads with the page; the definitions here load on
 * the first Term shown, keeping them out of the first-load budget. The on-screen Term component,
 * docs/glossary.md (npm run glossary-doc) and the README all read this one list.
 */
import { GLOSSARY_TERMS, type GlossaryId, type GlossaryTerm } from './glossaryTerms';

export type { GlossaryId } from './glossaryTerms';

export interface GlossaryEntry extends GlossaryTerm {
  /** Plain text, one to three sentences; no markup. */
  definition: string;
}

/** Every entry's definition; the type makes a missing or unknown id a compile error. */
export const DEFINITIONS: Record<GlossaryId, string> = {
  goodput: 'Requests answered in time, per second. It is compared with demand (new requests), not with attempts, so a retry that finally succeeds counts once.',
  demand: 'Demand is the new requests clients send per second. Attempts add every retry on top: when retries pile up, attempts can be several times demand.',
  'advertised-capacity':
    'The load the system carries while the cache is warm: database throughput ÷ (1 − warm hit rate). It is what normal-day dashboards suggest. It reads ∞ when the warm hit rate is 100%: with every request a hit, the database never limits the warm system.',
  'hidden-capacity':
    'The load the system carries with a cold cache: what the database serves alone (workers ÷ service time). Between hidden and advertised capacity the system is healthy but vulnerable.',
  che: "A quick estimate of an LRU cache's hit rate from its size and how popular each key is: every key is assumed to stay cached for the same characteristic time. The lab uses it for the warm hit rate behind advertised capacity.",
  'characteristic-metric':
    'A measurement that shows the sustaining effect itself, not just the damage. Here it is the minimum queueing delay over a sliding window: it stays high only while the database queue never drains.',
  codel:
    'Controlled Delay: a queue policy that drops requests when even the shortest wait over a recent interval is above a target, so a standing queue is cut while short bursts still pass.',
  rejected: 'Turned away at once because the database queue was full. The client learns quickly and may retry.',
  shed: 'Dropped on purpose by a load-shedding policy (a queue-delay limit, CoDel) before the database spent any work on it.',
  'dropped-at-cap':
    'Turned away by the simulation itself, not by the system it models: a run may hold about a million requests in flight and a million queued queries, so that a shared link cannot take a phone past a few hundred megabytes. Beyond that, new requests are dropped and counted here; a real system would have kept queueing them.',
  'timed-out': 'The client stopped waiting after its timeout. The database may still do the work later, for nobody: wasted work.',
  metastable:
    'A failure that outlives its trigger: once the trigger is over, a sustaining effect (retries, a cold cache, a deep queue) keeps the system down although the load alone would be fine.',
  vulnerable: 'Healthy, but with load above hidden capacity: a trigger that empties the cache or slows the database can tip it into a metastable failure.',
  trigger: 'A short event that starts the trouble: a cache flush, a load spike, a database slowdown or outage, a deploy that changes cache keys.',
  'sustaining-effect':
    'The feedback loop that keeps a failure going after its trigger: retries multiplying load, a cache that cannot refill, a queue serving callers who already left.',
  stable: 'Healthy, with load at or below hidden capacity: even a cold cache would keep up, so no trigger can start a lasting failure.',
  recovering: 'Goodput is rising back towards demand after a failure, but has not yet stayed healthy (90% of demand) for 10 s.',
  overloaded: 'Load above advertised capacity: the system fails even with a warm cache and no trigger. Only less load helps.',
  degraded:
    "Serving nearly everyone, but slowly: the p95 of every request (a failed one at the time its caller gave up) has stayed above the scenario's latency objective (client.sloP95Ms; by default half the client timeout). Goodput alone calls this healthy; users do not.",
  'hit-rate': 'The share of cache lookups answered by the cache. Every miss becomes a database query, so a small drop in hit rate can multiply database load.',
  'db-cpu': 'The share of database worker time spent busy. The dashed part is wasted work: queries finished for callers who had already timed out.',
  'wasted-work': 'Database time spent on answers nobody waits for any more: the caller timed out, so the answer is thrown away.',
  percentile:
    'The p99 is the latency 99% of answers beat; p95 and p50 (the median) likewise. Served percentiles count only answers that arrived, so they omit every user who failed.',
  'all-request-latency':
    "The p99 over all users' requests, a failed one counted at the time its caller gave up. Measuring only served answers hides the failures (coordinated omission).",
  retries:
    'A client sending a request again after a timeout or an error. Retries add load exactly when the system is slowest: the retry storm that keeps a failure going.',
  backoff: 'Backoff waits longer before each retry; jitter randomises the wait, so clients that failed together do not retry together.',
  'retry-budget': 'A cap on retries as a share of requests (a token bucket): under trouble, most retries are refused instead of doubling the load.',
  'retry-after': 'A hint in an overload error telling the client how long to wait before trying again.',
  'circuit-breaker':
    'After many failures the client stops calling for a while and fails fast, then lets a few probes through to see whether the service is back.',
  coalescing: 'Misses for the same key share one database query instead of each sending their own (also called single-flight).',
  'stale-while-revalidate':
    'Serve a cache entry a little past its expiry while one background query refreshes it, so an expiry never becomes a burst of misses.',
  ttl: 'Time to live: how long a cache entry is kept before it expires and the next lookup misses.',
  xfetch:
    'Probabilistic early refresh: each lookup may refresh an entry before it expires, more likely as expiry nears, so popular keys never expire all at once.',
  lifo: 'Last in, first out: the database serves the newest query first, whose caller is the likeliest to still be waiting.',
  'deadline-propagation': "The request carries its caller's deadline, so the database skips queued work whose caller has already given up.",
  'concurrency-limit': 'A bound on queries running or waiting at once; beyond it, work is refused at once instead of queueing behind a backlog.',
};

export const GLOSSARY: readonly (GlossaryEntry & { id: GlossaryId })[] = GLOSSARY_TERMS.map((t) => ({ ...t, definition: DEFINITIONS[t.id] }));

export function glossaryEntry(id: GlossaryId): GlossaryEntry {
  const e = GLOSSARY.find((g) => g.id === id);
  if (!e) throw new Error(`glossary: no entry "${id}"`);
  return e;
}

/** The glossary as Markdown, for docs/glossary.md. */
export function glossaryMarkdown(): string {
  const lines = [
    '# Glossary',
    '',
    'The terms the lab uses on screen, in its lessons and in these docs. Generated from `src/app/glossary/glossary.ts` by `npm run glossary-doc`; edit that file, not this one.',
    '',
  ];
  for (const e of [...GLOSSARY].sort((a, b) => a.term.localeCompare(b.term))) lines.push(`**${e.term}.** ${e.definition}`, '');
  return lines.join('\n');
}

/** The entries the README explains up front: the words of the paper's story, in the order it is told. */
export const README_TERMS: readonly GlossaryId[] = [
  'goodput',
  'demand',
  'trigger',
  'sustaining-effect',
  'metastable',
  'hidden-capacity',
  'advertised-capacity',
  'vulnerable',
  'timed-out',
  'rejected',
  'shed',
  'characteristic-metric',
];

const README_START = '<!-- glossary: generated from src/app/glossary/glossary.ts by npm run glossary-doc; edit that file -->';
const README_END = '<!-- /glossary -->';

/** The README with its glossary block (between the markers) rewritten from the glossary. */
export function readmeWithGlossary(readme: string): string {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < start) throw new Error(`README: no glossary block (${README_START} … ${README_END})`);
  const items = README_TERMS.map((id) => {
    const e = glossaryEntry(id);
    return `- **${e.term}.** ${e.definition}`;
  });
  return `${readme.slice(0, start)}${README_START}\n\n${items.join('\n')}\n\n${readme.slice(end)}`;
}
