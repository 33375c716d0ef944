import { describe, expect, it } from 'vitest';
import { KEY_LIST, SHORTCUT_KEYS, shortcutFor } from './shortcuts';

const key = (k: string, mods: Partial<KeyboardEvent> = {}) => ({ key: k, altKey: false, ctrlKey: false, metaKey: false, repeat: false, ...mods });
/** A stand-in for an element: only `closest` matters here. */
const element = (ownsKeys: boolean) => ({ closest: () => (ownsKeys ? {} : null) }) as unknown as Element;

describe('keyboard shortcuts', () => {
  it('map Space, F and S when nothing with its own keys has the focus', () => {
    expect(shortcutFor(key(' '), null)).toBe('toggle-play');
    expect(shortcutFor(key('f'), element(false))).toBe('flush');
    expect(shortcutFor(key('S'), element(false))).toBe('step');
    expect(shortcutFor(key('x'), null)).toBeNull();
  });

  it('map R to reset and ? to the list of keys, on every view', () => {
    expect(shortcutFor(key('r'), null)).toBe('reset');
    expect(shortcutFor(key('R'), element(false))).toBe('reset');
    expect(shortcutFor(key('?'), null)).toBe('help');
  });

  it('list every key they act on in the one list the help dialog shows', () => {
    const listed = KEY_LIST.flatMap((g) => g.keys.map(([k]) => k));
    for (const k of Object.values(SHORTCUT_KEYS)) expect(listed).toContain(k);
  });

  it('leave keys alone in inputs, sliders and buttons', () => {
    expect(shortcutFor(key('f'), element(true))).toBeNull();
    expect(shortcutFor(key(' '), element(true))).toBeNull();
  });

  it('ignore modified and repeated keys (browser shortcuts, a held key)', () => {
    expect(shortcutFor(key('f', { ctrlKey: true }), null)).toBeNull();
    expect(shortcutFor(key('f', { metaKey: true }), null)).toBeNull();
    expect(shortcutFor(key(' ', { repeat: true }), null)).toBeNull();
  });
});
