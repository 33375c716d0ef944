/** One decoder for every way in: links, files and the address read a document alike (issue 24). */
import { describe, expect, it } from 'vitest';
import { decodeLink } from '../../src/share/linkCodec';
import { readDocument } from '../../src/share/readDocument';
import { scenarioFromJsonText } from '../../src/share/scenarioFile';
import { readStartupOptions } from '../../src/app/runtime/startupOptions';
import { linkOfText } from '../support/shareArbitraries';

/** The three ways a document reaches the page (a link, a file, the address) read it alike. */
async function everyWayIn(json: string) {
  return {
    link: await decodeLink(await linkOfText(json)),
    file: scenarioFromJsonText(json),
    address: readStartupOptions(`?scenario=${encodeURIComponent(json)}`),
  };
}

describe('the page’s decoder, at the document level', () => {
  it.each([
    [0, 'version: 0 is out of range (allowed: 1 to 2)'],
    [1.5, 'version: 1.5 is not a whole number (allowed: 1 to 2)'],
    ['2', 'version: "2" is not a number (allowed: 1 to 2)'],
    [-3, 'version: -3 is out of range (allowed: 1 to 2)'],
  ])('refuses version %j: nothing of the document is used, and the message names the version', async (version, message) => {
    const r = await everyWayIn(JSON.stringify({ version, durationS: 42 }));
    expect(r.link.errors).toEqual([message]);
    expect(r.link.source).toBe('default');
    expect(r.file.errors).toEqual([message]);
    expect(r.file.usable).toBe(false);
    expect(r.address.issues).toEqual([message]);
    expect(r.address.scenario.durationS).not.toBe(42);
  });

  it('reads versions 1 and 2, and a document without a version as version 1', () => {
    for (const doc of [{ version: 1 }, { version: 2 }, {}]) expect(readDocument({ ...doc, durationS: 42 })).toMatchObject({ errors: [], usable: true });
  });

  it('names a number too large to hold (1e999) as out of range, not as null', () => {
    const r = scenarioFromJsonText('{"durationS": 1e999}');
    expect(r.errors).toEqual(['durationS: a number too large to hold (1.8e308 or beyond, such as 1e999) is out of range (allowed: 1 to 86400 s)']);
  });

  it.each([
    ['U+202E override', '\u202e'],
    ['U+200E left-to-right mark', '\u200e'],
    ['U+200F right-to-left mark', '\u200f'],
    ['U+061C Arabic letter mark', '\u061c'],
    ['U+200B zero-width space', '\u200b'],
    ['U+FEFF zero-width no-break space', '\ufeff'],
    ['U+2028 line separator', '\u2028'],
    ['U+2029 paragraph separator', '\u2029'],
    ['U+2066 isolate', '\u2066'],
    ['U+00AD soft hyphen', '\u00ad'],
  ])('removes the %s from titles and event labels the same way through every way in, and says so', async (_name, ch) => {
    const json = JSON.stringify({ title: `Fl${ch}ush`, events: [{ atS: 5, type: 'flush', label: `16:08${ch} flush` }] });
    const r = await everyWayIn(json);
    for (const read of [r.link, r.file, { scenario: r.address.scenario, errors: r.address.issues }]) {
      expect(read.scenario.title).toBe('Flush');
      expect(read.scenario.events[0].label).toBe('16:08 flush');
      expect(read.errors).toEqual([
        'events[0].label: control or text-direction characters were removed',
        'title: control or text-direction characters were removed',
      ]);
    }
  });

  it('keeps the joiners that words and emoji need (U+200C, U+200D)', () => {
    const title = 'می\u200cخواهم 👩\u200d💻';
    expect(readDocument({ title }).scenario.title).toBe(title);
  });

  it('a byte-order mark before a file’s JSON is read as the start of the file', () => {
    expect(scenarioFromJsonText('\ufeff{"durationS": 42}')).toMatchObject({ errors: [], usable: true, scenario: { durationS: 42 } });
  });
});
