import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultScenario, parseScenario } from '../sim/parseScenario';
import { SECTIONS } from '../sim/schema';
import { MAX_FILE_CHARS, scenarioFromJsonText, scenarioToJson } from './scenarioFile';
import { FIXTURE_SCENARIOS } from '../../test/support/linkFixtureScenarios';
import { scenarioArb } from '../../test/support/shareArbitraries';

describe('exporting a scenario file', () => {
  it('spells out every field, defaults included, so the runner and a reader need no defaults table', () => {
    const doc = JSON.parse(scenarioToJson(parseScenario({}).value)) as Record<string, Record<string, unknown>>;
    for (const [section, fields] of Object.entries(SECTIONS)) expect(Object.keys(doc[section])).toEqual(Object.keys(fields));
    expect(doc).toMatchObject({ version: 1, seed: 7, durationS: 600, intervalMs: 1000, events: [] });
  });

  it('is pretty-printed and ends with a newline', () => {
    const text = scenarioToJson(defaultScenario());
    expect(text).toMatch(/^\{\n {2}"version": 1,\n/);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('is exactly what the parser (and so the runner) reads back (property)', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const text = scenarioToJson(s);
        expect(parseScenario(JSON.parse(text))).toEqual({ value: s, errors: [] });
        expect(scenarioFromJsonText(text)).toEqual({ scenario: s, errors: [], usable: true });
      }),
      { numRuns: 1000 },
    );
  });
});

describe('importing a scenario file', () => {
  it('reports a syntax error with its line and column', () => {
    const text = scenarioToJson(FIXTURE_SCENARIOS.hotos21).replace('"seed": 7,', '"seed": 7');
    const r = scenarioFromJsonText(text);
    expect(r.usable).toBe(false);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatch(/^The file is not valid JSON \(line 5, column 3: unexpected "\\"", expected "," or "}"\)\.$/);
    expect(r.scenario).toEqual(parseScenario({}).value);
  });

  it('accepts a byte-order mark that some editors write', () => {
    expect(scenarioFromJsonText(`\ufeff${scenarioToJson(defaultScenario())}`)).toEqual({ scenario: defaultScenario(), errors: [], usable: true });
  });

  it('keeps the valid part of a file with a wrong value and names the field', () => {
    const r = scenarioFromJsonText('{"version":1,"seed":3,"client":{"retries":99}}');
    expect(r.scenario.seed).toBe(3);
    expect(r.scenario.client.retries).toBe(3);
    expect(r.errors).toEqual(['client.retries: 99 is out of range (allowed: 0 to 20)']);
  });

  it('says a file that is JSON but not an object is not a scenario', () => {
    expect(scenarioFromJsonText('"hello"')).toMatchObject({ usable: false, errors: [expect.stringMatching(/must be a JSON object/)] });
  });

  it('refuses an absurdly large file unread', () => {
    expect(scenarioFromJsonText(' '.repeat(MAX_FILE_CHARS + 1)).errors[0]).toMatch(/up to 2000000/);
  });

  it('never throws on arbitrary text (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify({ version: 1, db: v, events: [v] })),
        ),
        (t) => {
          const r = scenarioFromJsonText(t);
          expect(parseScenario(r.scenario).errors).toEqual([]);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
