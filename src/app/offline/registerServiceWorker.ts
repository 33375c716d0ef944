/**
 * Registers sw.js (offline support; written per build from ./serviceWorker.template.js) in production builds. The URL and scope are relative to
 * the page, so a build served from a sub-path registers its own worker for that sub-path only.
 * Skipped in the dev server, where files change under the worker's feet.
 */
import { useEffect } from 'react';

export function useServiceWorker(): void {
  useEffect(() => {
    if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
    navigator.serviceWorker.register('./sw.js', { scope: './' }).catch(() => {
      // No service worker (private mode, file://): the lab still works online.
    });
  }, []);
}
