/**
 * Copy link: writes the current scenario into the address, then to the clipboard. Where the
 * clipboard is refused (no permission, an insecure origin), the link is shown selected in a
 * read-only field so Ctrl+C copies it. Either way a visible confirmation says what happened.
 */
import { useEffect, useRef, useState } from 'react';

/** `localOnly`: the page is on localhost and no room address was given, so only this computer can open it. */
type CopyState = { kind: 'idle' } | { kind: 'copied'; localOnly: boolean } | { kind: 'manual'; link: string };

/** How long "Link copied" stays visible, ms. */
const CONFIRM_MS = 2500;

export function CopyLink({ link }: { link: () => Promise<string> }) {
  const [state, setState] = useState<CopyState>({ kind: 'idle' });
  const field = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (state.kind === 'copied') {
      const t = setTimeout(() => setState({ kind: 'idle' }), CONFIRM_MS);
      return () => clearTimeout(t);
    }
    if (state.kind === 'manual') {
      field.current?.focus();
      field.current?.select();
    }
  }, [state]);

  const copy = async () => {
    // On localhost, the room address the facilitator gave (QR dialog) goes in place of this machine's.
    // Loaded on the first copy: the room's address rules are no part of the first load.
    const { roomLink, storedRoomAddress } = await import('../room/roomAddress');
    const { href, localOnly } = roomLink(await link(), storedRoomAddress(typeof localStorage === 'undefined' ? undefined : localStorage));
    try {
      await navigator.clipboard.writeText(href);
      setState({ kind: 'copied', localOnly });
    } catch {
      setState({ kind: 'manual', link: href });
    }
  };

  return (
    <>
      <button type="button" className="btn btn-small" onClick={() => void copy()} title="Copy a link that opens this scenario, live changes included">
        Copy link
      </button>
      <span className="copy-status" role="status" aria-live="polite">
        {state.kind === 'copied' ? (state.localOnly ? `Link copied ✓ — it opens only on this computer (${location.host})` : 'Link copied ✓') : ''}
      </span>
      {state.kind === 'manual' && (
        <div className="copy-fallback">
          <label htmlFor="share-link-field">The clipboard is not available here: press Ctrl+C (⌘C) to copy the selected link.</label>
          <input
            id="share-link-field"
            ref={field}
            readOnly
            value={state.link}
            onKeyDown={(e) => {
              if (e.key === 'Escape') setState({ kind: 'idle' });
            }}
          />
          <button type="button" className="btn btn-small btn-quiet" onClick={() => setState({ kind: 'idle' })}>
            Done
          </button>
        </div>
      )}
    </>
  );
}
