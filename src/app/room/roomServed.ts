/**
 * Whether the room server served this page: it adds `<meta name="metastable-room" content="/relay">`
 * to the page it sends (a static host does not), so a page knows without a request whether room
 * features can work. Returns the relay's WebSocket address, or null.
 */
export function relayAddress(doc: Pick<Document, 'querySelector'>, href: string): string | null {
  const path = doc.querySelector('meta[name="metastable-room"]')?.getAttribute('content');
  // A path on this origin only (never `//elsewhere`): the relay is the server that served the page.
  if (!path || !path.startsWith('/') || path.startsWith('//')) return null;
  const url = new URL(path, href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
}

/** What a room feature says on a page no room server served. */
export const NEEDS_ROOM_SERVER = 'Phones answering the room\'s questions need "npm run serve:room": run it on this laptop, open the address it prints.';
