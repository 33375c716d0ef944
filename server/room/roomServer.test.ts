import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { ROOM_LIMITS, type RoomState } from '../../src/app/room/roomProtocol';
import { createRoomServer, type RoomServer } from './roomServer';

const KEY = 'TEST-KEY-1234';
const question = { id: 'herd.1', text: 'What share of demand is served?', kind: 'choice', choices: ['All', 'Half', 'A quarter'] };

let dirs: string[] = [];
let servers: RoomServer[] = [];
afterEach(async () => {
  for (const s of servers) await s.close().catch(() => undefined);
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  servers = [];
  dirs = [];
});

function folders() {
  const root = mkdtempSync(join(tmpdir(), 'room-test-'));
  dirs.push(root);
  const dist = join(root, 'dist');
  mkdirSync(dist);
  writeFileSync(
    join(dist, 'index.html'),
    `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'self'; connect-src 'self'; object-src 'none'"><title>Lab</title></head><body><div id="root"></div></body></html>`,
  );
  return { dist, data: join(root, 'data') };
}

async function start(dirsFor = folders()) {
  const server = createRoomServer({ distDir: dirsFor.dist, dataDir: dirsFor.data, key: KEY });
  servers.push(server);
  const port = await server.listen(0, '127.0.0.1');
  return { server, port, dirs: dirsFor };
}

