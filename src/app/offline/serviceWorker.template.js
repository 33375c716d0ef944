/*
 * Metastable Lab's service worker: after one visit the lab runs with no network (a room with bad
 * Wi-Fi). Hand-written and small on purpose. This is a template: the build (scripts/precacheManifest.ts)
 * writes it out as sw.js with that build's file list and version in place of PRECACHE, so every build
 * has a byte-different service worker, and the browser installs the new one on the next online visit.
 *
 * An update never breaks an open tab:
 * - At install it caches every file of the build under a cache named by the version. It takes over
 *   at once only when no open tab runs another build; otherwise it waits until a page agrees (the
 *   page's "A new version is ready — reload" prompt posts 'update-now').
 * - Each page says which build it runs ('hello' with its entry script's address); the answer is
 *   kept in a small cache of its own, since a service worker forgets everything when it is stopped.
 * - An older build's cache is deleted only once no open tab runs that build, so a tab opened before
 *   a deploy can still load its lazy parts (Fit, Lessons, the stack editor…) from it.
 * Requests: only the lab's own page and build files, never anything else of the origin (a room
 * relay's paths pass untouched). The page network-first (a new build shows up when online) falling
 * back to the cached page; build files cache-first, any kept build, then the network.
 * All paths are relative to this file, so it works from any sub-path of any static host.
 */
const PRECACHE = /* build: precache manifest */ { version: 'dev', files: [] };
const PREFIX = 'metastable-lab-';
const CURRENT = PREFIX + PRECACHE.version;
/* Which build each open tab runs; its name does not start with PREFIX, so it is never taken for a build. */
const TABS = 'metastable-lab:open-tabs';
const SCOPE = new URL('./', self.location.href);
const ASSETS = new URL('./assets/', SCOPE).href;
const OWN_FILES = new Set(PRECACHE.files.map((f) => new URL(f, SCOPE).href));
/* Module scripts are requested with an Origin header that the precache requests lacked; some servers answer with Vary: Origin. */
const MATCH = { ignoreSearch: true, ignoreVary: true };

const tabKey = (clientId) => new URL(`./open-tab/${encodeURIComponent(clientId)}`, SCOPE).href;

/** The entry scripts of the open tabs that said hello (records of closed tabs are dropped on the way). */
async function openTabEntries() {
  const tabs = await caches.open(TABS);
  const open = new Set((await self.clients.matchAll({ type: 'window', includeUncontrolled: true })).map((c) => tabKey(c.id)));
  const entries = [];
  for (const req of await tabs.keys()) {
    if (!open.has(req.url)) await tabs.delete(req);
    else entries.push(await (await tabs.match(req)).text());
  }
  return entries;
}

/** Deletes every build cache older than this one that no open tab runs; newer ones (an update installing) are left alone. */
async function dropUnusedBuilds() {
  const keys = (await caches.keys()).filter((k) => k.startsWith(PREFIX));
  const older = keys.slice(0, Math.max(0, keys.indexOf(CURRENT)));
  if (older.length === 0) return;
  const entries = await openTabEntries();
  for (const key of older) {
    const cache = await caches.open(key);
    const used = await Promise.all(entries.map((e) => cache.match(e, MATCH)));
    if (!used.some(Boolean)) await caches.delete(key);
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CURRENT);
      // Fresh from the network: an HTTP cache must not hand this build an older build's page.
      await cache.addAll(PRECACHE.files.map((f) => new Request(f, { cache: 'reload' })));
      const entries = await openTabEntries();
      if (entries.every((e) => OWN_FILES.has(e))) await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      await dropUnusedBuilds();
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  const data = event.data;
  if (!data || typeof data !== 'object') return;
  if (data.type === 'update-now') {
    event.waitUntil(self.skipWaiting());
  } else if (data.type === 'hello' && typeof data.entry === 'string' && event.source && 'id' in event.source) {
    const clientId = event.source.id;
    event.waitUntil(
      (async () => {
        await (await caches.open(TABS)).put(tabKey(clientId), new Response(data.entry));
        await dropUnusedBuilds();
      })(),
    );
  } else if (data.type === 'is-your-build' && typeof data.entry === 'string' && event.ports[0]) {
    event.ports[0].postMessage({ version: PRECACHE.version, own: OWN_FILES.has(data.entry) });
  }
});

/** A build file from this build's cache, else from an older build kept for an open tab, else the network. */
async function buildFile(req) {
  const mine = await caches.match(req, { ...MATCH, cacheName: CURRENT });
  if (mine) return mine;
  for (const key of await caches.keys()) {
    if (!key.startsWith(PREFIX) || key === CURRENT) continue;
    const kept = await (await caches.open(key)).match(req, MATCH);
    if (kept) return kept;
  }
  return fetch(req);
}

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET') return;
  const url = new URL(req.url);
  url.search = '';
  url.hash = '';
  if (req.mode === 'navigate') {
    // The lab's own page only (with any query: ?view=map…); other pages of the origin are not ours.
    if (url.href !== SCOPE.href && url.href !== new URL('./index.html', SCOPE).href) return;
    event.respondWith(
      fetch(req).catch(
        async () =>
          (await caches.match(req, { ...MATCH, cacheName: CURRENT })) || (await caches.match('./', { ...MATCH, cacheName: CURRENT })) || Response.error(),
      ),
    );
    return;
  }
  if (OWN_FILES.has(url.href) || url.href.startsWith(ASSETS)) event.respondWith(buildFile(req));
});
