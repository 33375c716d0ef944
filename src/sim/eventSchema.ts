/**
 * The scenario's events as data, as ./schema is for its parameters: for each event type, its fields
 * (kind, range, unit, default), whether it starts an incident, how long it acts, its wording and the
 * form it is edited with. The type union (./scenario), the parser (./parseEvent), the canonical writer
 * (src/share/canonical.ts), the editor's form (src/app/scenarios/scriptEdits.ts), the postmortem's
 * and the what-if's trigger sets, the events table of docs/model.md and the property tests'
 * arbitraries all read this table, so a new event type is one row here, one case in the engine
 * (simulation.ts, whose `switch` does not compile without it) and a test (docs/architecture.md,
 * "Adding an event type").
 */
import { MAX_SHAPES } from './cacheKeys';
import { TIER_FAULTS } from './stackSchema';

/**
 * A bound that depends on the scenario: the run's length (`durationS`), the key space
 * (`workload.keys`) or the last instance of the event's tier (`lastInstance`).
 */
export type EventBound = number | 'durationS' | 'keys' | 'lastInstance';

/** How a field may be absent: required, optional (absent has a meaning), or filled with `default`. */
interface Presence {
  /** Absent is allowed and stays absent (its meaning is in EVENT_DOCS). */
  optional?: true;
}

export type EventFieldSpec =
  | ({ kind: 'int' | 'number'; min: EventBound; max: EventBound; unit?: string; default?: number } & Presence)
  | ({ kind: 'enum'; values: readonly string[] } & Presence)
  /**
   * A number whose range depends on another field's value (a tier fault's `factor`): required when
   * that value is one of `ranges`' keys, refused otherwise.
   */
  | { kind: 'number-by'; field: string; ranges: Readonly<Record<string, { min: number; max: number; unit?: string }>> }
  /** The name of a tier of the stack. */
  | { kind: 'tier' }
  /** A change of parameters: sections of ./schema and their fields (`{ client: { retries: 0 } }`). */
  | { kind: 'patch' }
  /** A change of the event's tier's own knobs (fields of its kind in ./stackSchema). */
  | { kind: 'tier-patch' };

/** One field of an event's form: which event field it edits, its label and the text it starts with. */
export interface EventFormField {
  name: string;
  label: string;
  initial: string;
}

/**
 * A form an event type is edited with. Most types have one; a flush has two (the whole cache, or its
 * K hottest keys). Fields the form does not show are kept as the event had them. `addable: false`:
 * the form only edits events made elsewhere (a tier's events come from the stack's own editor).
 */
export interface EventForm {
  kind: string;
  label: string;
  fields: readonly EventFormField[];
  /** The form is for events that have (true) or lack (false) this optional field. */
  when?: { field: string; present: boolean };
  addable?: false;
}

/** How long an event acts: at once, for its `forS`, until a rollback, or until changed again. */
export type EventActs = 'at once' | 'forS' | 'until rollback' | 'until changed';

export interface EventRow {
  /** Fields besides `atS`, `type` and `label`, in the order the canonical document writes them. */
  fields: Readonly<Record<string, EventFieldSpec>>;
  /** Starts an incident (the postmortem's "Trigger:" lines, what the what-if keeps); false: an operator's change. */
  trigger: boolean;
  acts: EventActs;
  /** The event in a sentence's subject: "… after the flush". */
  noun: string;
  /** The mark's wording on the charts and in logs ("spike ×2 for 10 s"), unless the event has a label. */
  describe: (e: EventValues) => string;
  forms: readonly EventForm[];
}

/** An event's fields as the wording reads them (the typed union is ./scenario's `Trigger`). */
export type EventValues = Readonly<Record<string, unknown>>;

const pct = (x: unknown) => `${Math.round(Number(x ?? 0) * 100)}%`;

/** A change of parameters in words: "client.retries → 0, db.workers → 16". */
export function describeChanges(changes: unknown): string {
  const parts: string[] = [];
  for (const [section, fields] of Object.entries((changes ?? {}) as Record<string, Record<string, unknown> | undefined>)) {
    for (const [field, value] of Object.entries(fields ?? {})) parts.push(`${section}.${field} → ${String(value)}`);
  }
  return parts.length > 0 ? parts.join(', ') : 'no change';
}

