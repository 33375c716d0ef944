/**
 * A scripted event's own label: the words of an incident's timeline on the chart marks. It is text
 * from untrusted links, so it is cleaned and capped; it changes nothing in the run, and events
 * without one keep their documents (and so every old link) exactly as before.
 */
import { describe, expect, it } from 'vitest';
import { markTextWith } from '../../src/app/charts/markLabels';
import { parseScenario } from '../../src/sim/parseScenario';
import { createSimulation } from '../../src/sim/simulation';
import { scenarioToDocument } from '../../src/share/canonical';
import { decodeLink, encodeLink } from '../../src/share/linkCodec';
import { presetById, presetScenario } from '../../src/presets';

const withEvents = (events: unknown[]) => parseScenario({ durationS: 60, events });
const marksOf = (events: unknown[]) => {
  const sim = createSimulation(withEvents(events).value);
  sim.advance(Infinity);
  return { marks: sim.takeMarks(), frames: sim.takeFrames() };
};

describe('event labels', () => {
  it('the mark and the chart text read the label; an event without one keeps the generated wording', () => {
    const { marks } = marksOf([
      { atS: 10, type: 'set', changes: { db: { workers: 16 } }, label: '16:08 scale up' },
      { atS: 20, type: 'flush' },
    ]);
    const text = markTextWith([]);
    expect(marks.map(text)).toEqual(['16:08 scale up', 'Flush']);
    expect(marks[1].eventLabel).toBeUndefined();
  });

  it('removes control and text-direction characters and says so, naming the field', () => {
    const r = withEvents([{ atS: 10, type: 'flush', label: 'rollback\u202e\u0007 done' }]);
    expect(r.value.events[0].label).toBe('rollback done');
    expect(r.errors.map((e) => e.message)).toEqual(['events[0].label: control or text-direction characters were removed']);
  });

  it('refuses a label over 60 characters, or one that is not text, naming field, value and the allowed length', () => {
    const long = withEvents([{ atS: 10, type: 'flush', label: 'x'.repeat(61) }]);
    expect(long.value.events).toEqual([]);
    expect(long.errors[0].message).toBe('events[0].label: 61 characters is too long (allowed: up to 60)');
    expect(withEvents([{ atS: 10, type: 'flush', label: 7 }]).errors[0].message).toBe('events[0].label: 7 is not text');
  });

  it('changes nothing in the run', () => {
    const plain = marksOf([{ atS: 10, type: 'flush' }]).frames;
    const named = marksOf([{ atS: 10, type: 'flush', label: 'the bug' }]).frames;
    expect(Array.from(named)).toEqual(Array.from(plain));
  });

  it('travels in links; an event without a label has no label key, so older documents are unchanged', async () => {
    const s = presetScenario(presetById('deploy-2019')!);
    const encoded = await encodeLink(s);
    if (!encoded.ok) throw new Error(encoded.error);
    const decoded = await decodeLink(encoded.link);
    expect(decoded.errors).toEqual([]);
    expect(decoded.scenario.events.map((e) => e.label)).toEqual(['15:59 deploy begins', '16:08 scale up', '16:20 rollback']);
    const doc = scenarioToDocument(withEvents([{ atS: 10, type: 'flush' }]).value, true) as { events: object[] };
    expect(doc.events[0]).toEqual({ atS: 10, type: 'flush' });
  });
});
