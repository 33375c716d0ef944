/**
 * Share links: the address always carries the scenario, live changes included, and opening it
 * replays the same run (same fingerprint); bad links are explained and the lab keeps running.
 */
import type { Page } from '@playwright/test';
import { expect, eventsList, labUrl, runUntil, simSeconds, test } from './lab';

const finished = (page: Page) => page.getByRole('status').filter({ hasText: 'Finished' });
/** Pauses the run and waits until the page says so. */
/** Steps a paused run one interval at a time until the clock shows `seconds`. */
const stepTo = async (page: Page, seconds: number) => {
  for (let t = await simSeconds(page); t < seconds; t++) {
    await page.getByRole('button', { name: 'Step' }).click();
    await expect.poll(() => simSeconds(page)).toBe(t + 1);
  }
};
const linkOf = async (page: Page) => {
  await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#s=v1\./);
  return page.evaluate(() => location.hash);
};

test('the address carries live changes, and the link replays the same run at any speed', async ({ page, browser }) => {
  await page.goto(labUrl({ speed: 10, paused: true, scenario: { durationS: 40, events: [] } }));
  // The scenario now travels in the hash; the ?scenario= query is gone.
  await linkOf(page);
  expect(page.url()).not.toContain('scenario=');
  // The run is moved by Step while paused, so each change lands at a known simulated time however
  // busy the machine is (at 10× a change made while running could arrive after the 40 s end).
  await stepTo(page, 8);
  const load = page.getByRole('slider', { name: 'Load', exact: true });
  await load.focus();
  await page.keyboard.press('ArrowRight');
  await expect(eventsList(page).first()).toContainText('Load 3,100 req/s');
  await stepTo(page, 14);
  await page.getByRole('button', { name: 'Flush cache' }).click();
  await expect(eventsList(page).first()).toContainText('Flush');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(finished(page)).toBeVisible({ timeout: 30_000 });
  const fingerprint = await page.getByTestId('fingerprint').textContent();
  const hashAfter = await page.evaluate(() => location.hash);

  // Someone else opens the link, at max speed: two scripted events, the same numbers.
  const other = await browser.newPage();
  await other.goto(`./?speed=max${hashAfter}`);
  await expect(finished(other)).toBeVisible();
  await expect(other.getByTestId('frame-count')).toHaveText('40');
  await expect(other.getByTestId('fingerprint')).toHaveText(fingerprint ?? '');
  await expect(eventsList(other).filter({ hasText: 'scripted' })).toHaveCount(2);
  await expect(eventsList(other).filter({ hasText: 'live' })).toHaveCount(0);
  await expect(other.getByRole('alert')).toHaveCount(0);
  await other.close();
});

test('Copy link puts the current link on the clipboard and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(labUrl({ speed: 10, paused: true }));
  await page.getByLabel('Seed').fill('11');
  await page.getByRole('button', { name: 'Restart' }).click();
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(page.url());
  expect(copied).toMatch(/#s=v1\./);
});

test('without a clipboard, Copy link shows the link selected in a read-only field', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
  });
  await page.goto(labUrl({ speed: 10, paused: true }));
  await page.getByRole('button', { name: 'Copy link' }).click();
  const field = page.getByLabel(/press Ctrl\+C/);
  await expect(field).toBeFocused();
  await expect(field).toHaveAttribute('readonly', '');
  expect(await field.inputValue()).toBe(page.url());
  expect(await field.evaluate((el: HTMLInputElement) => el.selectionEnd! - el.selectionStart!)).toBe(page.url().length);
});

const BAD_LINKS: { name: string; hash: string; says: RegExp }[] = [
  { name: 'not a link', hash: '#s=hello', says: /does not start with "v1\."/ },
  { name: 'truncated', hash: '#s=v1.eJyrVkrOzytJzSvxTFGyMjQw0FFKSSxJVLIyNKgFAGAsB', says: /cut off|damaged/ },
  { name: 'from a newer version', hash: '#s=v9.abc', says: /newer version/ },
  { name: 'absurdly long', hash: `#s=v1.${'A'.repeat(20_000)}`, says: /characters long/ },
  { name: 'bad base64', hash: '#s=v1.$$$<script>', says: /could not be read/ },
];

