import { describe, expect, it } from 'vitest';
import { followLink } from './followLink';

describe('the link the room follows', () => {
  it('drops the presenter view and the lesson, and keeps the share link', () => {
    expect(followLink('https://example.org/lab/?view=present&lesson=herd&speed=60#s=v1.abc')).toBe('https://example.org/lab/?speed=60#s=v1.abc');
    expect(followLink('http://localhost:4173/')).toBe('http://localhost:4173/');
  });
});
