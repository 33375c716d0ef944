import { describe, expect, it } from 'vitest';
import { mitigationById } from '../../mitigations/catalog';
import { mitigationMarkText } from './markText';

describe('mitigationMarkText', () => {
  it('names a switch by its label', () => {
    expect(mitigationMarkText(mitigationById('codel')!.on)).toBe('CoDel shedding on');
    expect(mitigationMarkText(mitigationById('coalescing')!.off)).toBe('Request coalescing off');
  });

  it('names a shared default by its field, and a setting with its unit', () => {
    expect(mitigationMarkText({ db: { queueOrder: 'fifo' } })).toBe('Queue FIFO');
    expect(mitigationMarkText({ shedding: { codelTargetMs: 10 } })).toBe('CoDel shedding target 10 ms');
    expect(mitigationMarkText({ cache: { ttlMs: 60_000 } })).toBe('Cache TTL 60 s');
  });

  it('leaves other changes to the lab', () => {
    expect(mitigationMarkText({ workload: { rps: 100 } })).toBeNull();
  });
});
