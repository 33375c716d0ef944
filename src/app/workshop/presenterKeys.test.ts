import { describe, expect, it } from 'vitest';
import { presenterKeyFor } from './presenterKeys';

const key = (k: string, mods: Partial<KeyboardEvent> = {}) => ({ key: k, altKey: false, ctrlKey: false, metaKey: false, repeat: false, ...mods });
/** A stand-in for an element: `closest` finds a match when the element is a control. */
const el = (isControl: boolean) => ({ closest: () => (isControl ? {} : null) }) as unknown as Element;

describe('presenter keys', () => {
  it('map to lesson actions', () => {
    expect(presenterKeyFor(key('n'), null)).toEqual({ type: 'next' });
    expect(presenterKeyFor(key('ArrowLeft'), null)).toEqual({ type: 'previous' });
    expect(presenterKeyFor(key('3'), null)).toEqual({ type: 'answer', choice: 2 });
    expect(presenterKeyFor(key('?'), null)).toEqual({ type: 'help' });
    expect(presenterKeyFor(key('V'), el(false))).toEqual({ type: 'reveal' });
    expect(presenterKeyFor(key('x'), null)).toBeNull();
  });
  it('stay quiet in controls and with modifiers, except Escape', () => {
    expect(presenterKeyFor(key('3'), el(true))).toBeNull();
    expect(presenterKeyFor(key('r', { ctrlKey: true }), null)).toBeNull();
    expect(presenterKeyFor(key('Escape'), el(true))).toEqual({ type: 'close' });
  });
});