/** A socket that keeps the latest state it was sent and waits for one that passes a test. */
async function connect(port: number, device: string, key: string | null = null) {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/relay`);
  let latest: RoomState | null = null;
  const waiters: { test: (s: RoomState) => boolean; ok: (s: RoomState) => void }[] = [];
  ws.on('message', (data) => {
    const m = JSON.parse(String(data)) as RoomState;
    if (m.type !== 'state') return;
    latest = m;
    for (const w of [...waiters])
      if (w.test(m)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.ok(m);
      }
  });
  await new Promise((ok, fail) => ws.once('open', ok).once('error', fail));
  ws.send(JSON.stringify({ type: 'hello', device, key }));
  const until = (test: (s: RoomState) => boolean) =>
    new Promise<RoomState>((ok) => (latest !== null && test(latest) ? ok(latest) : waiters.push({ test, ok })));
  await until(() => true);
  return { ws, until, send: (m: unknown) => ws.send(typeof m === 'string' ? m : JSON.stringify(m)) };
}

describe('the room server', () => {
  it('counts connected phones, hides the answers until the reveal, then shows every phone the histogram and its own answer', async () => {
    const { port } = await start();
    const presenter = await connect(port, 'presenter-device', KEY);
    const a = await connect(port, 'phone-aaaaaaaa');
    const b = await connect(port, 'phone-bbbbbbbb');
    await presenter.until((s) => s.connected === 2 && s.participants === 2 && s.presenter);
    presenter.send({ type: 'open', question });
    await a.until((s) => s.phase === 'open');
    a.send({ type: 'answer', questionId: 'herd.1', value: 2 });
    b.send({ type: 'answer', questionId: 'herd.1', value: 1 });
    b.send({ type: 'answer', questionId: 'herd.1', value: 2 });
    const counted = await presenter.until((s) => s.answered === 2);
    expect(counted.histogram).toBeNull();
    presenter.send({ type: 'lock' });
    await a.until((s) => s.phase === 'locked');
    a.send({ type: 'answer', questionId: 'herd.1', value: 0 });
    presenter.send({ type: 'reveal', runValue: 0.25, runText: '25%' });
    const seen = await a.until((s) => s.phase === 'revealed');
    expect(seen.histogram).toEqual([0, 0, 2]);
    expect(seen.mine).toBe(2);
    expect(seen.runText).toBe('25%');
  });

  it('lets only the presenter open, lock, reveal or reset, and counts the attempts', async () => {
    const { port, server } = await start();
    const phone = await connect(port, 'phone-cccccccc', 'WRONG-KEY');
    expect((await phone.until(() => true)).presenter).toBe(false);
    phone.send({ type: 'open', question });
    phone.send({ type: 'reveal', runValue: 1, runText: 'x' });
    const presenter = await connect(port, 'presenter-device', KEY);
    await presenter.until((s) => s.refused === 2);
    expect(server.room.question).toBeNull();
    expect(server.refusals.byReason.get('not-presenter')).toBe(2);
  });

  it('drops hostile messages at the edge and counts each: too large, not JSON, unknown type, extra fields, out of range, over the rate, before hello', async () => {
    const { port, server } = await start();
    const early = new WebSocket(`ws://127.0.0.1:${port}/relay`);
    await new Promise((ok) => early.once('open', ok));
    early.send(JSON.stringify({ type: 'answer', questionId: 'herd.1', value: 1 }));
    const presenter = await connect(port, 'presenter-device', KEY);
    presenter.send({ type: 'open', question });
    const phone = await connect(port, 'phone-dddddddd');
    await phone.until((s) => s.phase === 'open');
    phone.send('not json at all');
    phone.send({ type: '<img src=x onerror=alert(1)>' });
    phone.send({ type: 'answer', questionId: 'herd.1', value: 1, html: '<b>' });
    phone.send({ type: 'answer', questionId: 'herd.1', value: 7 });
    phone.send({ type: 'answer', questionId: 'herd.1', value: 1.5 });
    await presenter.until((s) => s.refused === 6);
    for (let k = 0; k < ROOM_LIMITS.burst + 5; k++) phone.send({ type: 'answer', questionId: 'herd.1', value: k % 3 });
    await presenter.until((s) => (s.refused ?? 0) >= 6 + 5);
    const big = await connect(port, 'phone-eeeeeeee');
    const closed = new Promise((ok) => big.ws.once('close', ok));
    big.send({ type: 'answer', questionId: 'herd.1', value: 1, pad: 'x'.repeat(ROOM_LIMITS.messageBytes) });
    await closed;
    await presenter.until(() => server.refusals.byReason.get('too-large') === 1);
    expect(Object.fromEntries(server.refusals.byReason)).toMatchObject({ 'no-hello': 1, malformed: 3, 'out-of-range': 2, 'too-large': 1 });
    expect(server.refusals.byReason.get('rate')).toBeGreaterThanOrEqual(5);
    expect(server.room.answers.size).toBe(1);
  });

  it('loses no answer and no short address when it restarts, and the presenter key still opens the controls', async () => {
    const first = await start();
    const presenter = await connect(first.port, 'presenter-device', KEY);
    presenter.send({ type: 'open', question });
    presenter.send({ type: 'shorten', path: '/?lesson=herd&step=1&at=600&paused#s=v1.abc' });
    const code = await new Promise<string>((ok) => presenter.ws.on('message', (d) => JSON.parse(String(d)).type === 'short' && ok(JSON.parse(String(d)).code)));
    expect(code).toMatch(/^[a-z2-9]{4}$/);
    const phone = await connect(first.port, 'phone-ffffffff');
    await phone.until((s) => s.phase === 'open');
    phone.send({ type: 'answer', questionId: 'herd.1', value: 1 });
    await presenter.until((s) => s.answered === 1);
    await first.server.close();
    const second = await start(first.dirs);
    const back = await connect(second.port, 'phone-ffffffff');
    const state = await back.until(() => true);
    expect(state).toMatchObject({ phase: 'open', answered: 1, mine: 1 });
    const res = await fetch(`http://127.0.0.1:${second.port}/r/${code}`, { redirect: 'manual' });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/?lesson=herd&step=1&at=600&paused#s=v1.abc');
    expect((await fetch(`http://127.0.0.1:${second.port}/r/zzzz`)).status).toBe(404);
  });

  it("runs the presenter's discussion timer for every screen, and stops it", async () => {
    const { port } = await start();
    const presenter = await connect(port, 'presenter-device', KEY);
    const phone = await connect(port, 'phone-hhhhhhhh');
    phone.send({ type: 'timer', seconds: 60 });
    presenter.send({ type: 'timer', seconds: 120 });
    expect((await phone.until((s) => s.timerS !== null)).timerS).toBeGreaterThan(118);
    presenter.send({ type: 'timer', seconds: 0 });
    await phone.until((s) => s.timerS === null);
    expect((await presenter.until((s) => s.refused === 1)).refused).toBe(1);
  });

  it('archives a group on "next group" and starts the next one empty; the summary carries both', async () => {
    const { port } = await start();
    const presenter = await connect(port, 'presenter-device', KEY);
    presenter.send({ type: 'open', question });
    const phone = await connect(port, 'phone-gggggggg');
    await phone.until((s) => s.phase === 'open');
    phone.send({ type: 'answer', questionId: 'herd.1', value: 0 });
    await presenter.until((s) => s.answered === 1);
    presenter.send({ type: 'reveal', runValue: 0.9, runText: '90%' });
    presenter.send({ type: 'next-group' });
    const next = await phone.until((s) => s.group === 2);
    expect(next).toMatchObject({ phase: 'idle', answered: 0, question: null, mine: null });
    const summary = (await (await fetch(`http://127.0.0.1:${port}/room/summary`)).json()) as {
      archived: { questions: { histogram: number[]; runText: string }[] }[];
    };
    expect(summary.archived[0].questions[0]).toMatchObject({ histogram: [1, 0, 0], runText: '90%' });
  });

  it("serves the lab with a policy that allows exactly the relay's origin, and marks the page as served by a room", async () => {
    const { port } = await start();
    const res = await fetch(`http://127.0.0.1:${port}/`);
    const policy = res.headers.get('content-security-policy') ?? '';
    expect(policy).toContain(`connect-src 'self' ws://127.0.0.1:${port};`);
    const html = await res.text();
    expect(html).toContain(`connect-src 'self' ws://127.0.0.1:${port};`);
    expect(html).toContain('<meta name="metastable-room" content="/relay">');
    expect((await fetch(`http://127.0.0.1:${port}/..%2f..%2fetc/passwd`)).status).toBe(404);
  });
});
