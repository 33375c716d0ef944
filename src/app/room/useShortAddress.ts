/**
 * The short address of a link, for the QR code and for typing: on a page the room server served,
 * with the presenter's key given, the server gives every moment a four-character code
 * (`http://192.168.1.20:4173/r/7k2q`) that it keeps on disk, so the address outlives a restart and
 * the code stays coarse enough to scan from the back of the room. Null anywhere else (static host,
 * a phone, a link to another origin): the QR code then carries the full link.
 */
import { useEffect, useState } from 'react';
import { roomClient, storedPresenterKey } from './roomClient';
import { relayAddress } from './roomServed';

export function useShortAddress(href: string, active: boolean): string | null {
  const [found, setFound] = useState<{ href: string; short: string } | null>(null);
  useEffect(() => {
    if (!active) return;
    const relay = relayAddress(document, location.href);
    const url = new URL(href);
    if (relay === null || storedPresenterKey() === null || url.origin !== location.origin) return;
    const path = `${url.pathname}${url.search}${url.hash}`;
    const client = roomClient(relay);
    const read = () => {
      const code = client.store.getState().shorts[path];
      if (code !== undefined) setFound({ href, short: `${location.origin}/r/${code}` });
    };
    const unsubscribe = client.store.subscribe(read);
    client.shorten(path);
    const first = setTimeout(read, 0);
    return () => {
      clearTimeout(first);
      unsubscribe();
    };
  }, [href, active]);
  return found !== null && found.href === href ? found.short : null;
}
