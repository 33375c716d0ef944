/**
 * The page's end of the room relay: one WebSocket to the room server, reopened by itself after a
 * phone sleeps or the server restarts (0.25 s, doubling to 4 s between tries), saying hello with the
 * device id (and the presenter's key, on the presenter's screen) each time. The latest room state
 * sits in a small store the room card reads. An answer given while the socket is down is sent once
 * it is back. Loaded only on a page the room server served (see roomServed.ts).
 */
import { createStore } from 'zustand/vanilla';
import { deviceId } from './deviceId';
import { parseServerMessage, type ClientMessage, type RoomState } from './roomProtocol';

export type Link = 'connecting' | 'connected' | 'reconnecting';

export interface RoomClientState {
  link: Link;
  room: RoomState | null;
  /** When the latest state arrived (performance.now()), for the timer's countdown. */
  receivedMs: number;
  /** Short codes the server gave, by path. */
  shorts: Record<string, string>;
}

export const PRESENTER_KEY = 'metastable-lab.room-key';

const storage = () => (typeof localStorage === 'undefined' ? undefined : localStorage);

export function storedPresenterKey(): string | null {
  try {
    return storage()?.getItem(PRESENTER_KEY) ?? null;
  } catch {
    return null;
  }
}

export function createRoomClient(relayUrl: string, key: string | null) {
  const store = createStore<RoomClientState>()(() => ({ link: 'connecting', room: null, receivedMs: 0, shorts: {} }));
  const device = deviceId(storage());
  let socket: WebSocket | null = null;
  let delayMs = 250;
  let stopped = false;
  let unsent: { questionId: string; value: number } | null = null;
  /** Paths waiting for a short address (asked before the socket was open, or before a restart answered). */
  const unshortened = new Set<string>();
  let presenterKey = key;

  const open = () => {
    const ws = new WebSocket(relayUrl);
    socket = ws;
    ws.onopen = () => {
      delayMs = 250;
      ws.send(JSON.stringify({ type: 'hello', device, key: presenterKey } satisfies ClientMessage));
      if (unsent) ws.send(JSON.stringify({ type: 'answer', ...unsent } satisfies ClientMessage));
      for (const path of unshortened) ws.send(JSON.stringify({ type: 'shorten', path } satisfies ClientMessage));
    };
    ws.onmessage = (e) => {
      const m = typeof e.data === 'string' ? parseServerMessage(e.data) : null;
      if (m === null) return;
      if (m.type === 'short') {
        unshortened.delete(m.path);
        store.setState({ shorts: { ...store.getState().shorts, [m.path]: m.code } });
      } else {
        if (unsent && m.mine === unsent.value) unsent = null;
        store.setState({ link: 'connected', room: m, receivedMs: performance.now() });
      }
    };
    ws.onclose = () => {
      if (socket !== ws) return;
      socket = null;
      if (stopped) return;
      store.setState({ link: 'reconnecting' });
      setTimeout(open, delayMs);
      delayMs = Math.min(4000, delayMs * 2);
    };
  };
  open();

  const send = (m: ClientMessage) => {
    if (socket?.readyState === WebSocket.OPEN) socket.send(JSON.stringify(m));
  };
  return {
    store,
    device,
    send,
    answer(questionId: string, value: number) {
      unsent = { questionId, value };
      send({ type: 'answer', questionId, value });
    },
    /** Asks the server for the short address of a path on it (presenter only); it arrives in `shorts`. */
    shorten(path: string) {
      if (store.getState().shorts[path] !== undefined || unshortened.has(path)) return;
      unshortened.add(path);
      send({ type: 'shorten', path });
    },
    /** Becomes presenter (or stops being one) with this key: remembered in this browser, sent on a fresh hello. */
    useKey(next: string | null) {
      presenterKey = next;
      try {
        if (next === null) storage()?.removeItem(PRESENTER_KEY);
        else storage()?.setItem(PRESENTER_KEY, next);
      } catch {
        // kept for this page only
      }
      socket?.close();
    },
    stop() {
      stopped = true;
      socket?.close();
    },
  };
}

export type RoomClient = ReturnType<typeof createRoomClient>;

let shared: RoomClient | null = null;

/** One client per page: the room card and the QR panel share the socket. */
export function roomClient(relayUrl: string): RoomClient {
  shared ??= createRoomClient(relayUrl, storedPresenterKey());
  return shared;
}
