import { describe, expect, it } from 'vitest';
import { checkRoomAddress, isLocalOnlyHost, rememberRoomAddress, roomLink, storedRoomAddress } from './roomAddress';

/** A Map-backed stand-in for localStorage. */
function memoryStorage() {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), removeItem: (k: string) => void m.delete(k) };
}

describe('the room address', () => {
  it('knows which hosts only this machine can open', () => {
    for (const h of ['localhost', '127.0.0.1', '127.1.2.3', '[::1]', '0.0.0.0', 'lab.localhost']) expect(isLocalOnlyHost(h)).toBe(true);
    for (const h of ['192.168.1.20', 'lab.example.org', '10.0.0.5']) expect(isLocalOnlyHost(h)).toBe(false);
  });

  it('never leaves localhost in a link silently: without a room address the link says it is local only', () => {
    expect(roomLink('http://localhost:4173/?speed=60#s=v1.abc', null)).toEqual({ href: 'http://localhost:4173/?speed=60#s=v1.abc', localOnly: true });
  });

  it('puts the room address in place of localhost, keeping the query and the share link', () => {
    expect(roomLink('http://127.0.0.1:4173/?lesson=herd&step=2#s=v1.abc', 'http://192.168.1.20:4173/').href).toBe(
      'http://192.168.1.20:4173/?lesson=herd&step=2#s=v1.abc',
    );
    expect(roomLink('http://localhost:4173/#s=v1.x', 'https://lab.example.org/workshop/').href).toBe('https://lab.example.org/workshop/#s=v1.x');
  });

  it('leaves a page already served on the network alone', () => {
    expect(roomLink('http://192.168.1.20:4173/#s=v1.x', 'http://10.0.0.1/')).toEqual({ href: 'http://192.168.1.20:4173/#s=v1.x', localOnly: false });
  });

  it('refuses a room address a phone could not open, naming the field and the value', () => {
    const bad = checkRoomAddress('http://localhost:4173');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.message).toMatch(/^Room address: "http:\/\/localhost:4173" opens only on this computer/);
    const junk = checkRoomAddress('ftp://x');
    expect(junk.ok).toBe(false);
    expect(checkRoomAddress('192.168.1.20:4173').ok).toBe(true);
  });

  it('is remembered, and a stored address that became invalid is forgotten', () => {
    const s = memoryStorage();
    rememberRoomAddress(s, 'http://192.168.1.20:4173/');
    expect(storedRoomAddress(s)).toBe('http://192.168.1.20:4173/');
    s.setItem('metastable-lab.room-address', 'http://localhost/');
    expect(storedRoomAddress(s)).toBeNull();
    rememberRoomAddress(s, null);
    expect(storedRoomAddress(s)).toBeNull();
  });
});
