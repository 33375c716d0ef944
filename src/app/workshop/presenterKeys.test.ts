import { describe, expect, it } from 'vitest';
import { KEY_LIST } from '../controls/shortcuts';
import { presenterKeyFor } from './presenterKeys';

const key = (k: string, mods: Partial<KeyboardEvent> = {}) => ({ key: k, altKey: false, ctrlKey: false, metaKey: false, repeat: false, ...mods });
/** A stand-in for an element: `closest` finds a match when the element is a control. */
const el = (isControl: boolean) => ({ closest: () => (isControl ? {} : null) }) as unknown as Element;

describe('presenter keys', () => {
  it('map to lesson actions', () => {
    expect(presenterKeyFor(key('n'), null)).toEqual({ type: 'next' });
    expect(presenterKeyFor(key('ArrowLeft'), null)).toEqual({ type: 'previous' });
    expect(presenterKeyFor(key('3'), null)).toEqual({ type: 'answer', choice: 2 });
    expect(presenterKeyFor(key('V'), el(false))).toEqual({ type: 'reveal' });
    expect(presenterKeyFor(key('x'), null)).toBeNull();
  });
  it('leave R and ? to the lab, which handles them on every view', () => {
    expect(presenterKeyFor(key('r'), null)).toBeNull();
    expect(presenterKeyFor(key('?'), null)).toBeNull();
  });
  it('stay quiet in controls and with modifiers', () => {
    expect(presenterKeyFor(key('3'), el(true))).toBeNull();
    expect(presenterKeyFor(key('n', { ctrlKey: true }), null)).toBeNull();
  });
  it('are all listed in the one list of keys', () => {
    const listed = KEY_LIST.flatMap((g) => g.keys.map(([k]) => k)).join(' ');
    for (const k of ['N', 'P', '1–9', 'V', 'Q', 'C']) expect(listed).toContain(k);
  });
});
