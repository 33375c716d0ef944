/*
 * Metastable Lab's service worker: after one visit the lab runs with no network (a room with bad
 * Wi-Fi). Hand-written and small on purpose. This is a template: the build (scripts/precacheManifest.ts)
 * writes it out as sw.js with that build's file list and version in place of PRECACHE, so every build
 * has a byte-different service worker, and the browser installs the new one on the next online visit.
 *
 * At install it caches every file of the build under a cache named by the version; on activation it
 * takes over open pages and deletes older builds' caches. Requests: the page itself network-first (a
 * new build shows up when online) falling back to the cached page; everything else cache-first.
 * All paths are relative to this file, so it works from any sub-path of any static host.
 */
const PRECACHE = /* build: precache manifest */ { version: 'dev', files: [] };
const PREFIX = 'metastable-lab-';
const CURRENT = PREFIX + PRECACHE.version;
/* Module scripts are requested with an Origin header that the precache requests lacked; some servers answer with Vary: Origin. */
const MATCH = { ignoreSearch: true, ignoreVary: true };

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CURRENT);
      // Fresh from the network: an HTTP cache must not hand this build an older build's page.
      await cache.addAll(PRECACHE.files.map((f) => new Request(f, { cache: 'reload' })));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key.startsWith(PREFIX) && key !== CURRENT) await caches.delete(key);
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET' || new URL(req.url).origin !== self.location.origin) return;
  if (req.mode === 'navigate') {
    event.respondWith(
      fetch(req).catch(
        async () =>
          (await caches.match(req, { ...MATCH, cacheName: CURRENT })) || (await caches.match('./', { ...MATCH, cacheName: CURRENT })) || Response.error(),
      ),
    );
    return;
  }
  event.respondWith((async () => (await caches.match(req, { ...MATCH, cacheName: CURRENT })) || fetch(req))());
});
