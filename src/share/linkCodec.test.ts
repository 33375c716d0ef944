import { describe, expect, it } from 'vitest';
import { defaultScenario, parseScenario } from '../sim/parseScenario';
import { MAX_EVENTS } from '../sim/schema';
import { scenarioToDocument } from './canonical';
import { deflate } from './compression';
import { toBase64Url } from './base64url';
import { decodeLink, encodeLink, MAX_DOCUMENT_BYTES, MAX_LINK_CHARS } from './linkCodec';
import { FIXTURE_SCENARIOS } from '../../test/support/linkFixtureScenarios';
import { linkOfText } from '../../test/support/shareArbitraries';

async function link(s = defaultScenario()): Promise<string> {
  const r = await encodeLink(s);
  if (!r.ok) throw new Error(r.error);
  return r.link;
}

const decodeDoc = async (doc: unknown) => decodeLink(await linkOfText(JSON.stringify(doc)));

describe('encoding', () => {
  it('writes a version prefix and only characters that need no escaping in a URL hash', async () => {
    expect(await link()).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
  });

  it('omits every field equal to its default, keeping only the document version', () => {
    expect(scenarioToDocument(parseScenario({}).value, true)).toEqual({ version: 1 });
    const s = parseScenario({ db: { workers: 20 } }).value;
    expect(scenarioToDocument(s, true)).toEqual({ version: 1, db: { workers: 20 } });
  });

  it('keeps a `set` change to a default value, because it is still a change', () => {
    const s = parseScenario({ client: { retries: 0 }, events: [{ atS: 5, type: 'set', changes: { client: { retries: 3 } } }] }).value;
    expect(scenarioToDocument(s, true).events).toEqual([{ atS: 5, type: 'set', changes: { client: { retries: 3 } } }]);
  });

  it('keeps the default scenario link under 100 characters and a 20-event workshop under 1,000', async () => {
    expect((await link()).length).toBeLessThan(100);
    expect(FIXTURE_SCENARIOS.workshop.events).toHaveLength(20);
    expect((await link(FIXTURE_SCENARIOS.workshop)).length).toBeLessThan(1000);
  });

  it('refuses to make a link the decoder would refuse, and says to export a file instead', async () => {
    const events = Array.from({ length: MAX_EVENTS }, (_, i) => ({
      atS: i * 1.137,
      type: 'set',
      changes: {
        workload: { rps: 1000 + i * 7.31, zipf: 0.5 + i / 1000 },
        db: { serviceMs: 5 + i / 3, queueLimit: 100 + i * 13 },
        client: { timeoutMs: 500 + i * 3.7 },
      },
    }));
    const big = parseScenario({ events }).value;
    expect(big.events).toHaveLength(MAX_EVENTS);
    const r = await encodeLink(big);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/export it as a file/i);
  });
});

describe('decoding a good link', () => {
  it('gives back exactly the scenario, with no messages, from the link', async () => {
    const s = FIXTURE_SCENARIOS.workshop;
    expect(await decodeLink(await link(s))).toEqual({ scenario: s, errors: [], source: 'link' });
  });

  it('ignores whitespace a chat tool added around the link', async () => {
    expect((await decodeLink(`  ${await link()}\n`)).errors).toEqual([]);
  });

  it('keeps markup in the title as the same literal text (it is data, never HTML)', async () => {
    const title = '<img src=x onerror=alert(1)><script>alert(1)</script>';
    const r = await decodeLink(await link({ ...defaultScenario(), title }));
    expect(r.scenario.title).toBe(title);
    expect(r.errors).toEqual([]);
  });
});

