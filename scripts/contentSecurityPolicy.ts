/**
 * Vite plugin: puts a strict Content-Security-Policy in the built index.html. The build has no
 * inline scripts (Vite emits module files), so scripts, workers and fetches are limited to this
 * origin; the only other sources are data: images (the favicon) and blob: (exported evidence).
 * A meta tag rather than a header, so it holds on any static host. Build only: the dev server
 * injects inline scripts and styles for hot reload.
 */
import type { Plugin } from 'vite';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "connect-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'metastable-content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
    },
  };
}

/**
 * The policy of a page served by the room server (`npm run serve:room`): the same, except that the
 * page may also open a WebSocket to exactly the relay's origin (`ws://192.168.1.20:4173`). The room
 * server sends it as a header and writes it into the page's meta tag in place of the build's.
 */
export function roomContentSecurityPolicy(relayOrigin: string): string {
  return CONTENT_SECURITY_POLICY.replace("connect-src 'self'", `connect-src 'self' ${relayOrigin}`);
}
