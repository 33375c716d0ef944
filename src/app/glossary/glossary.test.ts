import { describe, expect, it } from 'vitest';
import { GLOSSARY } from './glossary';

describe('the glossary', () => {
  it('explains every term the room asked about', () => {
    const terms = GLOSSARY.map((e) => e.term).join(' | ');
    for (const t of [
      "Che's approximation",
      'Hidden capacity',
      'Advertised capacity',
      'Characteristic metric',
      'CoDel',
      'Rejected',
      'Shed',
      'Timed out',
      'Goodput',
      'Metastable failure',
    ]) {
      expect(terms).toContain(t);
    }
  });

  it('says what an infinite advertised capacity means', () => {
    expect(GLOSSARY.find((e) => e.id === 'advertised-capacity')?.definition).toMatch(/∞ when the warm hit rate is 100%/);
  });

  it('explains the state names, the chart titles and the mitigations a room meets', () => {
    const ids = GLOSSARY.map((e) => e.id);
    for (const id of [
      'stable',
      'recovering',
      'overloaded',
      'degraded',
      'hit-rate',
      'db-cpu',
      'percentile',
      'all-request-latency',
      'retries',
      'retry-budget',
      'circuit-breaker',
    ])
      expect(ids).toContain(id);
  });

  it('gives no two entries the same name or alias, so a word on screen means one thing', () => {
    const names = GLOSSARY.flatMap((e) => [e.term, ...(e.aliases ?? [])].map((n) => n.toLowerCase()));
    expect(names.filter((n, k) => names.indexOf(n) !== k)).toEqual([]);
  });

  it('has one entry per id, each a sentence or more', () => {
    expect(new Set(GLOSSARY.map((e) => e.id)).size).toBe(GLOSSARY.length);
    for (const e of GLOSSARY) expect(e.definition).toMatch(/^[A-Z].{30,}\.$/);
  });
});
