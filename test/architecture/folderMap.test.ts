/**
 * docs/architecture.md describes the tree: every folder of src/, src/app/ and test/ has its line in
 * the folder map, and every such folder the page names exists. A new folder means a new line there.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const page = readFileSync(join(ROOT, 'docs/architecture.md'), 'utf8');

/** The folders the map must cover, as `parent/name/`. */
const MAPPED_PARENTS = ['src', 'src/app', 'test'];

const foldersIn = (parent: string) =>
  readdirSync(join(ROOT, parent))
    .filter((name) => statSync(join(ROOT, parent, name)).isDirectory())
    .map((name) => `${parent}/${name}/`);

/** Folder paths the page names in backticks, e.g. `src/app/charts/`, directly under a mapped parent. */
function foldersNamed(): string[] {
  const named = new Set<string>();
  for (const match of page.matchAll(/`((?:src|test)\/[\w./-]*?\/)`/g)) {
    const path = match[1];
    const parent = path.slice(0, path.slice(0, -1).lastIndexOf('/'));
    if (MAPPED_PARENTS.includes(parent)) named.add(path);
  }
  return [...named].sort();
}

describe('the folder map in docs/architecture.md', () => {
  it('names every folder of src/, src/app/ and test/', () => {
    const named = new Set(foldersNamed());
    const missing = MAPPED_PARENTS.flatMap(foldersIn).filter((folder) => !named.has(folder));
    expect(missing).toEqual([]);
  });

  it('names no folder that is not in the tree', () => {
    const existing = new Set(MAPPED_PARENTS.flatMap(foldersIn));
    expect(foldersNamed().filter((folder) => !existing.has(folder))).toEqual([]);
  });
});
