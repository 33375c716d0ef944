import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The fit's own tests beside it run in Node only and may read fixtures.
const files = readdirSync('src/fit').filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
const source = (f: string) => readFileSync(`src/fit/${f}`, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');

describe('the fit is pure, so Node threads and Web Workers run the same code', () => {
  it('imports only itself and the simulation core', () => {
    for (const f of files) for (const m of source(f).matchAll(/from '([^']+)'/g)) expect(m[1], `${f} imports ${m[1]}`).toMatch(/^\.\/|^\.\.\/sim\//);
  });

  it('touches no page, no clock and no ambient randomness', () => {
    for (const f of files) expect(source(f), f).not.toMatch(/\b(document|window|navigator|localStorage)\.|Math\.random|Date\.now|performance\.now/);
  });
});
