/**
 * Two builds served one after the other from the same address, as a deploy does. Online, the new
 * build's service worker takes over (its cache replaces the old one once no tab runs the old build);
 * offline afterwards, the last build visited works whole, its lazily loaded parts (Lessons, the map)
 * included. A tab opened before the deploy keeps working: the new build waits for a page to agree,
 * the old tab's lazy parts still load after the new build took over, and its prompt reloads with the
 * whole address.
 */
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './lab';

const PORT = Number(process.env.E2E_PORT ?? 4174) + 20;
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/** Builds the lab into `outDir`, tagged with `buildId` so the page (and its scripts) tell the two builds apart. */
function build(outDir: string, buildId: string): void {
  execFileSync('npx', ['vite', 'build', '--config', 'e2e/tools/deployConfig.ts', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
    env: { ...process.env, METASTABLE_BUILD_ID: buildId },
    stdio: 'pipe',
  });
}

/** A static server whose folder can be swapped: the deploy. */
function serve(): { server: Server; deploy(dir: string): void } {
  let root = '';
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
    readFile(file).then(
      (body) => {
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
        res.end(body);
      },
      () => {
        res.writeHead(404);
        res.end();
      },
    );
  });
  server.listen(PORT);
  return { server, deploy: (dir) => (root = dir) };
}

test('a new build takes over online, and the last build visited works whole offline', async ({ page, context }) => {
  test.setTimeout(300_000);
  const first = `dist-e2e-sw-${PORT}-a`;
  const second = `dist-e2e-sw-${PORT}-b`;
  build(first, 'first');
  build(second, 'second');
  const host = serve();
  const url = `http://localhost:${PORT}/?speed=max&scenario=${encodeURIComponent('{"durationS":60}')}`;
  const cacheNames = () => page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('metastable-lab-')));
  try {
    host.deploy(first);
    await page.goto(url);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const firstCaches = await cacheNames();
    expect(firstCaches).toHaveLength(1);

    host.deploy(second);
    await page.goto(url);
    await expect(page.locator('meta[name="build-id"]')).toHaveAttribute('content', 'second');
    // The new service worker installs, takes over and drops the first build's cache.
    await expect.poll(cacheNames, { timeout: 60_000 }).toEqual([expect.not.stringMatching(firstCaches[0])]);
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');

    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('meta[name="build-id"]')).toHaveAttribute('content', 'second');
    await expect(page.getByRole('status').filter({ hasText: 'Finished' })).toBeVisible({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Lessons' }).click();
    await expect(page.getByRole('heading', { name: 'One flush', exact: true })).toBeVisible();
    await page.goto(`http://localhost:${PORT}/?view=map&workers=1#map=hysteresis&x=workload.rps:500:3500:2`);
    await expect(page.getByTestId('sweep-count')).toHaveText('4 / 4', { timeout: 90_000 });
  } finally {
    await context.setOffline(false);
    host.server.close();
  }
});

/** The build a page runs, as its page says. */
const buildOf = (page: Page) => page.locator('meta[name="build-id"]').getAttribute('content');
const updatePrompt = (page: Page) => page.getByRole('status').filter({ hasText: 'A new version of the lab is ready' });

