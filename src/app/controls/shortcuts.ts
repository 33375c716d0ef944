/**
 * The lab's keyboard shortcuts, the same on every view: Space plays or pauses, F flushes the cache,
 * S steps one interval, R resets the run, ? lists every key. They only act when no control has the
 * focus, so typing a seed or moving a slider never triggers them. KEY_LIST is the one list of every
 * key (the lab's and, with a lesson open, the lesson's) that the help dialog shows.
 */
export type ShortcutAction = 'toggle-play' | 'flush' | 'step' | 'reset' | 'help';

export const SHORTCUT_KEYS: Record<ShortcutAction, string> = {
  'toggle-play': 'Space',
  flush: 'F',
  step: 'S',
  reset: 'R',
  help: '?',
};

export interface KeyGroup {
  title: string;
  keys: readonly (readonly [key: string, what: string])[];
}

/** Every key of the lab, in one place: the help dialog renders exactly this. */
export const KEY_LIST: readonly KeyGroup[] = [
  {
    title: 'Everywhere',
    keys: [
      ['Space', 'Play / pause'],
      ['F', 'Flush the cache'],
      ['S', 'Step one interval (paused)'],
      ['R', 'Reset the run'],
      ['?', 'This list of keys'],
      ['Esc', 'Close a dialog'],
    ],
  },
  {
    title: 'With a lesson open',
    keys: [
      ['N or →', 'Next lesson step'],
      ['P or ←', 'Previous lesson step'],
      ['1–9', 'Answer with that choice'],
      ['V', 'Reveal the answer'],
      ['Q', 'QR code of this moment'],
      ['C', 'Show or hide the controls (presenter view)'],
    ],
  },
];

/** Elements that own their keys: a shortcut must not fire while one of them has the focus. */
export const OWNS_KEYS = 'input, textarea, select, button, a[href], [contenteditable], [role="slider"], [role="radio"], [role="button"]';

export function shortcutFor(e: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'repeat'>, target: Element | null): ShortcutAction | null {
  if (e.altKey || e.ctrlKey || e.metaKey || e.repeat) return null;
  if (target && target.closest(OWNS_KEYS)) return null;
  // Inside an open dialog the page's keys are asleep: Escape and Tab belong to the dialog.
  if (target && target.closest('dialog[open]')) return null;
  switch (e.key) {
    case ' ':
      return 'toggle-play';
    case 'f':
    case 'F':
      return 'flush';
    case 's':
    case 'S':
      return 'step';
    case 'r':
    case 'R':
      return 'reset';
    case '?':
      return 'help';
    default:
      return null;
  }
}
