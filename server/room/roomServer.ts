/**
 * The room server: one Node process that serves the built lab (dist/) and the room's relay on the
 * same origin. Phones and the projector hold a WebSocket on /relay (the `ws` library); the server
 * checks every message at the edge (size, shape, ranges, rate, who may send it), drops and counts
 * the hostile ones, logs what it accepts (RoomLog) and sends every socket the room's state, at most
 * once per BROADCAST_MS however many answers arrive. /r/<code> redirects a short address to the
 * moment it stands for; /room/summary gives the group's answers as JSON for the evidence downloads.
 */
import { randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { WebSocketServer, type WebSocket } from 'ws';
import { ROOM_LIMITS, PRESENTER_ONLY, parseClientMessage, type RoomState } from '../../src/app/room/roomProtocol';
import { roomContentSecurityPolicy } from '../../scripts/contentSecurityPolicy';
import { Refusals, TokenBucket, type RefusalReason } from './edge';
import { RoomLog } from './roomLog';

/** State changes within this many milliseconds go out as one message per socket. */
export const BROADCAST_MS = 40;
/** A socket that answers no ping for this long is dropped (a phone that left without closing). */
const HEARTBEAT_MS = 20_000;
const SHORT_ALPHABET = '23456789abcdefghjkmnpqrstuvwxyz';

export interface RoomServerOptions {
  distDir: string;
  dataDir: string;
  /** The presenter's key; a new random one when absent. */
  key?: string;
  /** The clock (tests pass their own). */
  now?: () => number;
}

interface Client {
  socket: WebSocket;
  device: string | null;
  presenter: boolean;
  bucket: TokenBucket;
  alive: boolean;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** A Host header a browser could have sent (name or address, optional port): anything else gets no relay origin. */
const HOST = /^[A-Za-z0-9.-]{1,253}(:\d{1,5})?$|^\[[0-9A-Fa-f:.]{2,45}\](:\d{1,5})?$/;

export function newKey(): string {
  const raw = randomBytes(6).toString('hex').toUpperCase();
  return `${raw.slice(0, 4)}-${raw.slice(4, 8)}-${raw.slice(8)}`;
}

export function createRoomServer(options: RoomServerOptions) {
  const now = options.now ?? Date.now;
  const key = options.key ?? newKey();
  const log = new RoomLog(options.dataDir);
  const room = log.room;
  const refusals = new Refusals();
  const clients = new Set<Client>();
  /** Phone device → open sockets, for "connected" (the presenter's screen is not counted). */
  const sockets = new Map<string, number>();
  const distDir = resolve(options.distDir);
  let timerEndsMs: number | null = null;
  let timerEnd: NodeJS.Timeout | null = null;
  let pending: NodeJS.Timeout | null = null;

  const keyMatches = (given: string | null) => {
    if (given === null) return false;
    const a = Buffer.from(given.trim().toUpperCase());
    const b = Buffer.from(key);
    return a.length === b.length && timingSafeEqual(a, b);
  };

  /** The M of "N of M answered": phones connected now, and phones that answered and then left. */
  const participants = () => {
    let n = sockets.size;
    for (const device of room.answers.keys()) if (!sockets.has(device)) n++;
    return n;
  };

  const baseState = (): Omit<RoomState, 'mine' | 'presenter' | 'refused'> => ({
    type: 'state',
    connected: sockets.size,
    participants: participants(),
    group: room.group,
    question: room.question,
    phase: room.phase,
    answered: room.answers.size,
    histogram: room.phase === 'revealed' ? room.histogram() : null,
    runValue: room.runValue,
    runText: room.runText,
    timerS: timerEndsMs === null ? null : Math.max(0, Math.round((timerEndsMs - now()) / 1000)),
  });

  const send = (c: Client, baseJson: string) => {
    if (c.device === null || c.socket.readyState !== c.socket.OPEN) return;
    const mine = room.answers.get(c.device) ?? null;
    c.socket.send(
      `{"mine":${mine === null ? 'null' : JSON.stringify(mine)},"presenter":${c.presenter},"refused":${c.presenter ? refusals.total : 'null'},${baseJson.slice(1)}`,
    );
  };
  const flush = () => {
    pending = null;
    const baseJson = JSON.stringify(baseState());
    for (const c of clients) send(c, baseJson);
  };
  const changed = () => {
    pending ??= setTimeout(flush, BROADCAST_MS);
  };

  const refuse = (reason: RefusalReason) => {
    refusals.count(reason);
    // The presenter's count of refusals moves too, but a flood must not turn into a broadcast storm.
    changed();
  };

  const shorten = (path: string): string => {
    const known = room.codeFor(path);
    if (known !== undefined) return known;
    for (;;) {
      let code = '';
      for (let k = 0; k < 4; k++) code += SHORT_ALPHABET[randomInt(SHORT_ALPHABET.length)];
      if (!room.shorts.has(code)) {
        log.record({ e: 'short', code, path });
        return code;
      }
    }
  };

  const setTimer = (seconds: number) => {
    if (timerEnd !== null) clearTimeout(timerEnd);
    timerEnd = null;
    timerEndsMs = seconds > 0 ? now() + seconds * 1000 : null;
    if (seconds > 0) timerEnd = setTimeout(() => changed(), seconds * 1000 + 50);
  };

  const onMessage = (c: Client, data: Buffer, isBinary: boolean) => {
    if (!c.bucket.take(now())) return refuse('rate');
    if (isBinary) return refuse('binary');
    const parsed = parseClientMessage(data.toString('utf8'), data.length);
    if (!parsed.ok) return refuse(parsed.reason.startsWith('message: ') && data.length > ROOM_LIMITS.messageBytes ? 'too-large' : 'malformed');
    const m = parsed.value;
    if (m.type === 'hello') {
      if (c.device !== null) return refuse('malformed');
      const presenter = keyMatches(m.key);
      // The presenter is not one of the room's M (it does not answer).
      if (!presenter && !room.join(m.device)) {
        refuse('room-full');
        c.socket.close(1013, 'room full');
        return;
      }
      c.device = m.device;
      c.presenter = presenter;
      if (!presenter) sockets.set(m.device, (sockets.get(m.device) ?? 0) + 1);
      send(c, JSON.stringify(baseState()));
      return changed();
    }
    if (c.device === null) return refuse('no-hello');
    if (PRESENTER_ONLY.has(m.type) && !c.presenter) return refuse('not-presenter');
    switch (m.type) {
      case 'answer':
        if (!log.record({ e: 'answer', d: c.device, q: m.questionId, v: m.value })) {
          // The same answer again is harmless (a reconnect resends it); anything else did not fit.
          if (room.answers.get(c.device) !== m.value) refuse('out-of-range');
          return;
        }
        return changed();
      case 'open':
        if (log.record({ e: 'open', q: m.question })) changed();
        return;
      case 'lock':
        if (log.record({ e: 'lock' })) changed();
        return;
      case 'reveal':
        if (log.record({ e: 'reveal', v: m.runValue, t: m.runText })) changed();
        return;
      case 'reset':
        if (log.record({ e: 'reset' })) changed();
        return;
      case 'next-group':
        log.record({ e: 'next-group' });
        for (const other of clients) if (other.device !== null && !other.presenter) room.join(other.device);
        return changed();
      case 'timer':
        setTimer(m.seconds);
        return changed();
      case 'shorten': {
        const code = shorten(m.path);
        c.socket.send(JSON.stringify({ type: 'short', code, path: m.path }));
        return;
      }
    }
  };

  const http: Server = createServer((req, res) => {
    void serveHttp(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('Server error');
    });
  });

  const serveHttp = async (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const url = new URL(req.url ?? '/', 'http://room.invalid');
    const short = /^\/r\/([a-z0-9]{4})\/?$/.exec(url.pathname);
    if (short) {
      const path = room.shorts.get(short[1]);
      if (path === undefined) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`No moment has the short address ${short[1]} on this room server.`);
        return;
      }
      res.writeHead(302, { location: path, 'cache-control': 'no-store' }).end();
      return;
    }
    if (url.pathname === '/room/summary') {
      const body = JSON.stringify({ group: room.summary(), archived: room.archived, refused: refusals.toJSON() });
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(body);
      return;
    }
    if (url.pathname === '/room/stats') {
      const mem = process.memoryUsage();
      const cpu = process.cpuUsage();
      const body = JSON.stringify({
        connected: sockets.size,
        sockets: clients.size,
        answered: room.answers.size,
        refused: refusals.total,
        rssBytes: mem.rss,
        heapUsedBytes: mem.heapUsed,
        cpuUserUs: cpu.user,
        cpuSystemUs: cpu.system,
      });
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(body);
      return;
    }
    let rel = decodeURIComponent(url.pathname);
    if (rel.endsWith('/')) rel += 'index.html';
    const file = normalize(join(distDir, rel));
    if (file !== distDir && !file.startsWith(distDir + sep)) {
      res.writeHead(404).end();
      return;
    }
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const headers: Record<string, string> = { 'content-type': type, 'x-content-type-options': 'nosniff' };
    if (extname(file) === '.html') {
      const host = req.headers.host ?? '';
      const policy = roomContentSecurityPolicy(HOST.test(host) ? `ws://${host}` : "'self'");
      const html = body
        .toString('utf8')
        .replace(/<meta http-equiv="Content-Security-Policy" content="[^"]*"\s*\/?>/, `<meta http-equiv="Content-Security-Policy" content="${policy}">`)
        .replace('<head>', '<head>\n    <meta name="metastable-room" content="/relay">');
      body = Buffer.from(html);
      headers['content-security-policy'] = policy;
      headers['cache-control'] = 'no-cache';
    } else if (rel.includes('/assets/')) headers['cache-control'] = 'public, max-age=31536000, immutable';
    else headers['cache-control'] = 'no-cache';
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  };

  const wss = new WebSocketServer({ noServer: true, maxPayload: ROOM_LIMITS.messageBytes, perMessageDeflate: false });
  http.on('upgrade', (req, socket, head) => {
    if (new URL(req.url ?? '/', 'http://room.invalid').pathname !== '/relay' || clients.size >= ROOM_LIMITS.connections) {
      refusals.count('room-full');
      socket.destroy();
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      const c: Client = { socket: ws, device: null, presenter: false, bucket: new TokenBucket(now()), alive: true };
      clients.add(c);
      ws.on('message', (data, isBinary) => onMessage(c, data as Buffer, isBinary));
      ws.on('pong', () => (c.alive = true));
      // ws closes a socket whose message exceeds maxPayload, with an error first: counted as too large.
      ws.on('error', () => refusals.count('too-large'));
      ws.on('close', () => {
        clients.delete(c);
        if (c.device !== null && !c.presenter) {
          const n = (sockets.get(c.device) ?? 1) - 1;
          if (n <= 0) sockets.delete(c.device);
          else sockets.set(c.device, n);
        }
        changed();
      });
    });
  });
  const heartbeat = setInterval(() => {
    for (const c of clients) {
      if (!c.alive) c.socket.terminate();
      else {
        c.alive = false;
        c.socket.ping();
      }
    }
  }, HEARTBEAT_MS);
  heartbeat.unref();

  return {
    key,
    http,
    room,
    refusals,
    listen(port: number, host: string): Promise<number> {
      return new Promise((ok, fail) => {
        http.once('error', fail);
        http.listen(port, host, () => {
          const address = http.address();
          ok(typeof address === 'object' && address !== null ? address.port : port);
        });
      });
    },
    async close(): Promise<void> {
      clearInterval(heartbeat);
      if (pending !== null) clearTimeout(pending);
      if (timerEnd !== null) clearTimeout(timerEnd);
      for (const c of clients) c.socket.terminate();
      wss.close();
      await new Promise<void>((ok) => http.close(() => ok()));
      log.close();
    },
  };
}

export type RoomServer = ReturnType<typeof createRoomServer>;
