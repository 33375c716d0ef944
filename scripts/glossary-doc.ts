/** Writes docs/glossary.md from the lab's one glossary (src/app/glossary/glossary.ts). */
import { writeFileSync } from 'node:fs';
import { glossaryMarkdown } from '../src/app/glossary/glossary';

writeFileSync(new URL('../docs/glossary.md', import.meta.url), glossaryMarkdown());
console.log('docs/glossary.md written');
