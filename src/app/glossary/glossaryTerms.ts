/**
 * The names half of the lab's one glossary: each entry's id, its name and the other ways it is
 * written on screen. It is small and loads with the page, so every term can be found and labelled at
 * first paint; the definitions (glossary.ts) load just after, on the first Term shown.
 */
export interface GlossaryTerm {
  id: string;
  term: string;
  /**
   * Other ways the term is written on screen (case-insensitive, whole words), so text such as a
   * legend or a lesson sentence links the term wherever it appears (see termMatch.ts).
   */
  aliases?: readonly string[];
}

export const GLOSSARY_TERMS = [
  { id: 'goodput', term: 'Goodput' },
  { id: 'demand', term: 'Demand and attempts', aliases: ['demand', 'offered', 'offered load', 'first attempts', 'attempts'] },
  { id: 'advertised-capacity', term: 'Advertised capacity' },
  { id: 'hidden-capacity', term: 'Hidden capacity' },
  { id: 'che', term: "Che's approximation", aliases: ["Che's prediction", 'Che'] },
  { id: 'characteristic-metric', term: 'Characteristic metric', aliases: ['min queue wait', 'minimum queueing delay'] },
  { id: 'codel', term: 'CoDel' },
  { id: 'rejected', term: 'Rejected', aliases: ['rejects'] },
  { id: 'shed', term: 'Shed', aliases: ['shedding', 'load shedding'] },
  { id: 'timed-out', term: 'Timed out', aliases: ['timeouts'] },
  { id: 'dropped-at-cap', term: 'Dropped (memory cap)' },
  { id: 'metastable', term: 'Metastable failure', aliases: ['metastable', 'metastability'] },
  { id: 'vulnerable', term: 'Vulnerable' },
  { id: 'trigger', term: 'Trigger', aliases: ['triggered', 'triggers'] },
  { id: 'sustaining-effect', term: 'Sustaining effect', aliases: ['sustaining effects', 'sustaining'] },
  { id: 'stable', term: 'Stable' },
  { id: 'recovering', term: 'Recovering' },
  { id: 'overloaded', term: 'Overloaded' },
  { id: 'degraded', term: 'Degraded' },
  { id: 'hit-rate', term: 'Hit rate', aliases: ['hits'] },
  { id: 'db-cpu', term: 'DB CPU' },
  { id: 'wasted-work', term: 'Wasted work', aliases: ['answers nobody waits for', 'wasted'] },
  {
    id: 'percentile',
    term: 'Percentile (p50, p95, p99)',
    aliases: ['p50', 'p95', 'p99', 'p99 served', 'p95 served', 'p50 served', 'percentile', 'percentiles'],
  },
  { id: 'all-request-latency', term: 'Latency of every request', aliases: ['p99 of every request', 'p99 all', 'coordinated omission'] },
  { id: 'retries', term: 'Retry', aliases: ['retries', 'retry storm'] },
  { id: 'backoff', term: 'Backoff and jitter', aliases: ['backoff', 'jitter'] },
  { id: 'retry-budget', term: 'Retry budget' },
  { id: 'retry-after', term: 'Retry-after' },
  { id: 'circuit-breaker', term: 'Circuit breaker' },
  { id: 'coalescing', term: 'Request coalescing', aliases: ['coalescing'] },
  { id: 'stale-while-revalidate', term: 'Stale-while-revalidate' },
  { id: 'ttl', term: 'TTL' },
  { id: 'xfetch', term: 'XFetch' },
  { id: 'lifo', term: 'LIFO' },
  { id: 'deadline-propagation', term: 'Deadline propagation' },
  { id: 'concurrency-limit', term: 'Concurrency limit' },
] as const satisfies readonly GlossaryTerm[];

export type GlossaryId = (typeof GLOSSARY_TERMS)[number]['id'];

export function glossaryTerm(id: GlossaryId): GlossaryTerm {
  const t = GLOSSARY_TERMS.find((g) => g.id === id);
  if (!t) throw new Error(`glossary: no entry "${id}"`);
  return t;
}
