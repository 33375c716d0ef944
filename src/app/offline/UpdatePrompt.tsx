/**
 * "A new version is ready — reload": shown when a newer build's service worker is ready, or when a
 * part of the lab could not be loaded. Reloading keeps the whole address, so the scenario stays.
 * Until the user agrees, the new build waits and this tab keeps running the build it opened with.
 */
import { useEffect, useState } from 'react';
import { isMissingChunk, reloadKeepingAddress } from '../shell/missingChunk';
import { registerServiceWorker, type ApplyUpdate } from './registerServiceWorker';

type Prompt = { kind: 'update'; apply: ApplyUpdate } | { kind: 'missing' };

export function UpdatePrompt() {
  const [prompt, setPrompt] = useState<Prompt | null>(null);
  useEffect(() => {
    const onMissing = (e: Event) => {
      const reason = e instanceof PromiseRejectionEvent ? e.reason : (e as Event & { payload?: unknown }).payload;
      if (e.type === 'vite:preloadError' || isMissingChunk(reason)) setPrompt({ kind: 'missing' });
    };
    window.addEventListener('vite:preloadError', onMissing);
    window.addEventListener('unhandledrejection', onMissing);
    const stop =
      import.meta.env.PROD && 'serviceWorker' in navigator ? registerServiceWorker((apply) => setPrompt((p) => p ?? { kind: 'update', apply })) : () => {};
    return () => {
      stop();
      window.removeEventListener('vite:preloadError', onMissing);
      window.removeEventListener('unhandledrejection', onMissing);
    };
  }, []);
  if (!prompt) return null;
  return (
    <div className="banner banner-update" role="status">
      <p>
        {prompt.kind === 'update'
          ? 'A new version of the lab is ready. Reload to use it; your scenario stays.'
          : 'A part of the lab could not be loaded (the lab was probably updated). Reload to get it back; your scenario stays.'}
      </p>
      <button type="button" className="btn btn-primary" onClick={prompt.kind === 'update' ? prompt.apply : reloadKeepingAddress}>
        Reload
      </button>
    </div>
  );
}
