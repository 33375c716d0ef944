/**
 * Vite plugin: the offline service worker of each build. Lists every file of the build (hashed
 * bundles, the workers, lazy chunks, CSS, index.html), hashes their names into a version, and
 * writes `sw.js` from src/app/offline/serviceWorker.template.js with that list and version inside.
 * A new build therefore has a byte-different sw.js, which is what makes a browser install it; an
 * unchanged sw.js (as when it was a static file) kept every visitor on their first build's cache.
 * `precache.json` holds the same list for tools. Paths are relative, so the build works from any
 * sub-path.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

export const PRECACHE_FILE = 'precache.json';
export const SERVICE_WORKER_FILE = 'sw.js';
const TEMPLATE = new URL('../src/app/offline/serviceWorker.template.js', import.meta.url);
const PLACEHOLDER = "/* build: precache manifest */ { version: 'dev', files: [] }";

export interface Precache {
  version: string;
  files: string[];
}

/**
 * The manifest of a build from its output file names (hashed by content, so a changed file changes
 * the version) and an optional build id (METASTABLE_BUILD_ID: tells apart builds of the same source).
 */
export function precacheOf(fileNames: readonly string[], buildId = ''): Precache {
  const files = fileNames.filter((f) => !f.endsWith('.map') && f !== PRECACHE_FILE && f !== SERVICE_WORKER_FILE).sort();
  const version = createHash('sha256')
    .update(`${buildId}\n${files.join('\n')}`)
    .digest('hex')
    .slice(0, 16);
  return { version, files: ['./', ...files.map((f) => `./${f}`)] };
}

/** sw.js for a manifest: the template with the manifest in place of its placeholder. */
export function serviceWorkerSource(template: string, precache: Precache): string {
  if (!template.includes(PLACEHOLDER)) throw new Error(`the service worker template lost its placeholder: ${PLACEHOLDER}`);
  return template.replace(PLACEHOLDER, JSON.stringify(precache));
}

export function precacheManifest(buildId: string = process.env.METASTABLE_BUILD_ID ?? ''): Plugin {
  return {
    name: 'metastable-precache-manifest',
    apply: 'build',
    // The build id, when given, is readable in the page (the offline test tells two builds apart by it).
    transformIndexHtml: () => (buildId ? [{ tag: 'meta', attrs: { name: 'build-id', content: buildId }, injectTo: 'head' }] : []),
    generateBundle(_options, bundle) {
      const precache = precacheOf(Object.keys(bundle), buildId);
      this.emitFile({ type: 'asset', fileName: PRECACHE_FILE, source: `${JSON.stringify(precache, null, 2)}\n` });
      this.emitFile({ type: 'asset', fileName: SERVICE_WORKER_FILE, source: serviceWorkerSource(readFileSync(TEMPLATE, 'utf8'), precache) });
    },
  };
}
