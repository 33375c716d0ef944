/**
 * Every parameter the page reads from its address, in one table: name, what it does, what it may
 * hold. Pages and tools read the address only through `readQuery` (query) and `readHashField`
 * (hash), so a parameter cannot be honoured in one place and ignored in another, and a bad value is
 * always named with what is allowed. Deliberately free of imports: the lab's first load reads it.
 *
 * Query (`?…`): how the page opens. Hash (`#…`): what it shows, `s=v1.…` (the scenario, see
 * ./linkCodec) and for the map `map=…&x=…&y=…` (see src/map/mapLink).
 */

interface ParamSpec {
  /** What the parameter does, for people reading links and this table. */
  doc: string;
  /** `flag`: present or not; `choice`: one of `values`; `int`: a whole number in [min, max]; `text`: any text. */
  kind: 'flag' | 'choice' | 'int' | 'text';
  values?: readonly string[];
  min?: number;
  max?: number;
}

export const QUERY_PARAMETERS = {
  view: { doc: 'Which page opens: the lab when absent, the metastability map, or presenter view.', kind: 'choice', values: ['map', 'present'] },
  lesson: { doc: 'Opens the lessons column at this lesson (an id such as herd).', kind: 'text' },
  step: { doc: 'The lesson step to open, counted from 1 (with lesson): a moment link from the QR code.', kind: 'int', min: 1, max: 99 },
  at: { doc: 'Simulated seconds to run to before pausing (a moment link; a day at most).', kind: 'int', min: 0, max: 86_400 },
  speed: { doc: 'Simulated seconds per second; max runs as fast as the machine allows.', kind: 'choice', values: ['1', '10', '60', 'max'] },
  paused: { doc: 'Opens the run paused instead of playing it.', kind: 'flag' },
  scenario: { doc: 'A scenario as JSON (older links); read by the same decoder as share links, then moved into #s=.', kind: 'text' },
  workers: { doc: 'Map workers; more than this machine has cores are never started.', kind: 'int', min: 1, max: 32 },
  bench: { doc: "Exposes the worker's throughput counters to the browser benchmark.", kind: 'flag' },
  yes: { doc: 'Runs a costly link or file without asking first (for tools and recordings).', kind: 'flag' },
} as const satisfies Record<string, ParamSpec>;

export const HASH_PARAMETERS = {
  s: { doc: 'The scenario, compressed: v1.<base64url of deflated JSON>.', kind: 'text' },
  map: { doc: 'Map mode: map (two axes) or hysteresis (a load sweep).', kind: 'choice', values: ['map', 'hysteresis'] },
  x: { doc: 'Map x axis: PATH:FROM:TO:STEPS.', kind: 'text' },
  y: { doc: 'Map y axis: PATH:FROM:TO:STEPS (trigger maps only).', kind: 'text' },
} as const satisfies Record<string, ParamSpec>;

export type QueryName = keyof typeof QUERY_PARAMETERS;
type SpecOf<N extends QueryName> = (typeof QUERY_PARAMETERS)[N];
type ValueOf<N extends QueryName> = SpecOf<N>['kind'] extends 'flag'
  ? boolean
  : SpecOf<N>['kind'] extends 'int'
    ? number | undefined
    : SpecOf<N> extends { values: readonly (infer V)[] }
      ? V | undefined
      : string | undefined;

export type QueryValues = { [N in QueryName]: ValueOf<N> };

export interface ReadQuery {
  values: QueryValues;
  /** One message per unusable value, naming the parameter, the value and what is allowed. */
  issues: string[];
}

/** Longest value quoted back in a message: an address can be long and hostile. */
const QUOTE_CHARS = 40;
const quote = (v: string) => `"${v.length > QUOTE_CHARS ? `${v.slice(0, QUOTE_CHARS)}…` : v}"`;

function readOne(name: string, spec: ParamSpec, q: URLSearchParams, issues: string[]): unknown {
  if (spec.kind === 'flag') return q.has(name);
  const raw = q.get(name);
  if (raw === null) return undefined;
  if (spec.kind === 'text') return raw;
  if (spec.kind === 'choice') {
    if (spec.values!.includes(raw)) return raw;
    issues.push(`${name}: ${quote(raw)} is not one of ${spec.values!.join(', ')}; it was ignored.`);
    return undefined;
  }
  const n = Number(raw);
  if (raw.trim() !== '' && Number.isInteger(n) && n >= spec.min! && n <= spec.max!) return n;
  issues.push(
    `${name}: ${quote(raw)} is not a whole number from ${spec.min!.toLocaleString('en-US')} to ${spec.max!.toLocaleString('en-US')}; it was ignored.`,
  );
  return undefined;
}

/** Reads the query part of an address (`?a=b…`, with or without the `?`). Never throws. */
export function readQuery(search: string): ReadQuery {
  const q = new URLSearchParams(search);
  const issues: string[] = [];
  const values = {} as Record<string, unknown>;
  for (const [name, spec] of Object.entries(QUERY_PARAMETERS)) values[name] = readOne(name, spec, q, issues);
  return { values: values as QueryValues, issues };
}

export type HashName = keyof typeof HASH_PARAMETERS;

/**
 * The raw value of one hash field (`#s=…&map=…`), or undefined. Each reader takes only its own
 * field, so one part's limits never apply to another's (a long scenario leaves the map axes alone).
 */
export function readHashField(hash: string, name: HashName): string | undefined {
  for (const part of hash.replace(/^#/, '').split('&')) {
    if (part.startsWith(`${name}=`)) return part.slice(name.length + 1);
  }
  return undefined;
}
