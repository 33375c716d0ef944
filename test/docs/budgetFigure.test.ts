/**
 * The first-load budget is one number in code (scripts/firstLoad.ts); the pages that state it must
 * state that number, so a change of budget cannot leave a page behind.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FIRST_LOAD_BUDGET_KB } from '../../scripts/firstLoad';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Each page and the sentence fragment in which it states the budget in KB. */
const STATEMENTS: [string, RegExp][] = [
  ['CONTRIBUTING.md', /\(page \+ simulation worker\) ≤ (\d+(?:\.\d+)?) KB gzipped/],
  ['docs/cli.md', /against its (\d+(?:\.\d+)?) KB gzipped budget/],
  ['docs/benchmarks.md', /\(budget: (\d+(?:\.\d+)?) KB\)/],
];

describe('the first-load budget in the docs', () => {
  it.each(STATEMENTS)('is the code’s figure in %s', (page, statement) => {
    const figure = readFileSync(join(ROOT, page), 'utf8').match(statement)?.[1];
    expect(figure, `${page} no longer states the budget as ${statement}`).toBeDefined();
    expect(Number(figure)).toBe(FIRST_LOAD_BUDGET_KB);
  });
});
