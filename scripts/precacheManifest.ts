/**
 * Vite plugin: writes `precache.json` next to the built files, listing every file of the build
 * (hashed bundles, the worker, lazy chunks, CSS, index.html) and a version hashed from their names.
 * The hand-written service worker (public/sw.js) caches exactly that list at install, so the lab
 * works offline once loaded, including the parts a session has not opened yet. Paths are relative,
 * so the build works from any sub-path.
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

export const PRECACHE_FILE = 'precache.json';

export function precacheManifest(): Plugin {
  return {
    name: 'metastable-precache-manifest',
    apply: 'build',
    generateBundle(_options, bundle) {
      const files = Object.keys(bundle)
        .filter((f) => !f.endsWith('.map') && f !== PRECACHE_FILE)
        .sort();
      const version = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 16);
      this.emitFile({ type: 'asset', fileName: PRECACHE_FILE, source: `${JSON.stringify({ version, files: ['./', ...files.map((f) => `./${f}`)] }, null, 2)}\n` });
    },
  };
}
