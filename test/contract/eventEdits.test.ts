/**
 * Editing never loses a field: every stored event (presets, lessons, golden runs, link fixtures),
 * opened in the event editor's model and saved unchanged, or with only its time moved, is the
 * original event apart from that change, tier events included. A user who edits an incident's event
 * and shares the link shares the same incident.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LESSONS } from '../../src/app/workshop/lessons';
import { clampTime, replaceEvent } from '../../src/app/scenarios/scriptChanges';
import { buildEvent, fieldsOf, kindOf } from '../../src/app/scenarios/scriptEdits';
import { PRESETS, presetScenario } from '../../src/presets';
import { scenarioToDocument } from '../../src/share/canonical';
import { readDocument } from '../../src/share/readDocument';
import type { Scenario } from '../../src/sim/scenario';
import golden from './golden-runs.json';
import links from '../fixtures/links-v1.json';
import { scenarioArb, stackScenarioArb } from '../support/shareArbitraries';
import { parseScenario } from '../../src/sim/parseScenario';

const stored: [string, Scenario][] = [
  ...PRESETS.map((p) => [`preset ${p.id}`, presetScenario(p)] as [string, Scenario]),
  ...LESSONS.flatMap((l) => l.steps.flatMap((st) => (st.setup ? [[`lesson ${l.id} step ${st.id}`, st.setup.scenario()] as [string, Scenario]] : []))),
  ...golden.runs.map((r) => [`golden run ${r.name}`, readDocument(r.scenario).scenario] as [string, Scenario]),
  ...links.fixtures.map((f) => [`link fixture ${f.name}`, f.scenario as unknown as Scenario] as [string, Scenario]),
];
const cases = stored.flatMap(([name, s]) => s.events.map((_, i) => ({ name: `${name}, event ${i}`, s, i })));

const save = (s: Scenario, i: number, atS: number) => {
  const ev = s.events[i];
  return buildEvent(kindOf(ev), String(atS), fieldsOf(ev), s, ev);
};

describe('the event editor keeps every field of every stored event', () => {
  it('covers the stored events, tier events and labelled, finer-keyed deploys among them', () => {
    const events = cases.map((c) => c.s.events[c.i]);
    expect(events.length).toBeGreaterThan(100);
    for (const type of ['tier-fault', 'tier-set', 'seed', 'deploy', 'set', 'flush'])
      expect(
        events.some((e) => e.type === type),
        type,
      ).toBe(true);
    expect(events.some((e) => e.type === 'deploy' && e.shapes !== undefined && e.label !== undefined)).toBe(true);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s: saved unchanged, it is the same event and the same document', (_name, { s, i }) => {
    const r = save(s, i, s.events[i].atS);
    expect(r).toEqual({ ok: true, event: s.events[i] });
    if (r.ok) expect(scenarioToDocument(replaceEvent(s, i, r.event), false)).toEqual(scenarioToDocument(s, false));
  });

  it('any stored event saved with only its time moved differs from the original in its time alone', () => {
    fc.assert(
      fc.property(fc.constantFrom(...cases), fc.double({ min: 0, max: 1, noNaN: true }), ({ s, i }, share) => {
        const atS = clampTime(share * s.durationS, s.durationS);
        expect(save(s, i, atS)).toEqual({ ok: true, event: { ...s.events[i], atS } });
      }),
      { numRuns: 300 },
    );
  });

  it('so does any event the event table allows, tier events included, saved unchanged', () => {
    fc.assert(
      fc.property(fc.oneof(scenarioArb, stackScenarioArb), (s) => {
        // The arbitraries draw what the parser returns: the scenario reads back as itself.
        expect(parseScenario(scenarioToDocument(s, false)).value.events).toEqual(s.events);
        s.events.forEach((ev, i) => expect(save(s, i, ev.atS)).toEqual({ ok: true, event: ev }));
      }),
      { numRuns: 200 },
    );
  });
});
