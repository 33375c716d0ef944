/**
 * A lesson taught through the room server (`npm run serve:room`, started here on its own port with
 * its own data folder): a presenter and three phones (390×844). Phones answer, the projector counts
 * them without showing the distribution, a phone that reloads keeps its answer, a server restart
 * mid-step loses nothing (phones reconnect by themselves), and the reveal shows the histogram on
 * all four screens. Every wait is for what a page says.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './chromium';

const E2E_PORT = Number(process.env.E2E_PORT ?? 4174);
const ROOM_PORT = E2E_PORT + 100;
const DIST = E2E_PORT === 4174 ? 'dist' : `dist-e2e-${E2E_PORT}`;
const KEY = 'ROOM-TEST-KEY';
/**
 * The room's address as phones would have it: a name that is not localhost (a QR code of a
 * localhost link would open nothing on a phone), resolved by this test's browser to loopback, where
 * the server listens; nothing leaves the machine.
 */
const ROOM_HOST = 'room.test';
const ROOM = `http://${ROOM_HOST}:${ROOM_PORT}`;
const SHOTS = process.env.ROOM_SHOTS ?? '';

let server: ChildProcess | null = null;
let dataDir = '';

/** Starts serve:room and resolves once it has printed its addresses. */
function startServer(): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'scripts/serveRoom.ts',
      '--no-build',
      '--dist',
      DIST,
      '--port',
      String(ROOM_PORT),
      '--host',
      '127.0.0.1',
      '--data',
      dataDir,
      '--key',
      KEY,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((ok, fail) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += String(d);
      if (out.includes('Phones on the same network open')) ok(child);
    });
    child.once('exit', (code) => fail(new Error(`serve:room exited with ${code}: ${out}`)));
  });
}

function stopServer(child: ChildProcess): Promise<void> {
  return new Promise((ok) => {
    child.removeAllListeners('exit');
    child.once('exit', () => ok());
    child.kill('SIGTERM');
  });
}

test.beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'room-e2e-'));
  server = await startServer();
});
test.afterAll(async () => {
  if (server) await stopServer(server);
  rmSync(dataDir, { recursive: true, force: true });
});

async function phone(browser: Browser, address: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(address);
  await expect(room(page).getByText('Room (connected)')).toBeVisible();
  return page;
}
const room = (page: Page) => page.locator('section.room-card');
const shot = async (page: Page, name: string) => {
  if (SHOTS) await page.screenshot({ path: join(SHOTS, `h-room-${name}.png`) });
};

test('a lesson through serve:room: phones answer, the projector counts, a reload and a restart lose nothing, the reveal reaches all four', async () => {
  test.setTimeout(120_000);
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: [...CHROMIUM_ARGS, `--host-resolver-rules=MAP ${ROOM_HOST} 127.0.0.1`] });
  const presenterContext = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const projector = await presenterContext.newPage();
  await projector.goto(`${ROOM}/?view=present&lesson=herd&speed=max`);
  await room(projector).getByLabel('Presenter key').fill(KEY.toLowerCase());
  await room(projector).getByRole('button', { name: 'Use' }).click();
  await expect(room(projector).locator('.room-key-value')).toHaveText(`…${KEY.slice(-4)}`);

  // The QR code carries the moment's short address, which the server keeps.
  await projector.locator('main').click({ position: { x: 5, y: 5 } });
  await projector.keyboard.press('q');
  const qrLink = projector.getByRole('dialog', { name: 'Follow on your phone or laptop' }).locator('.qr-link');
  await expect(qrLink).toHaveText(new RegExp(`^${ROOM}/r/[a-z0-9]{4}$`));
  const short = (await qrLink.textContent())!;
  await projector.keyboard.press('Escape');

  const phones = [await phone(browser, short), await phone(browser, short), await phone(browser, `${ROOM}/?lesson=herd`)];
  // The short address opened the moment on the projector: the lesson step, paused at its time.
  expect(new URL(phones[0].url()).search).toMatch(/[?&]lesson=herd&step=1&at=0&paused$/);
  await expect(room(projector).getByText('3 connected')).toBeVisible();

  await room(projector).getByRole('button', { name: 'Ask the room' }).click();
  const question = await projector.locator('.step-question').textContent();
  for (const p of phones) await expect(room(p).locator('.room-question-text')).toHaveText(question!.trim());
  await room(phones[0]).locator('.room-choice').nth(0).click();
  await room(phones[1]).locator('.room-choice').nth(1).click();
  await room(phones[2]).locator('.room-choice').nth(0).click();
  // Changed before the lock: the room counts one answer per phone.
  await room(phones[2]).locator('.room-choice').nth(1).click();
  await expect(room(phones[2]).locator('.room-choice').nth(1)).toHaveAttribute('aria-pressed', 'true');
  await expect(room(projector).getByText('3 of 3 answered')).toBeVisible();
  await expect(room(projector).getByText("The room's answers stay hidden until the reveal.")).toBeVisible();
  await expect(room(projector).locator('.room-histogram')).toHaveCount(0);
  await shot(projector, 'projector-before');
  await shot(phones[1], 'phone-before');

  // A phone that reloads keeps its answer.
  const mine = await room(phones[1]).locator('.room-mine strong').textContent();
  await phones[1].reload();
  await expect(room(phones[1]).locator('.room-mine strong')).toHaveText(mine!);

  // The server restarts mid-step: every answer comes back, every phone reconnects by itself.
  await stopServer(server!);
  server = null;
  await expect(room(projector).getByText('Room (reconnecting…)')).toBeVisible();
  server = await startServer();
  for (const p of [projector, ...phones]) await expect(room(p).getByText('Room (connected)')).toBeVisible();
  await expect(room(projector).getByText('3 of 3 answered')).toBeVisible();
  await expect(room(phones[1]).locator('.room-mine strong')).toHaveText(mine!);

  await room(projector).getByRole('button', { name: 'Lock answers' }).click();
  for (const p of phones) await expect(room(p).getByText('Answers locked.', { exact: false })).toBeVisible();

  // The presenter's own lesson loop: lock in a prediction, run, reveal; the room's reveal follows.
  await projector.locator('form.prediction .choice').first().click();
  await projector.getByRole('button', { name: 'Lock in and run' }).click();
  await projector.getByRole('button', { name: 'Reveal', exact: true }).click();
  const runText = (await projector.locator('.reveal-actual').textContent())!;
  for (const p of [projector, ...phones]) {
    await expect(room(p).locator('.room-histogram')).toBeVisible();
    await expect(room(p).locator('.room-run strong')).toContainText(runText);
  }
  await expect(room(projector).locator('.room-histogram')).toHaveAttribute('aria-label', /: 1, .*: 2/);
  await expect(room(phones[1]).locator('.room-histogram .is-mine .room-bar-count')).toContainText('you');
  await expect(room(phones[0]).locator('.room-histogram .is-mine')).toHaveCount(1);
  await shot(projector, 'projector-after');
  await shot(phones[1], 'phone-after');
  await browser.close();
});

test('the static lab names what room answers need, in the QR dialog', async ({ page }) => {
  await page.goto('./?view=present&lesson=herd&paused');
  await expect(page.getByRole('heading', { name: 'One flush', exact: true })).toBeVisible();
  await page.locator('main').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('q');
  await expect(page.getByRole('dialog', { name: 'Follow on your phone or laptop' })).toContainText('npm run serve:room');
  await expect(page.locator('section.room-card')).toHaveCount(0);
});
