/**
 * Registers sw.js (offline support; written per build from ./serviceWorker.template.js) in production
 * builds, and tells the page when a newer build's service worker is ready, so the page can ask before
 * it takes over. The URL and scope are relative to the page, so a build served from a sub-path
 * registers its own worker for that sub-path only. Skipped in the dev server, where files change
 * under the worker's feet.
 *
 * Talking to the worker: 'hello' says which build this page runs (its entry script), so the worker
 * keeps that build's files while the page is open; 'is-your-build' asks a worker whether it serves
 * this page's build; 'update-now' lets a waiting worker take over.
 */

/** What the page offers once a newer build is ready: take it (reload at the same address). */
export type ApplyUpdate = () => void;

/** This page's build: the address of its entry module script (hashed by content, so one per build). */
function entryScript(): string | null {
  const script = document.querySelector<HTMLScriptElement>('script[type="module"][src]');
  return script ? new URL(script.src, location.href).href : null;
}

/** Whether `worker` serves this page's build (a worker that does not answer is taken for another build). */
function servesThisBuild(worker: ServiceWorker, entry: string): Promise<boolean> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    const timer = setTimeout(() => resolve(false), 5000);
    channel.port1.onmessage = (e: MessageEvent<{ own?: unknown }>) => {
      clearTimeout(timer);
      resolve(e.data.own === true);
    };
    worker.postMessage({ type: 'is-your-build', entry }, [channel.port2]);
  });
}

/**
 * Registers the service worker; calls `onUpdate` once a newer build is ready for this page, either
 * waiting (applying it lets it take over, then reloads) or already in charge because another tab
 * agreed (applying it reloads). Returns a function that stops listening.
 */
export function registerServiceWorker(onUpdate: (apply: ApplyUpdate) => void): () => void {
  const sw = navigator.serviceWorker;
  const entry = entryScript();
  let stopped = false;
  let applying = false;
  let offered = false;
  const offer = (apply: ApplyUpdate) => {
    if (stopped || offered) return;
    offered = true;
    onUpdate(apply);
  };
  const offerIfNewer = async (worker: ServiceWorker | null, apply: ApplyUpdate) => {
    if (worker && entry && !(await servesThisBuild(worker, entry))) offer(apply);
  };
  const onWaiting = (worker: ServiceWorker | null) =>
    void offerIfNewer(worker, () => {
      // Another tab may have agreed meanwhile: then the new build is in charge already, and a reload is all it takes.
      if (worker?.state !== 'installed') return location.reload();
      applying = true;
      worker.postMessage({ type: 'update-now' });
    });
  const onControllerChange = () => {
    // Reloading keeps the whole address: the scenario in `#s=…` and the query.
    if (applying) location.reload();
    else void offerIfNewer(sw.controller, () => location.reload());
  };
  sw.addEventListener('controllerchange', onControllerChange);
  sw.register('./sw.js', { scope: './' }).then(
    async (registration) => {
      onWaiting(registration.waiting);
      registration.addEventListener('updatefound', () => {
        const installing = registration.installing;
        installing?.addEventListener('statechange', () => {
          if (installing.state === 'installed' && sw.controller) onWaiting(registration.waiting);
        });
      });
      const ready = await sw.ready;
      if (entry) ready.active?.postMessage({ type: 'hello', entry });
    },
    () => {
      // No service worker (private mode, file://): the lab still works online.
    },
  );
  return () => {
    stopped = true;
    sw.removeEventListener('controllerchange', onControllerChange);
  };
}
