/** Writes docs/glossary.md and the README's glossary block from the lab's one glossary (src/app/glossary/glossary.ts). */
import { readFileSync, writeFileSync } from 'node:fs';
import { glossaryMarkdown, readmeWithGlossary } from '../src/app/glossary/glossary';

writeFileSync(new URL('../docs/glossary.md', import.meta.url), glossaryMarkdown());
const readme = new URL('../README.md', import.meta.url);
writeFileSync(readme, readmeWithGlossary(readFileSync(readme, 'utf8')));
console.log('docs/glossary.md and the README glossary block written');
