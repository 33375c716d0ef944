/**
 * The house rules for who may import whom, checked over every file under src/. The folders are read
 * from the tree and each must have its rule in folderRules.ts: the domain never reaches into the
 * browser app or its workers, the shared app layers never reach into a feature, a feature uses another
 * only for a stated reason, and neither files nor folders import in a cycle. A failure names the
 * importing file and its import.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findCycles, groupGraph, readImportGraph } from '../support/importGraph';
import { ALLOWED_BY_KIND, FOLDER_RULES, FORBIDDEN_BY_KIND, type FolderKind } from './folderRules';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const graph = readImportGraph(ROOT);

const isSource = (name: string) => /\.tsx?$/.test(name);
const isTest = (file: string) => /\.test\.tsx?$/.test(file);

/** The folders of the tree, named as in FOLDER_RULES: each directory and source file directly under src/ and src/app/. */
function foldersInTree(): string[] {
  const entries = (dir: string, prefix: string) =>
    readdirSync(join(ROOT, dir))
      .filter((name) => name !== 'app' || dir !== 'src')
      .filter((name) => statSync(join(ROOT, dir, name)).isDirectory() || isSource(name))
      .map((name) => prefix + name);
  return [...entries('src', ''), ...entries('src/app', 'app/')].sort();
}

/** The folder (as in FOLDER_RULES) a file under src/ belongs to; undefined outside src/. */
function folderOf(file: string): string | undefined {
  const parts = file.split('/');
  if (parts[0] !== 'src') return undefined;
  return parts[1] === 'app' ? `app/${parts[2]}` : parts[1];
}

const kindOf = (folder: string): FolderKind | undefined => FOLDER_RULES[folder]?.kind;

function mayImport(from: string, to: string): boolean {
  const rule = FOLDER_RULES[from];
  const toKind = kindOf(to);
  if (!rule || !toKind) return false;
  return ALLOWED_BY_KIND[rule.kind].includes(toKind) || to in (rule.uses ?? {});
}

const { groups: folderGraph, imports: importsBetween } = groupGraph(graph, folderOf);

/** Every file import from one folder into another for which `isForbidden(fromFolder, toFolder)`, with the rule it breaks. */
function violations(isForbidden: (from: string, to: string) => boolean): string[] {
  const found: string[] = [];
  for (const [from, targets] of folderGraph) {
    for (const to of targets) {
      if (!isForbidden(from, to)) continue;
      const why = `${from} (${kindOf(from) ?? 'no rule'}) may not import ${to} (${kindOf(to) ?? 'no rule'})`;
      for (const fileImport of importsBetween.get(`${from} → ${to}`) ?? []) found.push(`${fileImport}: ${why}`);
    }
  }
  return found.sort();
}

describe('the folder rules', () => {
  const inTree = foldersInTree();

  it('read a graph that covers the source tree', () => {
    expect(graph.size).toBeGreaterThan(200);
    expect(graph.get('src/main.tsx')).toContain('src/app/App.tsx');
    expect(inTree).toContain('sim');
    expect(inTree).toContain('app/charts');
    expect(inTree).toContain('app/format.ts');
  });

  it('have a rule for every folder of src/ and src/app/ (a new folder needs its rule in test/architecture/folderRules.ts)', () => {
    expect(inTree.filter((folder) => !(folder in FOLDER_RULES))).toEqual([]);
  });

  it('name only folders that are in the tree', () => {
    const named = Object.entries(FOLDER_RULES).flatMap(([folder, rule]) => [folder, ...Object.keys(rule.uses ?? {})]);
    expect([...new Set(named)].filter((folder) => !inTree.includes(folder)).sort()).toEqual([]);
  });

  it('never let a folder use what its kind must never import, whatever the reason', () => {
    const broken = Object.entries(FOLDER_RULES).flatMap(([folder, rule]) =>
      Object.keys(rule.uses ?? {})
        .filter((to) => FORBIDDEN_BY_KIND[rule.kind].includes(kindOf(to)!))
        .map((to) => `${folder} (${rule.kind}) uses ${to} (${kindOf(to)})`),
    );
    expect(broken).toEqual([]);
  });

  it('order the shared layers: each uses only shared layers listed before it, so they cannot form a loop', () => {
    const shared = Object.keys(FOLDER_RULES).filter((folder) => kindOf(folder) === 'shared');
    const upward = shared.flatMap((folder, at) =>
      Object.keys(FOLDER_RULES[folder].uses ?? {})
        .filter((to) => kindOf(to) === 'shared' && shared.indexOf(to) > at)
        .map((to) => `${folder} uses ${to}, listed after it`),
    );
    expect(upward).toEqual([]);
  });

  it('declare no use that no import needs (a stale reason is removed with the import)', () => {
    const stale = Object.entries(FOLDER_RULES).flatMap(([folder, rule]) =>
      Object.keys(rule.uses ?? {})
        .filter((to) => !(folderGraph.get(folder) ?? []).includes(to))
        .map((to) => `${folder} → ${to}`),
    );
    expect(stale).toEqual([]);
  });
});