const TIER_FAULT_WORDS: Readonly<Record<string, (e: EventValues) => string>> = {
  slow: (e) => `slow ×${e.factor}`,
  errors: (e) => `${pct(e.factor)} errors`,
  cores: (e) => `${pct(e.factor)} of cores`,
  partition: () => 'partitioned from the tier below',
};

const forS = { kind: 'number', min: 0, max: 86_400, unit: 's' } as const;

export const EVENT_SCHEMA = {
  flush: {
    fields: { hottest: { kind: 'int', min: 1, max: 'keys', unit: 'keys', optional: true } },
    trigger: true,
    acts: 'at once',
    noun: 'the flush',
    describe: (e) => (e.hottest === undefined ? 'flush' : `flush hottest ${e.hottest}`),
    forms: [
      { kind: 'flush', label: 'Flush cache', fields: [], when: { field: 'hottest', present: false } },
      {
        kind: 'flush-hottest',
        label: 'Flush hottest K keys',
        fields: [{ name: 'hottest', label: 'Keys', initial: '1000' }],
        when: { field: 'hottest', present: true },
      },
    ],
  },
  spike: {
    fields: { factor: { kind: 'number', min: 0, max: 100 }, forS },
    trigger: true,
    acts: 'forS',
    noun: 'the spike',
    describe: (e) => `spike ×${e.factor} for ${e.forS} s`,
    forms: [
      {
        kind: 'spike',
        label: 'Load spike',
        fields: [
          { name: 'factor', label: 'Load ×', initial: '2' },
          { name: 'forS', label: 'For (s)', initial: '10' },
        ],
      },
    ],
  },
  'db-slowdown': {
    fields: { factor: { kind: 'number', min: 0.01, max: 1000 }, forS },
    trigger: true,
    acts: 'forS',
    noun: 'the database slowdown',
    describe: (e) => `DB slowdown ×${e.factor} for ${e.forS} s`,
    forms: [
      {
        kind: 'db-slowdown',
        label: 'DB slowdown',
        fields: [
          { name: 'factor', label: 'Service ×', initial: '5' },
          { name: 'forS', label: 'For (s)', initial: '10' },
        ],
      },
    ],
  },
  outage: {
    fields: { forS },
    trigger: true,
    acts: 'forS',
    noun: 'the outage',
    describe: (e) => `outage ${e.forS} s`,
    forms: [{ kind: 'outage', label: 'DB outage', fields: [{ name: 'forS', label: 'For (s)', initial: '10' }] }],
  },
  set: {
    fields: { changes: { kind: 'patch' } },
    trigger: false,
    acts: 'until changed',
    noun: 'the change',
    describe: (e) => describeChanges(e.changes),
    forms: [
      {
        kind: 'set',
        label: 'Change a parameter',
        fields: [
          { name: 'param', label: 'Parameter', initial: 'workload.rps' },
          { name: 'value', label: 'Value', initial: '3000' },
        ],
      },
    ],
  },
  deploy: {
    fields: {
      fraction: { kind: 'number', min: 0, max: 1, default: 1 },
      shapes: { kind: 'int', min: 1, max: MAX_SHAPES, optional: true },
    },
    trigger: true,
    acts: 'until rollback',
    noun: 'the deploy',
    describe: (e) => {
      const finer = typeof e.shapes === 'number' && e.shapes > 1 ? `, ${e.shapes} per key` : '';
      return Number(e.fraction) >= 1 ? `deploy: new cache keys${finer}` : `deploy: new cache keys for ${pct(e.fraction)} of keys${finer}`;
    },
    forms: [{ kind: 'deploy', label: 'Deploy (new cache keys)', fields: [{ name: 'fraction', label: 'Share of keys', initial: '0.8' }] }],
  },
  rollback: {
    fields: {},
    trigger: false,
    acts: 'at once',
    noun: 'the rollback',
    describe: () => 'rollback: old cache keys',
    forms: [{ kind: 'rollback', label: 'Rollback', fields: [] }],
  },
  seed: {
    fields: { hottest: { kind: 'int', min: 1, max: 'keys', unit: 'keys' } },
    trigger: false,
    acts: 'at once',
    noun: 'the seed',
    describe: (e) => `seed hottest ${e.hottest} keys`,
    forms: [{ kind: 'seed', label: 'Seed hottest K keys', fields: [{ name: 'hottest', label: 'Keys', initial: '1000' }] }],
  },
  'cache-node-loss': {
    fields: { nodes: { kind: 'int', min: 2, max: 1000, unit: 'nodes' }, forS },
    trigger: true,
    acts: 'forS',
    noun: 'the cache node loss',
    describe: (e) => `cache node lost (1 of ${e.nodes}) for ${e.forS} s`,
    forms: [
      {
        kind: 'cache-node-loss',
        label: 'Cache node lost',
        fields: [
          { name: 'nodes', label: 'Nodes', initial: '4' },
          { name: 'forS', label: 'For (s)', initial: '60' },
        ],
      },
    ],
  },
  'tier-fault': {
    fields: {
      tier: { kind: 'tier' },
      fault: { kind: 'enum', values: TIER_FAULTS },
      instance: { kind: 'int', min: 0, max: 'lastInstance', optional: true },
      factor: { kind: 'number-by', field: 'fault', ranges: { slow: { min: 1, max: 1000 }, errors: { min: 0, max: 1 }, cores: { min: 0, max: 1 } } },
      forS,
    },
    trigger: true,
    acts: 'forS',
    noun: 'the tier fault',
    describe: (e) => {
      const where = e.instance === undefined ? String(e.tier) : `${e.tier}#${e.instance}`;
      return `${where}: ${TIER_FAULT_WORDS[String(e.fault)]?.(e) ?? String(e.fault)} for ${e.forS} s`;
    },
    forms: [
      {
        kind: 'tier-fault',
        label: 'Tier fault',
        fields: [
          { name: 'forS', label: 'For (s)', initial: '30' },
          { name: 'factor', label: 'Factor', initial: '' },
          { name: 'instance', label: 'Instance', initial: '' },
        ],
        addable: false,
      },
    ],
  },
  'tier-set': {
    fields: { tier: { kind: 'tier' }, changes: { kind: 'tier-patch' } },
    trigger: false,
    acts: 'until changed',
    noun: 'the tier change',
    describe: (e) =>
      Object.entries((e.changes ?? {}) as Record<string, unknown>)
        .map(([k, v]) => `${String(e.tier)}.${k} → ${String(v)}`)
        .join(', ') || 'no change',
    forms: [{ kind: 'tier-set', label: 'Tier knobs', fields: [], addable: false }],
  },
} as const satisfies Record<string, EventRow>;

