/**
 * The phone's anonymous id in the room: 16 random bytes in localStorage, made on first use, so a
 * reload or a reconnect keeps its answers and no name is ever asked. crypto.getRandomValues, not
 * randomUUID: a room server on http://192.168.x.y is not a secure context, where randomUUID is absent.
 */
export const DEVICE_KEY = 'metastable-lab.room-device';

type IdStorage = Pick<Storage, 'getItem' | 'setItem'>;

export function newDeviceId(random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  return Array.from(random(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

export function deviceId(storage: IdStorage | undefined, make: () => string = () => newDeviceId()): string {
  try {
    const kept = storage?.getItem(DEVICE_KEY);
    if (kept && /^[0-9a-f]{32}$/.test(kept)) return kept;
    const id = make();
    storage?.setItem(DEVICE_KEY, id);
    return id;
  } catch {
    return make(); // storage refused: answers last as long as this page
  }
}
