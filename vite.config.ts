import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { precacheManifest } from './scripts/precacheManifest.ts';
import { contentSecurityPolicy } from './scripts/contentSecurityPolicy.ts';

// `base: './'` makes the build work from any static host or sub-path.
export default defineConfig({
  base: './',
  // precache.json lists the build for the offline service worker (each build writes its own sw.js).
  // The Content-Security-Policy meta tag goes into the built index.html (scripts/contentSecurityPolicy.ts).
  plugins: [react(), precacheManifest(), contentSecurityPolicy()],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: false,
    // Every browser the lab supports knows <link rel=modulepreload>; the polyfill was first-load weight.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // Everything the first paint runs in one chunk ('$initial': statically imported from the entry),
        // instead of ~30 small chunks shared with lazy parts: one gzip stream compresses 6.8 KB better.
        // Only initial modules are grouped, so they run in the order the entry imports them (grouping
        // lazy modules too reordered start-up once; see docs/benchmarks.md). The entry is in this chunk,
        // so it must not await a lazy part at top level (see src/main.tsx).
        codeSplitting: { groups: [{ name: 'firstLoad', tags: ['$initial'] }] },
      },
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'server/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    // Map and preset suites run whole simulations in beforeAll; on a loaded 2-core machine that takes a while.
    hookTimeout: 180_000,
    pool: 'forks',
  },
});
