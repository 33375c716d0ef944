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

  it('has one entry per id, each a sentence or more', () => {
    expect(new Set(GLOSSARY.map((e) => e.id)).size).toBe(GLOSSARY.length);
    for (const e of GLOSSARY) expect(e.definition).toMatch(/^[A-Z].{30,}\.$/);
  });
});
