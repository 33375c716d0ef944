/*
 * Metastable Lab's service worker: after one visit the lab runs with no network (a room with bad
 * Wi-Fi). Hand-written and small on purpose. At install it caches every file of the build, listed
 * by precache.json (written by scripts/precacheManifest.ts), under a cache named by the build's
 * version; on activation it deletes older builds' caches. Requests: the page itself network-first
 * (a new build shows up when online) falling back to the cached page; everything else cache-first.
 * All paths are relative to this file, so it works from any sub-path of any static host.
 */
const PREFIX = 'metastable-lab-';
/* Module scripts are requested with an Origin header that the precache requests lacked; some servers answer with Vary: Origin. */
const MATCH = { ignoreSearch: true, ignoreVary: true };

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const res = await fetch('./precache.json', { cache: 'no-store' });
      const { version, files } = await res.json();
      const cache = await caches.open(PREFIX + version);
      await cache.addAll(files);
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const res = await fetch('./precache.json', { cache: 'no-store' }).catch(() => null);
      const current = res && res.ok ? PREFIX + (await res.json()).version : null;
      if (current) for (const key of await caches.keys()) if (key.startsWith(PREFIX) && key !== current) await caches.delete(key);
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET' || new URL(req.url).origin !== self.location.origin) return;
  if (req.mode === 'navigate') {
    event.respondWith(
      fetch(req).catch(async () => (await caches.match(req, MATCH)) || (await caches.match('./', MATCH)) || Response.error()),
    );
    return;
  }
  event.respondWith((async () => (await caches.match(req, MATCH)) || fetch(req))());
});
