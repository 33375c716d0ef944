/**
 * The address a phone in the room can open. A page served from localhost (or 127.0.0.1, ::1) has
 * links that open only on this very machine, so the facilitator may give the room's address (the
 * one `npm run serve:room` prints, or a public deployment); it is remembered in localStorage and
 * put in place of this page's origin in the QR code and in Copy link. Nothing here touches the DOM
 * except through the Storage passed in.
 */

/** localStorage key of the remembered room address. */
export const ROOM_ADDRESS_KEY = 'metastable-lab.room-address';

/** Whether a host name can only be reached from the machine itself. */
export function isLocalOnlyHost(hostname: string): boolean {
  const h = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h.endsWith('.localhost') || h === '::1' || h === '0.0.0.0' || /^127\.\d+\.\d+\.\d+$/.test(h);
}

export type RoomAddressCheck = { ok: true; origin: string; path: string } | { ok: false; message: string };

/** Checks what the facilitator typed: an http(s) address that a phone could reach (not localhost). */
export function checkRoomAddress(input: string): RoomAddressCheck {
  const text = input.trim();
  let url: URL;
  try {
    url = new URL(/^[a-z]+:\/\//i.test(text) ? text : `http://${text}`);
  } catch {
    return { ok: false, message: `Room address: "${text}" is not an address; expected something like http://192.168.1.20:4173/` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, message: `Room address: "${text}" must start with http:// or https://` };
  if (isLocalOnlyHost(url.hostname))
    return {
      ok: false,
      message: `Room address: "${text}" opens only on this computer; use this machine's network address (npm run serve:room prints it) or a public one`,
    };
  return { ok: true, origin: url.origin, path: url.pathname };
}

/** The remembered room address, if one is stored and still valid. */
export function storedRoomAddress(storage: Pick<Storage, 'getItem'> | undefined): string | null {
  try {
    const v = storage?.getItem(ROOM_ADDRESS_KEY) ?? null;
    return v !== null && checkRoomAddress(v).ok ? v : null;
  } catch {
    return null; // storage refused (private mode, sandbox): nothing remembered
  }
}

export function rememberRoomAddress(storage: Pick<Storage, 'setItem' | 'removeItem'> | undefined, address: string | null): void {
  try {
    if (address === null) storage?.removeItem(ROOM_ADDRESS_KEY);
    else storage?.setItem(ROOM_ADDRESS_KEY, address);
  } catch {
    // Not remembered; the address still applies for this page.
  }
}

export interface RoomLink {
  href: string;
  /** The link still opens only on this machine (page on localhost, no room address given). */
  localOnly: boolean;
}

/**
 * `href` with its origin replaced by the room address when the page is local-only and one is
 * given (its path too, when the room address has one other than `/`); search and hash are kept.
 */
export function roomLink(href: string, roomAddress: string | null): RoomLink {
  const url = new URL(href);
  if (!isLocalOnlyHost(url.hostname)) return { href, localOnly: false };
  const room = roomAddress === null ? null : checkRoomAddress(roomAddress);
  if (!room || !room.ok) return { href, localOnly: true };
  const path = room.path !== '/' ? room.path : url.pathname;
  return { href: `${room.origin}${path}${url.search}${url.hash}`, localOnly: false };
}
