import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/sim/scenario';
import { decodeLink } from '../../src/share/linkCodec';
import { FIXTURE_SCENARIOS } from '../support/linkFixtureScenarios';
import stored from '../fixtures/links-v1.json';

const fixtures = stored.fixtures as { name: string; link: string; scenario: Scenario }[];

describe('links made by link format v1 (stored fixtures)', () => {
  it('covers every fixture scenario, including the 20-event workshop', () => {
    expect(fixtures.map((f) => f.name).sort()).toEqual(Object.keys(FIXTURE_SCENARIOS).sort());
  });

  // Compressors may emit different bytes on other platforms or versions, so fixtures pin decoding,
  // never the exact link text a future encoder produces.
  it.each(fixtures)('the stored "$name" link still decodes to the same scenario, with no messages', async ({ link, scenario }) => {
    expect(await decodeLink(link)).toEqual({ scenario, errors: [], source: 'link' });
  });
});
