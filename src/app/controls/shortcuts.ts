/**
 * Keyboard shortcuts for running a workshop from the lectern: Space plays or pauses, F flushes the
 * cache, S steps one interval. They only act when no control has the focus, so typing a seed or
 * moving a slider never triggers them.
 */
export type ShortcutAction = 'toggle-play' | 'flush' | 'step';

export const SHORTCUT_KEYS: Record<ShortcutAction, string> = {
  'toggle-play': 'Space',
  flush: 'F',
  step: 'S',
};

/** Elements that own their keys: a shortcut must not fire while one of them has the focus. */
const OWNS_KEYS = 'input, textarea, select, button, a[href], [contenteditable], [role="slider"], [role="radio"], [role="button"]';

export function shortcutFor(e: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'repeat'>, target: Element | null): ShortcutAction | null {
  if (e.altKey || e.ctrlKey || e.metaKey || e.repeat) return null;
  if (target && target.closest(OWNS_KEYS)) return null;
  switch (e.key) {
    case ' ':
      return 'toggle-play';
    case 'f':
    case 'F':
      return 'flush';
    case 's':
    case 'S':
      return 'step';
    default:
      return null;
  }
}
