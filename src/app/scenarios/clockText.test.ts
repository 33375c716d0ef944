import { describe, expect, it } from 'vitest';
import { clockText, parseClockText } from './clockText';

describe('times as people type them', () => {
  it('reads m:ss, h:mm:ss and plain seconds', () => {
    expect(parseClockText('2:30')).toBe(150);
    expect(parseClockText(' 150 ')).toBe(150);
    expect(parseClockText('1:02:03')).toBe(3723);
    expect(parseClockText('0:07.5')).toBe(7.5);
  });
  it('refuses what is not a time', () => {
    for (const t of ['', '2:3x', '2:75', '1:60:00', '-5', 'soon']) expect(parseClockText(t)).toBeNaN();
  });
  it('writes what it reads', () => {
    for (const s of [0, 59, 150, 3723, 7.5]) expect(parseClockText(clockText(s))).toBe(s);
    expect(clockText(245)).toBe('4:05');
  });
});
