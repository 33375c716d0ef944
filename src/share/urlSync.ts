/**
 * Keeps the location hash in step with the current scenario, framework-free. Browsers refuse (and
 * warn about) frequent history writes, so writes are throttled to one per `minIntervalMs` (250 ms:
 * at most 4 per second), and the latest scenario is always written eventually (trailing write).
 * Every browser object is passed in, so Node tests can drive it with fake ones and fake timers.
 */
import { defaultScenario } from '../sim/parseScenario';
import type { Scenario } from '../sim/scenario';
import { HASH_PARAMETERS, readHashField } from './address';
import { decodeLink, encodeLink, type DecodedLink, type EncodedLink } from './linkCodec';

/** The hash parameter that carries the link: `#s=v1.…` leaves room for other parameters. */
export const HASH_KEY = 's' satisfies keyof typeof HASH_PARAMETERS;

export interface UrlSyncDeps {
  location: { readonly href: string; readonly hash: string };
  history: { readonly state: unknown; replaceState(data: unknown, unused: string, url: string): void };
  now: () => number;
  setTimeout: (fn: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
  /** Defaults to 250 ms. */
  minIntervalMs?: number;
  /** Called when a scenario cannot be put in a link (too large); the stale hash is removed. */
  onError?: (message: string) => void;
  /** Injectable for tests; defaults to encodeLink. */
  encode?: (s: Scenario) => Promise<EncodedLink>;
}

export interface UrlSync {
  /** Records the latest scenario; it reaches the URL within minIntervalMs. */
  update(s: Scenario): void;
  /** Writes the pending scenario now, ignoring the throttle (e.g. before "Copy link"). */
  flush(): Promise<void>;
  /** Stops pending writes. */
  dispose(): void;
}

/** Extracts the link payload from a hash such as `#s=v1.abc`; undefined when there is none. */
export function linkFromHash(hash: string): string | undefined {
  const value = readHashField(hash, HASH_KEY);
  if (value === undefined) return undefined;
  try {
    // Some chat tools percent-encode pasted URLs; our alphabet never needs it, so undo it.
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** Reads the scenario of the page's initial hash; no link means the fallback, with no message. */
export async function readScenarioFromLocation(location: { readonly hash: string }, fallback?: () => Scenario): Promise<DecodedLink> {
  const link = linkFromHash(location.hash);
  if (link === undefined) return { scenario: (fallback ?? defaultScenario)(), errors: [], source: 'default' };
  return decodeLink(link, fallback);
}

/** Starts syncing scenarios into `location.hash` through `history.replaceState`. */
export function createUrlSync(deps: UrlSyncDeps): UrlSync {
  const interval = deps.minIntervalMs ?? 250;
  const encode = deps.encode ?? encodeLink;
  let pending: Scenario | undefined;
  let timer: unknown;
  let writing: Promise<void> | undefined;
  let lastWriteAt = -Infinity;
  let disposed = false;

  const write = async (s: Scenario) => {
    const r = await encode(s);
    if (disposed) return;
    const base = deps.location.href.split('#')[0];
    const url = r.ok ? `${base}#${HASH_KEY}=${r.link}` : base;
    if (!r.ok) deps.onError?.(r.error);
    if (url === deps.location.href) return; // unchanged: spend no history write
    deps.history.replaceState(deps.history.state, '', url);
    lastWriteAt = deps.now();
  };

  // One write at a time, so an older scenario can never land after a newer one.
  const run = () => {
    timer = undefined;
    const s = pending;
    pending = undefined;
    if (!s || disposed) return;
    writing = write(s)
      .catch((e: unknown) => deps.onError?.(`Could not update the link: ${e instanceof Error ? e.message : String(e)}`))
      .finally(() => {
        writing = undefined;
        if (pending) schedule();
      });
  };

  const schedule = () => {
    if (timer !== undefined || writing || disposed) return;
    timer = deps.setTimeout(run, Math.max(0, lastWriteAt + interval - deps.now()));
  };

  return {
    update(s) {
      pending = s;
      schedule();
    },
    async flush() {
      if (writing) await writing;
      if (timer !== undefined) deps.clearTimeout(timer);
      run();
      if (writing) await writing;
    },
    dispose() {
      disposed = true;
      pending = undefined;
      if (timer !== undefined) deps.clearTimeout(timer);
      timer = undefined;
    },
  };
}