/** Opens the lazily loaded parts of the lab one after the other, checking that each one works. */
async function openLazyParts(page: Page, parts: readonly string[]): Promise<void> {
  for (const part of parts) {
    if (part === 'Fit') {
      await page.getByRole('tab', { name: 'Fit' }).click();
      await expect(page.getByTestId('fit-import-file')).toBeAttached();
    } else if (part === 'Lessons') {
      await page.getByRole('button', { name: 'Lessons' }).click();
      await expect(page.getByRole('heading', { name: 'One flush', exact: true })).toBeVisible();
      await page.getByRole('button', { name: 'Lessons' }).click();
    } else if (part === 'Mitigations') {
      await page.getByRole('tab', { name: 'Mitigations' }).click();
      await expect(page.getByRole('heading', { name: 'Mitigations' })).toBeVisible();
    } else if (part === 'Compare') {
      await page.getByRole('tab', { name: 'Compare' }).click();
      await page.getByRole('checkbox', { name: 'LIFO queue' }).check();
      await page.getByRole('button', { name: 'Compare', exact: true }).click();
      // Run B runs in its own worker, from the old build's chunks.
      await expect(page.locator('[data-run-summary="b"]')).toContainText('served', { timeout: 30_000 });
      await page.getByRole('button', { name: 'Stop comparing' }).click();
    } else if (part === 'Scenarios') {
      await page.getByRole('button', { name: 'Scenarios…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Scenarios' });
      await expect(dialog.locator('[data-preset]').first()).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
    } else if (part === 'Event editor') {
      await page.getByRole('button', { name: 'Add event' }).click();
      await expect(page.getByLabel('At (m:ss)')).toBeVisible();
      await page.getByRole('button', { name: 'Cancel' }).click();
    } else if (part === 'Stack editor') {
      await page.getByRole('button', { name: /Compose the request path/ }).click();
      await page.getByRole('button', { name: '+ Service tier' }).click();
      await expect(page.locator('.stack-tier[data-tier="web"]')).toBeVisible();
    }
  }
  await expect(page.getByRole('heading', { name: /could not be loaded|hit an error/ })).toHaveCount(0);
}

test('a tab opened before a deploy keeps working: the new build waits for it, its lazy parts still load, and its reload keeps the scenario', async ({
  page,
  context,
}) => {
  test.setTimeout(300_000);
  const first = `dist-e2e-sw-${PORT}-a`;
  const second = `dist-e2e-sw-${PORT}-b`;
  build(first, 'first');
  build(second, 'second');
  const host = serve();
  // The scenario moves into the hash (`#s=…`) once the page has it; reloading must keep the query and the hash.
  const url = `http://localhost:${PORT}/?speed=10&scenario=${encodeURIComponent('{"durationS":120,"title":"Kept across the update"}')}`;
  const cacheNames = () => page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('metastable-lab-')));
  const sharedAddress = async (p: Page) => {
    await expect.poll(() => p.url()).toContain('#s=');
    return p.url();
  };
  const waiting = (p: Page) => p.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state ?? null);
  try {
    host.deploy(first);
    await page.goto(url);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const other = await context.newPage();
    await other.goto(url);
    await other.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const address = await sharedAddress(other);

    // Deploy the second build and visit it in a third tab: its service worker installs and waits.
    host.deploy(second);
    const fresh = await context.newPage();
    await fresh.goto(url);
    expect(await buildOf(fresh)).toBe('second');
    // The browser looks for a new sw.js after navigations, on a schedule of its own: look now.
    await fresh.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await expect.poll(() => waiting(page), { timeout: 60_000 }).toBe('installed');
    await expect(updatePrompt(page)).toBeVisible();
    await expect(updatePrompt(fresh)).toHaveCount(0);
    expect(await cacheNames()).toHaveLength(2);

    // While it waits, the old tab opens parts it never loaded (and runs B in the compare worker).
    await openLazyParts(page, ['Fit', 'Compare', 'Mitigations']);

    // Another old tab agrees: the new build takes over there, and that tab reloads at its address.
    await updatePrompt(other).getByRole('button', { name: 'Reload' }).click();
    await expect.poll(() => buildOf(other), { timeout: 30_000 }).toBe('second');
    expect(other.url()).toBe(address);
    await expect.poll(() => waiting(page)).toBe(null);
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(/sw\.js$/);

    // The old tab, now under the new build's worker, still runs its own build and loads every lazy part of it.
    expect(await buildOf(page)).toBe('first');
    // Lessons last: a lesson loads its own scenario.
    await openLazyParts(page, ['Scenarios', 'Event editor', 'Stack editor', 'Lessons']);

    // Its prompt reloads it into the new build with the whole address; then no tab runs the old build and its cache goes.
    const oldTabAddress = await sharedAddress(page);
    const subtitle = await page.locator('.subtitle').textContent();
    await updatePrompt(page).getByRole('button', { name: 'Reload' }).click();
    await expect.poll(() => buildOf(page), { timeout: 30_000 }).toBe('second');
    expect(page.url()).toBe(oldTabAddress);
    await expect(page.locator('.subtitle')).toHaveText(subtitle ?? '');
    await expect.poll(cacheNames, { timeout: 30_000 }).toHaveLength(1);
  } finally {
    host.server.close();
  }
});
