import { describe, expect, it } from 'vitest';
import { readQuery } from '../../share/address';
import { momentLink, readMoment } from './momentLink';

describe('the link to the moment on screen', () => {
  it('drops the presenter view, keeps the run, names the lesson step and the paused time', () => {
    const link = momentLink('http://192.168.1.20:4173/?view=present&lesson=herd&speed=60#s=v1.abc', { lessonId: 'herd', stepIndex: 2, atS: 212.7 });
    const url = new URL(link);
    expect(url.searchParams.get('view')).toBeNull();
    expect(url.searchParams.get('lesson')).toBe('herd');
    expect(url.searchParams.get('step')).toBe('3');
    expect(url.searchParams.get('at')).toBe('212');
    expect(url.searchParams.has('paused')).toBe(true);
    expect(url.hash).toBe('#s=v1.abc');
  });

  it('reads back what it writes', () => {
    const link = momentLink('http://x/#s=v1.a', { lessonId: 'retries', stepIndex: 1, atS: 90 });
    expect(readMoment(new URL(link).search)).toEqual({ stepIndex: 1, atS: 90 });
  });

  it('ignores a bad step or time instead of guessing, and the address table names both', () => {
    const m = readMoment('?step=0&at=-5');
    expect(m.stepIndex).toBeNull();
    expect(m.atS).toBeNull();
    expect(readQuery('?step=0&at=-5').issues).toEqual([
      'step: "0" is not a whole number from 1 to 99; it was ignored.',
      'at: "-5" is not a whole number from 0 to 86,400; it was ignored.',
    ]);
  });
});
