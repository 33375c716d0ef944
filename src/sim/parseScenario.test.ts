import { describe, expect, it } from 'vitest';
import { defaultScenario, parsePatch, parseScenario } from './parseScenario';

const messages = (doc: unknown) => parseScenario(doc).errors.map((e) => e.message);

describe('the scenario document', () => {
  it('the documented example document is valid and equals the default scenario', () => {
    const doc = {
      version: 1,
      seed: 7,
      durationS: 600,
      workload: { mode: 'open', rps: 3000, keys: 100000, zipf: 1.1 },
      cache: { capacity: 20000, warm: true },
      db: { workers: 8, serviceMs: 20, queueLimit: 5000 },
      client: { timeoutMs: 1000, retries: 3, backoff: 'exponential-jitter', backoffBaseMs: 100 },
      shedding: { mode: 'off' },
      events: [{ atS: 150, type: 'flush' }],
    };
    const { value, errors } = parseScenario(doc);
    expect(errors).toEqual([]);
    expect(value).toEqual(defaultScenario());
  });

  it('missing fields take their defaults', () => {
    const { value, errors } = parseScenario({});
    expect(errors).toEqual([]);
    expect(value.db).toMatchObject({ workers: 8, serviceMs: 20, queueLimit: 5000, deadlinePropagation: false, queueOrder: 'fifo' });
    expect(value.events).toEqual([]);
  });

  it('an out-of-range value names the field, the value and the allowed range, and keeps the default', () => {
    const { value, errors } = parseScenario({ db: { workers: 0 } });
    expect(errors.map((e) => e.message)).toEqual(['db.workers: 0 is out of range (allowed: 1 to 10000)']);
    expect(errors[0].path).toBe('db.workers');
    expect(value.db.workers).toBe(8);
  });

  it('an unknown field is an error that names it', () => {
    expect(messages({ cache: { size: 5 } })[0]).toMatch(/^cache\.size: unknown field \(known: capacity, warm, ttlMs, hitMs, coalesce, /);
    expect(messages({ colour: 'red' })[0]).toMatch(/^colour: unknown field/);
  });

  it('wrong types are named with the value', () => {
    expect(messages({ client: { retries: 'three' } })).toEqual(['client.retries: "three" is not a number (allowed: 0 to 20)']);
    expect(messages({ client: { retries: 1.5 } })).toEqual(['client.retries: 1.5 is not a whole number (allowed: 0 to 20)']);
    expect(messages({ shedding: { mode: 'maybe' } })[0]).toBe('shedding.mode: "maybe" is not one of "off", "queue-delay", "concurrency", "codel"');
    expect(messages({ cache: { warm: 'yes' } })[0]).toBe('cache.warm: "yes" is not true or false');
    expect(messages([1, 2])[0]).toMatch(/must be a JSON object/);
  });

  it('a document from a newer version says so', () => {
    expect(messages({ version: 3 })).toEqual(['version: 3 was made by a newer version of Metastable Lab (this one reads up to 2)']);
  });

  it('events are checked field by field, bad ones dropped, good ones kept in time order', () => {
    const { value, errors } = parseScenario({
      durationS: 100,
      events: [
        { atS: 80, type: 'spike', factor: 2, forS: 5 },
        { atS: 500, type: 'flush' },
        { atS: 10, type: 'outage' },
        { atS: 20, type: 'set', changes: { seed: 3 } },
        { atS: 30, type: 'flush', hottest: 10, extra: 1 },
        { atS: 5, type: 'flush', hottest: 100 },
      ],
    });
    expect(errors.map((e) => e.message)).toEqual([
      'events[1].atS: 500 is out of range (allowed: 0 to 100)',
      'events[2].forS: is missing (allowed: 0 to 86400 s)',
      'events[3].changes.seed: cannot be changed mid-run (changeable: workload, cache, db, client, shedding)',
      'events[4].extra: unknown field for a "flush" event (known: atS, type, hottest, label)',
    ]);
    expect(value.events).toEqual([
      { atS: 5, type: 'flush', hottest: 100 },
      { atS: 80, type: 'spike', factor: 2, forS: 5 },
    ]);
  });

  it('a patch for a live change is validated like the document', () => {
    expect(parsePatch({ client: { retries: 2 } })).toEqual({ value: { client: { retries: 2 } }, errors: [] });
    expect(parsePatch({ db: { workers: -1 } }).errors[0].message).toBe('changes.db.workers: -1 is out of range (allowed: 1 to 10000)');
  });

  it('long or non-text titles are refused; values in messages are cut short', () => {
    expect(messages({ title: 'x'.repeat(300) })[0]).toBe('title: 300 characters is too long (allowed: up to 200)');
    expect(messages({ title: 5 })[0]).toBe('title: 5 is not text');
    expect(messages({ shedding: { mode: 'y'.repeat(100) } })[0].length).toBeLessThan(120);
  });
});
