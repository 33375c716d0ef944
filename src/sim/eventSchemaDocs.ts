/**
 * What each event type of ./eventSchema does, in a sentence, and what its optional fields mean when
 * absent. Kept apart from the table on purpose, as ./schemaDocs is from ./schema: the table runs in
 * the page and the simulation worker, these sentences only in the docs (scripts/modelDoc writes them
 * into docs/model.md). The type makes a sentence for every event type a compile error to forget.
 */
import type { EventType } from './eventSchema';

export const EVENT_DOCS: Readonly<Record<EventType, string>> = {
  flush: 'empties the cache, or (with `hottest`) removes its K most popular keys',
  spike: 'arrival rate × `factor` for `forS` seconds',
  'db-slowdown': 'database service time × `factor` for `forS` seconds',
  outage: 'the database is unreachable for `forS` seconds: queries are lost, their callers time out',
  set: 'changes any field of `workload`, `cache`, `db`, `client`, `shedding` (`{ "client": { "retries": 0 } }`)',
  deploy:
    'the cache keys of a `fraction` of the key space change (absent: all keys), as in the 2019 incident; with `shapes` > 1 each changed key is also stored under one of that many cache keys, one per request shape (absent: 1)',
  rollback: 'back to the cache keys before the last deploy',
  seed: 'operators write the K most popular keys straight into the cache (under the keys in force), bypassing the database, as Twitter did in 2022',
  'tier-fault':
    'a fault in one tier of the stack, on every instance or on `instance` only: `crash` fails calls at once, `black-hole` never answers them, `slow` multiplies work by `factor`, `errors` fails a `factor` share of calls, `cores` leaves a `factor` share of the slots, `partition` loses the calls from this tier to the tier below',
  'tier-set': 'changes knobs of one tier of the stack (fields of its kind, `{ "instances": 16 }`)',
};
