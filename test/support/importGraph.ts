/**
 * The import graph of the source tree, read from the text of each file. Only relative specifiers are
 * edges: packages from node_modules are outside the rules. Type-only imports count too, because a
 * folder that names another folder's types still depends on that folder's shape.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** Source file (path relative to the root, with `/` separators) → the source files it imports. */
export type ImportGraph = Map<string, string[]>;

const SOURCE_EXTENSIONS = ['.ts', '.tsx'];
// import … from 'x' · export … from 'x' · import 'x' · import('x') · new URL('x', import.meta.url)
const SPECIFIER_PATTERNS = [
  /(?:^|[\s;])(?:import|export)\s[^'"`;]*?\sfrom\s*['"]([^'"]+)['"]/g,
  /(?:^|[\s;])import\s*['"]([^'"]+)['"]/g,
  /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
  /new URL\(\s*['"]([^'"]+)['"]\s*,\s*import\.meta\.url\s*\)/g,
];

function listSourceFiles(dir: string): string[] {
  const files: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files.push(...listSourceFiles(path));
    else if (SOURCE_EXTENSIONS.some((ext) => name.endsWith(ext))) files.push(path);
  }
  return files;
}

/** The specifiers a file's text imports, in order of appearance, without duplicates. */
export function importSpecifiers(text: string): string[] {
  const found = new Set<string>();
  for (const pattern of SPECIFIER_PATTERNS) {
    for (const match of text.matchAll(pattern)) found.add(match[1]);
  }
  return [...found];
}

function resolveRelative(fromFile: string, specifier: string): string | undefined {
  const base = resolve(dirname(fromFile), specifier);
  const candidates = [base, ...SOURCE_EXTENSIONS.map((ext) => base + ext), ...SOURCE_EXTENSIONS.map((ext) => join(base, 'index' + ext))];
  return candidates.find((path) => existsSync(path) && statSync(path).isFile());
}

/** Builds the graph of every .ts/.tsx file under `rootDir/sourceDir`; paths are relative to `rootDir`. */
export function readImportGraph(rootDir: string, sourceDir = 'src'): ImportGraph {
  const graph: ImportGraph = new Map();
  const toKey = (path: string) => relative(rootDir, path).split('\\').join('/');
  for (const file of listSourceFiles(join(rootDir, sourceDir))) {
    const targets: string[] = [];
    for (const specifier of importSpecifiers(readFileSync(file, 'utf8'))) {
      if (!specifier.startsWith('.')) continue;
      const target = resolveRelative(file, specifier);
      if (target && SOURCE_EXTENSIONS.some((ext) => target.endsWith(ext))) targets.push(toKey(target));
    }
    graph.set(toKey(file), targets);
  }
  return graph;
}

/**
 * Every import cycle, each reported once as a path that starts and ends at the same file
 * (Tarjan's strongly connected components, then one concrete loop inside each component).
 */
export function findCycles(graph: ImportGraph): string[][] {
  const index = new Map<string, number>();
  const lowLink = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;
  const visit = (node: string): void => {
    index.set(node, counter);
    lowLink.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        lowLink.set(node, Math.min(lowLink.get(node)!, lowLink.get(next)!));
      } else if (onStack.has(next)) {
        lowLink.set(node, Math.min(lowLink.get(node)!, index.get(next)!));
      }
    }
    if (lowLink.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      const selfLoop = (graph.get(node) ?? []).includes(node);
      if (component.length > 1 || selfLoop) components.push(component);
    }
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return components.map((component) => loopWithin(graph, new Set(component)));
}

/** A shortest loop from the component's first file (alphabetically) back to itself. */
function loopWithin(graph: ImportGraph, component: Set<string>): string[] {
  const start = [...component].sort()[0];
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift()!;
    for (const next of graph.get(node) ?? []) {
      if (!component.has(next)) continue;
      if (next === start) {
        const path = [node];
        while (path[0] !== start) path.unshift(previous.get(path[0])!);
        return [...path, start];
      }
      if (!previous.has(next)) {
        previous.set(next, node);
        queue.push(next);
      }
    }
  }
  return [start, start];
}

/**
 * The graph between groups of files (folders), with the file imports behind each edge. `groupOf` names
 * a file's group, or undefined for files outside the groups (they and imports of them are left out).
 */
export function groupGraph(graph: ImportGraph, groupOf: (file: string) => string | undefined): { groups: ImportGraph; imports: Map<string, string[]> } {
  const edges = new Map<string, Set<string>>();
  const imports = new Map<string, string[]>();
  for (const [from, targets] of graph) {
    const fromGroup = groupOf(from);
    if (fromGroup === undefined) continue;
    if (!edges.has(fromGroup)) edges.set(fromGroup, new Set());
    for (const to of targets) {
      const toGroup = groupOf(to);
      if (toGroup === undefined || toGroup === fromGroup) continue;
      edges.get(fromGroup)!.add(toGroup);
      const key = `${fromGroup} → ${toGroup}`;
      imports.set(key, [...(imports.get(key) ?? []), `${from} → ${to}`]);
    }
  }
  const groups: ImportGraph = new Map([...edges].map(([group, targets]) => [group, [...targets].sort()]));
  return { groups, imports };
}
