/**
 * Two builds served one after the other from the same address, as a deploy does. Online, the new
 * build's service worker takes over (its cache replaces the old one); offline afterwards, the last
 * build visited works whole, its lazily loaded parts (Lessons, the map) included.
 */
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { expect, test } from './lab';

const PORT = Number(process.env.E2E_PORT ?? 4174) + 20;
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/** Builds the lab into `outDir`, tagged with `buildId` so the page can tell the two builds apart. */
function build(outDir: string, buildId: string): void {
  execFileSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
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
  const cacheNames = () => page.evaluate(() => caches.keys());
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