describe('the kinds table in docs/architecture.md', () => {
  // Only the section that states the rules: other tables of the page (the core's parts) are not kinds.
  const whole = readFileSync(join(ROOT, 'docs/architecture.md'), 'utf8');
  const start = whole.indexOf('\n## Dependency rules');
  const page = whole.slice(start, whole.indexOf('\n## ', start + 1));
  /** Kind label of the table's first column → the folders its second column names. */
  const rows = [...page.matchAll(/^\| ([a-z, ]+) \| ((?:`[^`]+`[,; ]*)+) \|/gm)].map((row) => ({
    kinds: row[1].split(', ').map((label) => (label === 'page part' ? 'part' : label)),
    folders: [...row[2].matchAll(/`([^`]+)`/g)].map((name) => name[1]),
  }));

  it('lists every folder under the kind its rule gives it', () => {
    const listed = rows.flatMap((row) => row.folders.map((folder) => `${folder}: ${row.kinds.join(' or ')}`)).sort();
    const ruled = Object.keys(FOLDER_RULES)
      .map((folder) => {
        const row = rows.find((r) => r.folders.includes(folder));
        return `${folder}: ${row && row.kinds.includes(kindOf(folder)!) ? row.kinds.join(' or ') : kindOf(folder)}`;
      })
      .sort();
    expect(listed).toEqual(ruled);
  });
});

describe('dependency rules over src/', () => {
  it('keep the domain folders free of the app and the worker', () => {
    const forbidden = violations((from, to) => kindOf(from) === 'domain' && FORBIDDEN_BY_KIND.domain.includes(kindOf(to)!));
    expect(forbidden).toEqual([]);
  });

  it('keep the shared app layers (format, glossary, data, store, runtime, shell, charts) free of features, page parts and the composition', () => {
    const forbidden = violations((from, to) => kindOf(from) === 'shared' && FORBIDDEN_BY_KIND.shared.includes(kindOf(to)!));
    expect(forbidden).toEqual([]);
  });

  it('let a feature import another feature only where its rule says why', () => {
    const forbidden = violations((from, to) => kindOf(from) === 'feature' && kindOf(to) === 'feature' && !mayImport(from, to));
    expect(forbidden).toEqual([]);
  });

  it('allow every import between folders by the importing folder’s rule', () => {
    expect(violations((from, to) => !mayImport(from, to))).toEqual([]);
  });

  it('have no cycle between folders', () => {
    const loops = findCycles(folderGraph).map((loop) =>
      loop
        .slice(1)
        .map((to, at) => `${loop[at]} → ${to} (${(importsBetween.get(`${loop[at]} → ${to}`) ?? [])[0]})`)
        .join(', '),
    );
    expect(loops).toEqual([]);
  });

  it('have no import cycles between files', () => {
    const cycles = findCycles(graph).map((loop) => loop.join(' → '));
    expect(cycles).toEqual([]);
  });

  it('let only tests import from outside src/ (test helpers stay under test/)', () => {
    const outside = [...graph]
      .filter(([from]) => !isTest(from))
      .flatMap(([from, targets]) => targets.filter((to) => folderOf(to) === undefined).map((to) => `${from} → ${to}`));
    expect(outside).toEqual([]);
  });
});

describe('writes to the lab store', () => {
  const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
  const outsideStore = [...graph.keys()].filter((f) => !f.startsWith('src/app/store/') && !isTest(f));

  it('go through the named actions of src/app/store, never setState from a feature', () => {
    const writers = outsideStore.filter((f) => /\blab\.store\.setState\(/.test(read(f)));
    expect(writers).toEqual([]);
  });

  it('go through the named actions in the module that creates the store, too', () => {
    const creators = outsideStore.filter((f) => /\bcreateLabStore\(/.test(read(f)));
    expect(creators.length).toBeGreaterThan(0);
    expect(creators.filter((f) => /\bstore\.setState\(/.test(read(f)))).toEqual([]);
  });
});
