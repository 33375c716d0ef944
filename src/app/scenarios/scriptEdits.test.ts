import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../sim/parseScenario';
import { addEvent, clampTime, removeEvent, replaceEvent } from './scriptChanges';
import { buildEvent, EVENT_KINDS, fieldsOf, kindOf, SET_PARAMS } from './scriptEdits';

const s = defaultScenario();
const initial = (kind: (typeof EVENT_KINDS)[number]) => Object.fromEntries(kind.fields.map((f) => [f.name, f.initial]));

describe('buildEvent', () => {
  it('every kind builds from its initial form values and reads back the same', () => {
    for (const k of EVENT_KINDS) {
      const r = buildEvent(k.kind, '42', initial(k), s);
      expect(r.ok, k.kind).toBe(true);
      if (!r.ok) continue;
      expect(r.event.atS).toBe(42);
      expect(kindOf(r.event)).toBe(k.kind);
      expect(fieldsOf(r.event)).toEqual(k.fields.length ? initial(k) : {});
    }
  });
  it('names what is wrong', () => {
    const late = buildEvent('flush', '9999', {}, s);
    expect(late.ok).toBe(false);
    if (!late.ok) expect(late.errors.join()).toMatch(/atS/);
    const word = buildEvent('spike', '10', { factor: 'lots', forS: '5' }, s);
    if (!word.ok) expect(word.errors.join()).toMatch(/factor/);
    expect(word.ok).toBe(false);
    const param = buildEvent('set', '10', { param: 'db.nope', value: '1' }, s);
    expect(param.ok).toBe(false);
    const range = buildEvent('set', '10', { param: 'client.retries', value: '99' }, s);
    if (!range.ok) expect(range.errors.join()).toMatch(/client\.retries/);
    expect(range.ok).toBe(false);
  });
  it('types parameter values by the schema', () => {
    const on = buildEvent('set', '1', { param: 'db.deadlinePropagation', value: 'true' }, s);
    expect(on.ok && on.event.type === 'set' && on.event.changes.db?.deadlinePropagation).toBe(true);
    const mode = buildEvent('set', '1', { param: 'shedding.mode', value: 'codel' }, s);
    expect(mode.ok && mode.event.type === 'set' && mode.event.changes.shedding?.mode).toBe('codel');
    expect(SET_PARAMS).toContain('workload.rps');
  });
});

describe('script edits', () => {
  it('add, move and remove keep the script in time order', () => {
    let t = addEvent(s, { atS: 30, type: 'outage', forS: 10 });
    expect(t.events.map((e) => e.atS)).toEqual([30, 150]);
    t = replaceEvent(t, 0, { ...t.events[0], atS: 200 });
    expect(t.events.map((e) => e.type)).toEqual(['flush', 'outage']);
    t = removeEvent(t, 0);
    expect(t.events).toEqual([{ atS: 200, type: 'outage', forS: 10 }]);
    expect(s.events).toHaveLength(1);
  });
  it('clamps dragged times to the run', () => {
    expect(clampTime(-3, 600)).toBe(0);
    expect(clampTime(612, 600)).toBe(600);
    expect(clampTime(12.345, 600)).toBe(12.3);
  });
});
