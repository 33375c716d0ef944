import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { glossaryMarkdown, readmeWithGlossary } from '../../src/app/glossary/glossary';

describe('docs/glossary.md', () => {
  it('is the glossary the lab shows on screen (regenerate with npm run glossary-doc)', () => {
    expect(readFileSync(new URL('../../docs/glossary.md', import.meta.url), 'utf8')).toBe(glossaryMarkdown());
  });
});

describe("the README's words", () => {
  it('are the same glossary entries the lab shows on screen (regenerate with npm run glossary-doc)', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(readme).toContain('**Goodput.** Requests answered in time');
    expect(readme).toBe(readmeWithGlossary(readme));
  });
});