for (const bad of BAD_LINKS) {
  test(`a bad link (${bad.name}) is explained and the lab runs the default scenario`, async ({ page }) => {
    await page.goto(`./?speed=60${bad.hash}`);
    await expect(page.getByRole('alert')).toContainText(bad.says);
    await runUntil(page, 3);
    await expect(page.locator('.subtitle')).toHaveText('Look-aside cache · capacity-limited database');
    // The address now carries what runs.
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#s=v1\./);
  });
}

test('wrong types, out-of-range values, unknown fields and script in the title: named, valid part kept, nothing injected', async ({ page }) => {
  // Encode a hostile document with the page's own codec, as an attacker could.
  await page.goto(labUrl({ speed: 60, paused: true }));
  const hostile = {
    version: 1,
    title: '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>',
    durationS: 120,
    db: { workers: -3, serviceMs: 'slow' },
    cache: { capacity: 5000, colour: 'red' },
    events: [
      { atS: 30, type: 'flush' },
      { atS: 9999, type: 'flush' },
    ],
  };
  const hash = await page.evaluate(async (doc) => {
    const bytes = new TextEncoder().encode(JSON.stringify(doc));
    const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate'));
    const packed = new Uint8Array(await new Response(stream).arrayBuffer());
    let bin = '';
    packed.forEach((b) => (bin += String.fromCharCode(b)));
    return `#s=v1.${btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
  }, hostile);
  const fresh = await page.context().newPage();
  await fresh.goto(`./?speed=60${hash}`);
  const alert = fresh.getByRole('alert');
  for (const field of ['db.workers', 'db.serviceMs', 'cache.colour', 'events[1].atS']) await expect(alert).toContainText(field);
  // The valid part runs: its title (as text), its duration, its cache size and its first flush.
  await expect(fresh.locator('.subtitle')).toHaveText(hostile.title);
  await expect(fresh.getByLabel('Simulated time')).toContainText('/ 2:00');
  await expect(fresh.getByRole('slider', { name: 'Cache size', exact: true })).toHaveAttribute('aria-valuetext', /^5,000 entries/);
  await runUntil(fresh, 35);
  await expect(eventsList(fresh).first()).toContainText('Flush');
  expect(await fresh.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(fresh.locator('img[src="x"], .subtitle script')).toHaveCount(0);
  await fresh.close();
});

test('a link pasted into the address of a running lab loads without a reload; a bad one keeps the run', async ({ page }) => {
  await page.goto(labUrl({ speed: 60, scenario: { durationS: 300, title: 'First' } }));
  const first = await linkOf(page);
  await page.goto(labUrl({ speed: 60, scenario: { durationS: 200, title: 'Second' } }));
  await linkOf(page);
  await page.evaluate((h) => (location.hash = h), first);
  await expect(page.locator('.subtitle')).toHaveText('First');
  await expect(page.getByLabel('Simulated time')).toContainText('/ 5:00');
  await page.evaluate(() => (location.hash = '#s=v1.broken'));
  await expect(page.getByRole('alert')).toContainText('could not be read');
  await expect(page.locator('.subtitle')).toHaveText('First');
  await expect.poll(() => page.evaluate(() => location.hash)).toBe(first);
});

test('a map link keeps its axes beside a long scenario, and names bad axes in an alert', async ({ page }) => {
  // Enough scripted events that the scenario part alone is well over a kilobyte.
  const events = Array.from({ length: 200 }, (_, i) => ({ atS: 1 + i * 0.5, type: 'flush', hottest: 1 + ((i * 7919) % 997) }));
  await page.goto(labUrl({ paused: true, scenario: { durationS: 120, events } }));
  const hash = await linkOf(page);
  expect(hash.length).toBeGreaterThan(1100);
  await page.goto(`./?view=map${hash}&map=hysteresis&x=workload.rps:500:3500:3`);
  await expect(page.getByTestId('sweep-count')).toHaveText(/\/ 6$/);
  await expect(page.getByRole('alert')).toHaveCount(0);

  await page.goto(`./?view=map${hash}&map=map&x=workload.rps:500:3500:3&y=events%5B0%5D.changes.__proto__.toString:1:2:2`);
  await expect(page.getByRole('alert')).toContainText('unknown path');
});
