/**
 * What each incident's report says, where it says it, and which checks of the preset give the model's
 * side: the source of docs/incidents.md (scripts/incidents-doc.ts), so a report number and the
 * model's number are printed from the same run the tests check. Where the model cannot say what the
 * report says, `departures` says so and why.
 */
export interface ReportClaim {
  /** The report's words or number, quoted or closely paraphrased. */
  report: string;
  /** Section of the seed document it comes from. */
  section: string;
  /** `says` of the preset checks that measure the model's side. */
  checks: string[];
}

export interface IncidentReport {
  presetId: string;
  lessonId?: string;
  /** The seed document (in shared/seeds). */
  seed: string;
  claims: ReportClaim[];
  departures: string[];
}

const SEED_2019 = '001_2384ad0ad4c3cfe0.txt';
const SEED_STAMPEDES = '002_cd8a6d6d2974c2ed.txt';
const SEED_PODCAST = '000_6cf7f86ce5435880.txt';

export const INCIDENT_REPORTS: IncidentReport[] = [
  {
    presetId: 'deploy-2019',
    lessonId: 'deploy-2019',
    seed: SEED_2019,
    claims: [
      { report: 'hit rate baseline ~90–95%', section: 'Impact', checks: ['baseline hit rate in the report’s 90–95%'] },
      { report: 'P95 baseline ~200–350 ms', section: 'Impact', checks: ['baseline P95 in the report’s ~200–350 ms'] },
      {
        report: 'hit rate below ~30% for the hot path',
        section: 'Impact',
        checks: ['hit rate under 30% in the incident', 'settles at Che’s ~24% for keys split 16 ways'],
      },
      { report: 'P95 ~1.0–1.8 s', section: 'Impact', checks: ['P95 of delivered answers in the report’s 1.0–1.8 s'] },
      {
        report: '~3% of requests timed out at the peak; many others slower',
        section: 'Impact',
        checks: ['about 1% of attempts time out', 'about 3% in the worst seconds', 'the retry rescues nearly all: under 0.1% of requests fail'],
      },
      {
        report: '16:08 scale instances and database capacity; 16:10 limited relief',
        section: 'Timeline',
        checks: ['DB CPU ~63% before the scale-up', 'DB CPU ~31% after it', 'but P95 stays above a second: limited relief'],
      },
      {
        report: '16:20 rollback; 16:24 hit rate begins recovering; 16:26 database load stabilizes',
        section: 'Timeline',
        checks: ['the first minute after the rollback: recovering, not recovered', 'six minutes later hits are above 90%'],
      },
      {
        report: 'verified hit rate, database load and latency returned to baseline (close 16:30)',
        section: 'What we changed',
        checks: ['and P95 is back at baseline by the close'],
      },
    ],
    departures: [
      'The report says scaling the application "made things worse"; the model has no application tier to saturate, so more instances only mean more database connections. With 110 connections on 110 cores and load under capacity the extra connections never run at once, so the model shows limited relief (DB CPU halves, P95 unchanged), not harm. More connections than cores do lower throughput in the model (db.cores, db.contention; test/core/contention.test.ts) when the pool is actually full, as in twitter-2022.',
      'The model\'s rollback is instant; the report\'s four minutes from "rollback initiated" to "hit rate begins recovering" include the rollback\'s own rollout. In the model the hit rate starts climbing at once and takes ~6 minutes to pass 90%, because 21 minutes of new keys had pushed the old entries out of the LRU: the recovery is a refill.',
      "Traffic is scaled down to 200 req/s over 20,000 objects so a run fits in a browser tab; percentages and latencies are the report's, absolute rates are not.",
      'Versioned keys (old and new coexist) do not rescue this deploy in the model: finer keys need 16 entries where one sufficed, so once the old entries are copied the cache is still too small. The report\'s own "hot key regression test" (a refactor must not turn a bounded key into an unbounded one) is the follow-up that addresses it; the hit-rate canary catches it within one 5 s check.',
    ],
  },
  {
    presetId: 'reddit-2017',
    lessonId: 'reddit-2017',
    seed: SEED_STAMPEDES,
    claims: [
      {
        report: 'a feed-cache change shipped without single-flight',
        section: 'Four production postmortems',
        checks: ['baseline DB CPU ~3.4%', 'baseline peaks stay low'],
      },
      {
        report: '3× DB peaks at every TTL boundary',
        section: 'Four production postmortems',
        checks: [
          '10 minutes in: peaks ~3× baseline',
          '30 minutes in: still ~3×',
          '50 minutes in: still ~3×',
          'nothing fails: the peaks are load, not an outage',
        ],
      },
      {
        report: 'paged on DB CPU 30 minutes after deploy; rolled back within 1 hour',
        section: 'Four production postmortems',
        checks: ['after the rollback the peaks are gone'],
      },
    ],
    departures: [
      'The report gives no traffic, TTL or rebuild cost; the preset picks a plausible feed service (1,000 req/s, 60 s TTL, the 3 hottest feeds rebuilding in 100 ms) whose peaks come out at 3×. Larger rebuild costs give larger peaks (the peak grows with the number of reads that arrive during one rebuild, times its length).',
      'What paged the on-call after 30 minutes is not modelled: the model has no alerting.',
    ],
  },
  {
    presetId: 'shopify-2020',
    lessonId: 'shopify-2020',
    seed: SEED_STAMPEDES,
    claims: [
      { report: 'TTL = 30 s, no SWR, 10× normal traffic at noon', section: 'Four production postmortems', checks: ['before noon every request is served'] },
      {
        report: 'multi-second outages at every TTL boundary for the first 10 minutes',
        section: 'Four production postmortems',
        checks: ['outages: seconds with goodput under 40% of demand', 'the workers fill at the boundaries', '~7% of requests fail over the first ten minutes'],
      },
      {
        report: 'fixed by deploying stale-grace = 5 min on the next push',
        section: 'Four production postmortems',
        checks: ['with stale-grace no second drops under 90%', 'nothing fails', 'stale entries are served while the homepage rebuilds'],
      },
    ],
    departures: [
      "The homepage's rebuild cost (2 s), its share of traffic (the hottest of 10,000 Zipf-1.1 keys) and the database size are the preset's choices; the report gives none. The model's \"outage\" is goodput per second, not an edge error rate.",
    ],
  },
  {
    presetId: 'twitter-2022',
    seed: SEED_STAMPEDES,
    claims: [
      {
        report: 'an unrelated cache invalidation bug triggered mass concurrent rebuild attempts',
        section: 'Four production postmortems',
        checks: ['healthy before the bug', 'hits stay near 10%'],
      },
      {
        report: 'the DB connection pool saturated for 4 hours',
        section: 'Four production postmortems',
        checks: ['the pool is saturated', 'the database completes under 100 queries/s', 'goodput ~32% of demand', 'no sign of recovery 45 minutes in'],
      },
      {
        report: 'recovery required load-shedding + manual cache seed',
        section: 'Four production postmortems',
        checks: ['shedding plus seed: healthy within two minutes', 'with the cache full again'],
      },
    ],
    departures: [
      'The model holds the failed state for 45 minutes rather than 4 hours so the run stays a few seconds long; nothing in it changes with time (the last five minutes look like the first), and test/presets checks that each of the two fixes alone leaves it stuck.',
      '30 million concurrent rebuilds are scaled down to 2,000 req/s on a 256-connection pool.',
    ],
  },
  {
    presetId: 'cloudflare-2024',
    lessonId: 'cloudflare-2024',
    seed: SEED_STAMPEDES,
    claims: [
      {
        report: 'coalescing rolled out (N concurrent misses → 1 origin request)',
        section: 'Full-stack composition design',
        checks: ['~60 origin fetches/s before', '~310 misses/s wait for a fetch in flight'],
      },
      {
        report: 'a bug briefly allowed N requests for the same key to bypass coalescing during a deploy window; the origin saw proportional load',
        section: 'Four production postmortems',
        checks: ['~350 origin fetches/s in the window', 'nothing coalesces in the window', 'no request fails'],
      },
      {
        report: 'fixed by a guard flag that disabled the coalescing rollout',
        section: 'Four production postmortems',
        checks: ['back at ~60 after the guard flag'],
      },
    ],
    departures: [
      'The model\'s "guard flag" turns the bypass off; Cloudflare\'s disabled the coalescing rollout until the bug was patched. Either way the origin returns to the coalesced load.',
    ],
  },
  {
    presetId: 'coordinated-omission',
    lessonId: 'coordinated-omission',
    seed: SEED_PODCAST,
    claims: [
      {
        report: 'coordinated omission: latency measured without the requests that time out or are dropped looks optimistic',
        section: 'Glossary and the closed/open systems discussion',
        checks: [
          'warm: p99 ~53 ms',
          'warm: the same over all requests',
          'meltdown: p99 of delivered answers ~1 ms',
          'meltdown: p99 over all requests ~2.3 s',
          '~40% of requests fail',
        ],
      },
      { report: 'closed-loop benchmarks are "unrealistically kind": they slow down with the server', section: 'Closed and open systems', checks: [] },
    ],
    departures: [
      'The closed-loop side is the closed-loop-benchmark preset and a contrast test in test/presets (the same scenario with 300 clients never fails and never sees p99 over a second), not a check of this run: one run has one kind of client.',
    ],
  },
];
