import { describe, expect, it } from 'vitest';
import { defaultScenario, parseScenario } from '../../sim/parseScenario';
import { addEvent, clampTime, removeEvent, replaceEvent } from './scriptChanges';
import { buildEvent, EVENT_KINDS, fieldsOf, kindOf, SET_PARAMS, shownFields } from './scriptEdits';

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

describe('editing an event keeps what its form does not show', () => {
  const deploy2019 = parseScenario({
    durationS: 3600,
    events: [
      { atS: 240, type: 'deploy', fraction: 1, shapes: 16, label: '15:59 deploy' },
      { atS: 900, type: 'set', changes: { client: { retries: 3, backoff: 'exponential' }, db: { workers: 16 } } },
    ],
  }).value;

  it('a deploy saved unchanged keeps its shapes and its label', () => {
    const ev = deploy2019.events[0];
    const r = buildEvent(kindOf(ev), String(ev.atS), fieldsOf(ev), deploy2019, ev);
    expect(r).toEqual({ ok: true, event: { atS: 240, type: 'deploy', fraction: 1, shapes: 16, label: '15:59 deploy' } });
  });

  it('a deploy given another share of keys keeps its shapes and its label', () => {
    const ev = deploy2019.events[0];
    const r = buildEvent('deploy', '300', { fraction: '0.5' }, deploy2019, ev);
    expect(r).toEqual({ ok: true, event: { atS: 300, type: 'deploy', fraction: 0.5, shapes: 16, label: '15:59 deploy' } });
  });

  it('a change of several parameters edits the one its form shows and keeps the others', () => {
    const ev = deploy2019.events[1];
    expect(fieldsOf(ev)).toEqual({ param: 'client.retries', value: '3' });
    const same = buildEvent('set', '900', fieldsOf(ev), deploy2019, ev);
    expect(same.ok && same.event).toEqual(ev);
    const other = buildEvent('set', '900', { param: 'client.timeoutMs', value: '2000' }, deploy2019, ev);
    expect(other.ok && other.event.type === 'set' && other.event.changes).toEqual({ client: { backoff: 'exponential', timeoutMs: 2000 }, db: { workers: 16 } });
  });

  it('a tier fault keeps its tier and fault; an emptied instance means every instance; a crash shows no factor', () => {
    const stacked = parseScenario({
      durationS: 600,
      stack: [{ kind: 'service', name: 'app', instances: 4 }],
      events: [
        { atS: 60, type: 'tier-fault', tier: 'app', fault: 'slow', factor: 5, instance: 2, forS: 30 },
        { atS: 90, type: 'tier-fault', tier: 'app', fault: 'crash', forS: 10 },
      ],
    }).value;
    const [slow, crash] = stacked.events;
    expect(kindOf(slow)).toBe('tier-fault');
    expect(buildEvent('tier-fault', '60', fieldsOf(slow), stacked, slow)).toEqual({ ok: true, event: slow });
    const everywhere = buildEvent('tier-fault', '60', { ...fieldsOf(slow), instance: '' }, stacked, slow);
    expect(everywhere).toEqual({ ok: true, event: { atS: 60, type: 'tier-fault', tier: 'app', fault: 'slow', factor: 5, forS: 30 } });
    expect(shownFields('tier-fault', crash as never).map((f) => f.name)).toEqual(['forS', 'instance']);
    expect(shownFields('tier-fault', slow as never).map((f) => f.name)).toEqual(['forS', 'factor', 'instance']);
    expect(EVENT_KINDS.map((k) => k.type)).not.toContain('tier-fault');
  });
});