export type EventType = keyof typeof EVENT_SCHEMA;
export const EVENT_TYPES = Object.keys(EVENT_SCHEMA) as EventType[];

/** The event types that start an incident; the others are an operator's changes. */
export const INCIDENT_TRIGGER_TYPES: ReadonlySet<string> = new Set(EVENT_TYPES.filter((t) => EVENT_SCHEMA[t].trigger));

/** Every field an event of `type` may carry, in document order: `atS`, `type`, its own, `label`. */
export function eventKeys(type: EventType): string[] {
  return ['atS', 'type', ...Object.keys(EVENT_SCHEMA[type].fields), 'label'];
}

/**
 * What each event type does, in a sentence: docs/model.md's events table. Beside the table but not in
 * it, so neither bundle carries the sentences (nothing in the page or the worker reads them, and the
 * build leaves them out); the type makes a sentence for every row a compile error to forget.
 */
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
  'cache-node-loss':
    "one of the cache's `nodes` nodes fails: the entries whose cache key hashes to it are lost at once, and the cache holds (1 − 1/`nodes`) of its capacity for `forS` seconds, until a replacement node joins, empty",
  'tier-fault':
    'a fault in one tier of the stack, on every instance or on `instance` only: `crash` fails calls at once, `black-hole` never answers them, `slow` multiplies work by `factor`, `errors` fails a `factor` share of calls, `cores` leaves a `factor` share of the slots, `partition` loses the calls from this tier to the tier below',
  'tier-set': 'changes knobs of one tier of the stack (fields of its kind, `{ "instances": 16 }`)',
};
