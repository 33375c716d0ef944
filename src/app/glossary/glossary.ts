/**
 * The lab's one glossary: every term of art that appears on screen, in a lesson or in the docs,
 * explained in a sentence or two for someone who has never read the papers. The on-screen Term
 * component and docs/glossary.md (npm run glossary-doc) both read this list, so they cannot drift.
 */
export interface GlossaryEntry {
  id: string;
  term: string;
  /** Plain text, one to three sentences; no markup. */
  definition: string;
}

export const GLOSSARY = [
  {
    id: 'goodput',
    term: 'Goodput',
    definition:
      'Requests answered in time, per second. It is compared with demand (new requests), not with attempts, so a retry that finally succeeds counts once.',
  },
  {
    id: 'demand',
    term: 'Demand and attempts',
    definition:
      'Demand is the new requests clients send per second. Attempts add every retry on top: when retries pile up, attempts can be several times demand.',
  },
  {
    id: 'advertised-capacity',
    term: 'Advertised capacity',
    definition:
      'The load the system carries while the cache is warm: database throughput ÷ (1 − warm hit rate). It is what normal-day dashboards suggest. It reads ∞ when the warm hit rate is 100%: with every request a hit, the database never limits the warm system.',
  },
  {
    id: 'hidden-capacity',
    term: 'Hidden capacity',
    definition:
      'The load the system carries with a cold cache: what the database serves alone (workers ÷ service time). Between hidden and advertised capacity the system is healthy but vulnerable.',
  },
  {
    id: 'che',
    term: "Che's approximation",
    definition:
      "A quick estimate of an LRU cache's hit rate from its size and how popular each key is: every key is assumed to stay cached for the same characteristic time. The lab uses it for the warm hit rate behind advertised capacity.",
  },
  {
    id: 'characteristic-metric',
    term: 'Characteristic metric',
    definition:
      'A measurement that shows the sustaining effect itself, not just the damage. Here it is the minimum queueing delay over a sliding window: it stays high only while the database queue never drains.',
  },
  {
    id: 'codel',
    term: 'CoDel',
    definition:
      'Controlled Delay: a queue policy that drops requests when even the shortest wait over a recent interval is above a target, so a standing queue is cut while short bursts still pass.',
  },
  {
    id: 'rejected',
    term: 'Rejected',
    definition: 'Turned away at once because the database queue was full. The client learns quickly and may retry.',
  },
  {
    id: 'shed',
    term: 'Shed',
    definition: 'Dropped on purpose by a load-shedding policy (a queue-delay limit, CoDel) before the database spent any work on it.',
  },
  {
    id: 'timed-out',
    term: 'Timed out',
    definition: 'The client stopped waiting after its timeout. The database may still do the work later, for nobody: wasted work.',
  },
  {
    id: 'dropped-at-cap',
    term: 'Dropped (memory cap)',
    definition:
      'Turned away by the simulation itself, not by the system it models: a run may hold about a million requests in flight and a million queued queries, so that a shared link cannot take a phone past a few hundred megabytes. Beyond that, new requests are dropped and counted here; a real system would have kept queueing them.',
  },
  {
    id: 'metastable',
    term: 'Metastable failure',
    definition:
      'A failure that outlives its trigger: once the trigger is over, a sustaining effect (retries, a cold cache, a deep queue) keeps the system down although the load alone would be fine.',
  },
  {
    id: 'vulnerable',
    term: 'Vulnerable',
    definition: 'Healthy, but with load above hidden capacity: a trigger that empties the cache or slows the database can tip it into a metastable failure.',
  },
  {
    id: 'trigger',
    term: 'Trigger',
    definition: 'A short event that starts the trouble: a cache flush, a load spike, a database slowdown or outage, a deploy that changes cache keys.',
  },
  {
    id: 'sustaining-effect',
    term: 'Sustaining effect',
    definition:
      'The feedback loop that keeps a failure going after its trigger: retries multiplying load, a cache that cannot refill, a queue serving callers who already left.',
  },
] as const satisfies readonly GlossaryEntry[];

export type GlossaryId = (typeof GLOSSARY)[number]['id'];

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
