import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STATE_NAMES } from '../../sim/metrics';
import { STATE_COLOR, STATE_LABEL, STATE_TERM } from './stateColors';

const theme = readFileSync(new URL('../styles/theme.css', import.meta.url), 'utf8');
const [light, dark] = theme.split(":root[data-theme='dark']");
const cssVar = (block: string, name: string) => {
  const m = new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(block);
  if (!m) throw new Error(`no --${name} in the theme block`);
  return m[1];
};
/** WCAG relative luminance of #rrggbb. */
const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

describe('state colours', () => {
  it('give every state a colour, a label and a glossary entry', () => {
    for (const s of STATE_NAMES) {
      expect(STATE_COLOR[s], s).toBeTruthy();
      expect(STATE_LABEL[s], s).toBeTruthy();
      expect(STATE_TERM[s], s).toBeTruthy();
    }
  });

  it('draw degraded at 3:1 or more against the surface of both themes (a graphical object, WCAG 1.4.11)', () => {
    expect(STATE_COLOR.degraded).toBe('var(--c-degraded)');
    expect(contrast(cssVar(light, 'c-degraded'), cssVar(light, 'surface'))).toBeGreaterThanOrEqual(3);
    expect(contrast(cssVar(dark, 'c-degraded'), cssVar(dark, 'surface'))).toBeGreaterThanOrEqual(3);
  });

  it('give each state its own colour (the label goes with it: colour is never the only cue)', () => {
    const own = new Set(Object.values(STATE_COLOR));
    expect(own.size).toBe(STATE_NAMES.length);
  });
});
