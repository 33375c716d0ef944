/**
 * Whether an error is a lazily loaded part of the lab that could not be fetched: after a deploy the
 * old build's files are gone from the server (and from the offline cache when no service worker
 * kept them), or the network dropped. Browsers word it differently; these are Chromium's, Firefox's
 * and Safari's messages for a failed dynamic import or a failed CSS preload.
 */
const MESSAGES = [/dynamically imported module/i, /importing a module script failed/i, /unable to preload css/i];

export function isMissingChunk(error: unknown): boolean {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  return MESSAGES.some((m) => m.test(message));
}

/** Reloads the page at the same address, scenario (`#s=…`) and query included. */
export function reloadKeepingAddress(): void {
  location.reload();
}
