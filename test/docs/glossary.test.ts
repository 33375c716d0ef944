import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { glossaryMarkdown } from '../../src/app/glossary/glossary';

describe('docs/glossary.md', () => {
  it('is the glossary the lab shows on screen (regenerate with npm run glossary-doc)', () => {
    expect(readFileSync(new URL('../../docs/glossary.md', import.meta.url), 'utf8')).toBe(glossaryMarkdown());
  });
});