describe('decoding a bad link', () => {
  const onlyMessage = async (input: unknown) => {
    const r = await decodeLink(input);
    expect(r.source).toBe('default');
    expect(r.scenario).toEqual(defaultScenario());
    expect(r.errors).toHaveLength(1);
    return r.errors[0];
  };

  it('says a link with a newer format prefix was made by a newer version', async () => {
    expect(await onlyMessage('v2.q1YqSy0qzszPU7Iy1FFKLUvNKylWsoqu')).toMatch(/made by a newer version of Metastable Lab.*v2/);
  });

  it('says a document with a newer version was made by a newer version, and keeps what it can read', async () => {
    const r = await decodeDoc({ version: 3, seed: 99 });
    expect(r.errors.join('\n')).toMatch(/version: 3 was made by a newer version of Metastable Lab/);
    expect(r.scenario.seed).toBe(99);
  });

  it('names the problem for text that is not a scenario link at all', async () => {
    expect(await onlyMessage('https://example.com/')).toMatch(/does not start with "v1\."/);
    expect(await onlyMessage('')).toMatch(/empty/);
    expect(await onlyMessage(42)).toMatch(/not text/);
  });

  it('points at a character that cannot be in a link', async () => {
    expect(await onlyMessage('v1.abc$def')).toMatch(/"\$" at position 4/);
  });

  it('refuses an absurdly long link without reading it, naming the limit', async () => {
    expect(await onlyMessage(`v1.${'A'.repeat(MAX_LINK_CHARS)}`)).toMatch(new RegExp(`more than the ${MAX_LINK_CHARS}`));
  });

  it('stops a deflate bomb at the size limit instead of unpacking it', async () => {
    const bomb = `v1.${toBase64Url(await deflate(new Uint8Array(4 * 1024 * 1024).fill(32)))}`;
    expect(bomb.length).toBeLessThan(MAX_LINK_CHARS);
    expect(await onlyMessage(bomb)).toMatch(new RegExp(`more than ${MAX_DOCUMENT_BYTES} bytes`));
  });

  it('reports damaged compressed data, invalid UTF-8, and non-JSON text as such', async () => {
    expect(await onlyMessage('v1.____')).toMatch(/damaged/);
    expect(await onlyMessage(`v1.${toBase64Url(await deflate(new Uint8Array([0xff, 0xfe, 0x7b])))}`)).toMatch(/not text/);
    expect(await onlyMessage(await linkOfText('{"seed": 1,'))).toMatch(/not a JSON document/);
  });

  it('says so when the JSON is not an object', async () => {
    expect(await onlyMessage(await linkOfText('[1,2,3]'))).toMatch(/must be a JSON object/);
  });

  it('refuses hostile nesting without overflowing the stack', async () => {
    expect(await onlyMessage(await linkOfText(`{"seed":${'['.repeat(20_000)}${']'.repeat(20_000)}}`))).toMatch(/nested more than/);
  });

  it('keeps the valid part and names field, value and allowed range for a wrong value', async () => {
    const r = await decodeDoc({ version: 1, seed: 5, db: { workers: -3, serviceMs: 'fast' } });
    expect(r.source).toBe('link');
    expect(r.scenario.seed).toBe(5);
    expect(r.scenario.db.workers).toBe(8);
    expect(r.errors).toContain('db.workers: -3 is out of range (allowed: 1 to 10000)');
    expect(r.errors.join('\n')).toMatch(/db\.serviceMs: "fast" is not a number/);
  });

  it('names unknown fields and ignores them', async () => {
    const r = await decodeDoc({ version: 1, evil: '<script>', db: { turbo: true } });
    expect(r.errors.join('\n')).toMatch(/evil: unknown field/);
    expect(r.errors.join('\n')).toMatch(/db\.turbo: unknown field/);
    expect(r.scenario).not.toHaveProperty('evil');
  });

  it('strips control and text-direction characters from the title and says so', async () => {
    const r = await decodeDoc({ version: 1, title: 'a\u0000b\u202ec\u0007d\n' });
    expect(r.scenario.title).toBe('abcd');
    expect(r.errors).toEqual(['title: control or text-direction characters were removed']);
  });

  it('summarises a flood of problems instead of listing thousands', async () => {
    const r = await decodeDoc(Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`junk${i}`, i])));
    expect(r.errors).toHaveLength(21);
    expect(r.errors[20]).toMatch(/and 980 more problems/);
  });

  it('keeps a __proto__ key as an unknown field instead of changing any prototype', async () => {
    const r = await decodeLink(await linkOfText('{"version":1,"__proto__":{"polluted":true},"db":{"__proto__":{"workers":1}}}'));
    expect(r.errors.join('\n')).toMatch(/__proto__: unknown field/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(r.scenario.db.workers).toBe(8);
  });
});
