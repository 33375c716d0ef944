/**
 * Knowing when a Web Worker has died. A worker that dies rather than throws (it calls close(), the
 * browser kills it for memory, it crashes) sends no event to the page: calls to it simply never
 * answer. So each worker holds a Web Lock for as long as it lives, and the page queues for the same
 * lock: the browser grants it to the page exactly when the worker is gone, however it went.
 *
 * Worker side: `holdLifeline(name)` (exposed as the worker API's `lifeline` command). Page side:
 * `watchLifeline(name, onDeath)` once that command has answered, so the page never queues first.
 */

/** The lock manager, when this browser has one (every current browser does, in pages and workers). */
function lockManager(): LockManager | null {
  const nav = (globalThis as { navigator?: { locks?: LockManager } }).navigator;
  return nav?.locks ?? null;
}

/** A lock name no other worker, tab or window of this origin uses. */
export function newLifelineName(kind: string): string {
  const id = globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random()}`;
  return `metastable-lab:${kind}:${id}`;
}

/**
 * Worker side: takes the lock `name` and never lets go; resolves once it is held. Without a lock
 * manager it resolves at once (the page then cannot watch, and says nothing).
 */
export function holdLifeline(name: string): Promise<void> {
  const locks = lockManager();
  if (!locks) return Promise.resolve();
  return new Promise<void>((held) => {
    void locks.request(name, () => {
      held();
      // Held until this worker's global scope goes away.
      return new Promise<never>(() => {});
    });
  });
}

/**
 * Page side: calls `onDeath` once the worker holding `name` is gone. The returned function stops
 * watching (call it before terminating the worker on purpose, so that is not reported as a death).
 */
export function watchLifeline(name: string, onDeath: () => void): () => void {
  const locks = lockManager();
  if (!locks) return () => {};
  const stop = new AbortController();
  locks
    .request(name, { signal: stop.signal }, () => {
      if (!stop.signal.aborted) onDeath();
    })
    .catch(() => {
      // Aborted on purpose: the page ended the worker itself.
    });
  return () => stop.abort();
}
