/**
 * The house rules for who may import whom, checked over every file under src/:
 * the domain never reaches into the browser app or its workers, nothing imports in a cycle, and inside
 * the app the shared layers never reach into a feature. A failure names the importing file and its import.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findCycles, readImportGraph } from '../support/importGraph';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const graph = readImportGraph(ROOT);

/** Folders under src/ that model the domain and run anywhere (Node, a worker, the page). */
const DOMAIN_FOLDERS = ['sim', 'share', 'presets', 'mitigations', 'analysis', 'map', 'fit', 'scenario'];
/** Folders the domain must never import: the browser app and the worker that hosts the core. */
const HOST_FOLDERS = ['app', 'worker'];
/** Layers under src/app that every feature builds on. */
const APP_SHARED_LAYERS = ['data', 'store', 'charts', 'runtime'];
/**
 * Which parts of src/app each base layer may import (a folder, or a file at the app's root such as the
 * number formats): the store holds state and never knows how it is drawn.
 */
const BASE_LAYER_IMPORTS: Record<string, string[]> = { data: ['data', 'format.ts'], store: ['store', 'data', 'format.ts'] };
/** Feature folders under src/app; they contribute to the shared layers, never the other way round. */
const APP_FEATURES = ['compare', 'mitigations', 'workshop', 'scenarios', 'map', 'fit', 'room', 'cost', 'stack'];

const topFolder = (file: string) => file.split('/')[1];
/** The folder under src/app (or the file at its root) a path lies in; undefined outside src/app. */
const appFolder = (file: string) => (topFolder(file) === 'app' ? file.split('/')[2] : undefined);

function violations(isForbidden: (from: string, to: string) => boolean): string[] {
  const found: string[] = [];
  for (const [from, targets] of graph) {
    for (const to of targets) if (isForbidden(from, to)) found.push(`${from} → ${to}`);
  }
  return found.sort();
}

describe('dependency rules over src/', () => {
  it('reads a graph that covers the source tree', () => {
    expect(graph.size).toBeGreaterThan(200);
    expect(graph.get('src/main.tsx')).toContain('src/app/App.tsx');
  });

  it('keeps the domain folders free of the app and the worker', () => {
    const forbidden = violations((from, to) => DOMAIN_FOLDERS.includes(topFolder(from)) && HOST_FOLDERS.includes(topFolder(to)));
    expect(forbidden).toEqual([]);
  });

  it('has no import cycles', () => {
    const cycles = findCycles(graph).map((loop) => loop.join(' → '));
    expect(cycles).toEqual([]);
  });

  it('keeps the shared app layers (data, store, charts, runtime) free of feature folders', () => {
    const forbidden = violations((from, to) => {
      const fromLayer = appFolder(from);
      const toLayer = appFolder(to);
      return fromLayer !== undefined && APP_SHARED_LAYERS.includes(fromLayer) && toLayer !== undefined && APP_FEATURES.includes(toLayer);
    });
    expect(forbidden).toEqual([]);
  });

  it('keeps the data and store layers free of every other app folder (the store never imports charts)', () => {
    const forbidden = violations((from, to) => {
      const allowed = BASE_LAYER_IMPORTS[appFolder(from) ?? ''];
      const toLayer = appFolder(to);
      return allowed !== undefined && toLayer !== undefined && !allowed.includes(toLayer);
    });
    expect(forbidden).toEqual([]);
  });
});

describe('writes to the lab store', () => {
  const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
  const outsideStore = [...graph.keys()].filter((f) => !f.startsWith('src/app/store/') && !/\.test\.tsx?$/.test(f));

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
