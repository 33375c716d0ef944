/**
 * Load test of the room server, on loopback only and bounded in time (it stops itself after
 * --limit seconds, default 60): starts serve:room on a free port with an empty data folder, connects
 * --phones simulated phones (default 300) and a presenter, opens a question, and lets every phone
 * answer at a random moment within --within seconds (default 10). It checks that every answer is
 * counted and that the presenter's count reaches all of them within 1 s of the last answer, and
 * prints the server's memory and CPU (its /room/stats) before, connected and after. Exit 0 when
 * both hold, 1 when not, 2 for a bad option.
 *   npm run room:load -- --phones 300 --within 10
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebSocket } from 'ws';
import type { RoomState } from '../src/app/room/roomProtocol';

const args = process.argv.slice(2);
function whole(name: string, fallback: number, min: number, max: number): number {
  const at = args.indexOf(name);
  const text = at >= 0 ? (args[at + 1] ?? '') : String(fallback);
  const v = Number(text);
  if (!Number.isInteger(v) || v < min || v > max) {
    console.error(`${name}: "${text}" is not a whole number from ${min} to ${max}`);
    process.exit(2);
  }
  return v;
}
const PHONES = whole('--phones', 300, 1, 500);
const WITHIN_S = whole('--within', 10, 1, 60);
const LIMIT_S = whole('--limit', 60, 10, 300);
const KEY = 'LOAD-TEST-KEY';

const root = mkdtempSync(join(tmpdir(), 'room-load-'));
const dist = join(root, 'dist');
mkdirSync(dist);
writeFileSync(join(dist, 'index.html'), '<!doctype html><title>load</title>');
const server = spawn(
  process.execPath,
  ['--import', 'tsx', 'scripts/serveRoom.ts', '--no-build', '--dist', dist, '--data', join(root, 'data'), '--host', '127.0.0.1', '--port', '0', '--key', KEY],
  { stdio: ['ignore', 'pipe', 'inherit'] },
);
const sockets: WebSocket[] = [];
const finish = (code: number) => {
  for (const s of sockets) s.terminate();
  server.kill('SIGTERM');
  rmSync(root, { recursive: true, force: true });
  process.exit(code);
};
setTimeout(() => {
  console.error(`Stopped after ${LIMIT_S} s (--limit) before the run finished.`);
  finish(1);
}, LIMIT_S * 1000).unref();

const port = await new Promise<number>((ok) => {
  let out = '';
  server.stdout!.on('data', (d: Buffer) => {
    out += String(d);
    const m = /on port (\d+)/.exec(out);
    if (m) ok(Number(m[1]));
  });
});
const base = `http://127.0.0.1:${port}`;
interface Stats {
  rssBytes: number;
  heapUsedBytes: number;
  cpuUserUs: number;
  cpuSystemUs: number;
}
const stats = async () => (await (await fetch(`${base}/room/stats`)).json()) as Stats;

/** A socket that says hello and keeps the latest state. */
function connect(device: string, key: string | null): Promise<{ ws: WebSocket; latest: () => RoomState | null; on: (f: (s: RoomState) => void) => void }> {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/relay`);
  sockets.push(ws);
  let latest: RoomState | null = null;
  let listener: ((s: RoomState) => void) | null = null;
  ws.on('message', (d) => {
    const m = JSON.parse(String(d)) as RoomState;
    if (m.type !== 'state') return;
    latest = m;
    listener?.(m);
  });
  return new Promise((ok, fail) =>
    ws
      .once('open', () => {
        ws.send(JSON.stringify({ type: 'hello', device, key }));
        ok({ ws, latest: () => latest, on: (f) => (listener = f) });
      })
      .once('error', fail),
  );
}

/** A small seeded generator: the same moments of answering each run. */
let seed = 20_261_207;
const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;

const idle = await stats();
const presenter = await connect('load-presenter', KEY);
const phones: Awaited<ReturnType<typeof connect>>[] = [];
for (let k = 0; k < PHONES; k++) phones.push(await connect(`load-phone-${String(k).padStart(4, '0')}`, null));
await new Promise<void>((ok) => {
  const check = (s: RoomState) => s.connected === PHONES && ok();
  presenter.on(check);
  const s = presenter.latest();
  if (s) check(s);
});
const connected = await stats();
console.log(`${PHONES} phones connected.`);

presenter.ws.send(JSON.stringify({ type: 'open', question: { id: 'load.1', text: 'Load test', kind: 'choice', choices: ['A', 'B', 'C', 'D'] } }));
await new Promise<void>((ok) => phones[PHONES - 1].on((s) => s.phase === 'open' && ok()));

let lastSentMs = 0;
let reachedMs = 0;
const allCounted = new Promise<void>((ok) =>
  presenter.on((s) => {
    if (s.answered === PHONES && reachedMs === 0) {
      reachedMs = performance.now();
      ok();
    }
  }),
);
const started = performance.now();
phones.forEach((p, k) => {
  setTimeout(
    () => {
      p.ws.send(JSON.stringify({ type: 'answer', questionId: 'load.1', value: k % 4 }));
      lastSentMs = Math.max(lastSentMs, performance.now());
    },
    random() * WITHIN_S * 1000,
  );
});
await allCounted;
const after = await stats();
const lagMs = reachedMs - lastSentMs;
const mib = (b: number) => `${(b / 2 ** 20).toFixed(1)} MiB`;
const cpuS = (a: Stats, b: Stats) => ((b.cpuUserUs + b.cpuSystemUs - a.cpuUserUs - a.cpuSystemUs) / 1e6).toFixed(2);
console.log(`All ${PHONES} answers counted; the last was sent ${((lastSentMs - started) / 1000).toFixed(1)} s in.`);
console.log(`The presenter's count reached ${PHONES} ${lagMs.toFixed(0)} ms after the last answer was sent (goal: within 1000 ms).`);
console.log(
  `Server memory (RSS / heap): idle ${mib(idle.rssBytes)} / ${mib(idle.heapUsedBytes)}, connected ${mib(connected.rssBytes)} / ${mib(connected.heapUsedBytes)}, after answers ${mib(after.rssBytes)} / ${mib(after.heapUsedBytes)}.`,
);
console.log(`Server CPU: ${cpuS(idle, connected)} s to connect ${PHONES} phones, ${cpuS(connected, after)} s over the ${WITHIN_S} s of answers.`);
finish(lagMs <= 1000 ? 0 : 1);
