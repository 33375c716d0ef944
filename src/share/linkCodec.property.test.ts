import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../sim/parseScenario';
import type { Scenario } from '../sim/scenario';
import { scenarioToDocument } from './canonical';
import { decodeLink, encodeLink, type DecodedLink } from './linkCodec';
import { linkOfText, scenarioArb } from '../../test/support/shareArbitraries';

const RUNS = 1000;

async function link(s: Scenario): Promise<string> {
  const r = await encodeLink(s);
  if (!r.ok) throw new Error(r.error);
  return r.link;
}

/** Whatever came in, what comes out is a scenario the parser accepts unchanged. */
function expectUsable(r: DecodedLink) {
  const again = parseScenario(r.scenario);
  expect(again.errors).toEqual([]);
  expect(again.value).toEqual(r.scenario);
  expect(r.errors.every((e) => typeof e === 'string' && e.length > 0)).toBe(true);
  if (r.source === 'default') expect(r.errors.length).toBeGreaterThan(0);
}

/** A mangled link decodes either to exactly the original or to at least one message. */
function expectExactOrExplained(r: DecodedLink, original: Scenario) {
  expectUsable(r);
  const exact = r.errors.length === 0 && r.source === 'link';
  if (exact) expect(r.scenario).toEqual(original);
  else expect(r.errors.length).toBeGreaterThan(0);
}

describe('link round trip (property)', () => {
  it('decodes every valid scenario to exactly itself, with no messages', async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArb, async (s) => {
        expect(await decodeLink(await link(s))).toEqual({ scenario: s, errors: [], source: 'link' });
      }),
      { numRuns: RUNS },
    );
  });

  it('gives the same link for the same scenario, whatever the key order of its objects', async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArb, async (s) => {
        const reversed = JSON.parse(JSON.stringify(s), (_k, v) =>
          v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v,
        ) as Scenario;
        expect(await link(reversed)).toBe(await link(s));
      }),
      { numRuns: 200 },
    );
  });
});

describe('mangled links (property)', () => {
  const withLink = scenarioArb.chain((s) => fc.constant(s));

  it('a link truncated anywhere decodes to the scenario or a message, never an exception', async () => {
    await fc.assert(
      fc.asyncProperty(withLink, fc.nat(), async (s, cut) => {
        const l = await link(s);
        expectExactOrExplained(await decodeLink(l.slice(0, cut % (l.length + 1))), s);
      }),
      { numRuns: RUNS },
    );
  });

  it('a link with characters replaced decodes to the scenario or a message, never an exception', async () => {
    const edit = fc.record({ at: fc.nat(), ch: fc.oneof(fc.constantFrom(...'AZaz09-_.=+/% #'), fc.string({ minLength: 1, maxLength: 1 })) });
    await fc.assert(
      fc.asyncProperty(withLink, fc.array(edit, { minLength: 1, maxLength: 4 }), async (s, edits) => {
        const chars = [...(await link(s))];
        for (const { at, ch } of edits) chars[at % chars.length] = ch;
        expectExactOrExplained(await decodeLink(chars.join('')), s);
      }),
      { numRuns: RUNS },
    );
  });

  it('a link with its decoded bytes flipped decodes to the scenario or a message', async () => {
    await fc.assert(
      fc.asyncProperty(withLink, fc.nat(), fc.integer({ min: 1, max: 255 }), async (s, at, mask) => {
        const l = await link(s);
        const payload = atob(l.slice(3).replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - ((l.length - 3) % 4)) % 4));
        const bytes = [...payload].map((c) => c.charCodeAt(0));
        bytes[at % bytes.length] ^= mask;
        const flipped = `v1.${btoa(String.fromCharCode(...bytes))
          .replace(/\+/g, '-')
          .replace(/\//g, '_')
          .replace(/=+$/, '')}`;
        expectExactOrExplained(await decodeLink(flipped), s);
      }),
      { numRuns: RUNS },
    );
  });

  it('a link with junk appended decodes to the scenario or a message', async () => {
    await fc.assert(
      fc.asyncProperty(withLink, fc.string({ minLength: 1, maxLength: 40 }), async (s, junk) => {
        expectExactOrExplained(await decodeLink((await link(s)) + junk), s);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('arbitrary input (property)', () => {
  it('any string decodes to a usable scenario, with a message unless it came from the link', async () => {
    const linkish = fc
      .string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'), maxLength: 300 })
      .map((t) => `v1.${t}`);
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 100 }), linkish), async (text) => {
        expectUsable(await decodeLink(text));
      }),
      { numRuns: RUNS },
    );
  });

  it('any JSON value inside a well-formed link never throws and always yields a usable scenario', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 6 }), async (value) => {
        const r = await decodeLink(await linkOfText(JSON.stringify(value)));
        expectUsable(r);
        if (typeof value !== 'object' || value === null || Array.isArray(value)) expect(r.source).toBe('default');
      }),
      { numRuns: RUNS },
    );
  });

  it('a wrong value in one field costs only that field: the rest of the scenario survives, the field is named', async () => {
    const fieldPath = fc.constantFrom('seed', 'durationS', 'workload.rps', 'workload.mode', 'cache.warm', 'db.workers', 'client.retries', 'shedding.mode');
    const badValue = fc.oneof(
      fc.string(),
      fc.constant(null),
      fc.boolean(),
      fc.double(),
      fc.array(fc.nat(), { maxLength: 3 }),
      fc.object({ maxDepth: 1 }),
      fc.integer(),
    );
    await fc.assert(
      fc.asyncProperty(scenarioArb, fieldPath, badValue, async (s, path, bad) => {
        const doc = scenarioToDocument(s, false) as Record<string, Record<string, unknown>>;
        const [a, b] = path.split('.');
        if (b === undefined) (doc as Record<string, unknown>)[a] = bad;
        else doc[a][b] = bad;
        // Only values the parser rejects for this very field are tested (1 is a valid durationS, say).
        fc.pre(parseScenario(doc).errors.some((e) => e.path === path));
        const r = await decodeLink(await linkOfText(JSON.stringify(doc)));
        expect(r.source).toBe('link');
        expect(r.errors.some((e) => e.startsWith(`${path}:`))).toBe(true);
        expect(r.scenario.workload.keys).toBe(s.workload.keys);
        expect(r.scenario.title).toBe(s.title);
        expect(r.scenario.cache.capacity).toBe(s.cache.capacity);
      }),
      { numRuns: RUNS },
    );
  });
});
