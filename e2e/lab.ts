/**
 * Shared steps for the lab's browser tests, phrased the way a workshop participant reads the page:
 * the simulated clock, a chart's caption, the events list.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { simSeconds } from './clock';

export { parseClock, simSeconds } from './clock';

/** The page address for a scenario (partial document, validated by the page) and a speed. */
export function labUrl(opts: { scenario?: object; speed?: 1 | 10 | 60 | 'max'; paused?: boolean } = {}): string {
  const q = new URLSearchParams();
  if (opts.scenario) q.set('scenario', JSON.stringify(opts.scenario));
  if (opts.speed !== undefined) q.set('speed', String(opts.speed));
  if (opts.paused) q.set('paused', '');
  const s = q.toString();
  return s ? `./?${s}` : './';
}

/** Fails the test on any console error or uncaught page error. */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(e.message));
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

/** Waits until the simulated clock reaches `seconds`. */
export async function runUntil(page: Page, seconds: number): Promise<void> {
  await expect.poll(() => simSeconds(page), { timeout: 45_000, message: `simulated time to reach ${seconds} s` }).toBeGreaterThanOrEqual(seconds);
}

/** The figure of a chart, found by the metric its caption names. */
export function chart(page: Page, title: string) {
  return page.locator('figure.chart').filter({ has: page.locator('.chart-title', { hasText: new RegExp(`^${title}$`) }) });
}

/** The latest value a chart's caption shows, as a number (commas and units stripped). */
export async function captionNumber(page: Page, title: string): Promise<number> {
  const text = (await chart(page, title).locator('.chart-value').textContent()) ?? '';
  return Number(text.replace(/[^0-9.-]/g, ''));
}

/** Number of points in the line of a chart's `k`-th series. */
export async function linePoints(page: Page, title: string, k = 0): Promise<number> {
  const d = (await chart(page, title).locator('path.series-line').nth(k).getAttribute('d')) ?? '';
  return (d.match(/[ML]/g) ?? []).length;
}

export const stateBadge = (page: Page) => page.locator('.state-badge');
/** The run clock's status: "Paused", "Running at 10×", "Finished" (other panels have statuses too). */
export const runState = (page: Page) => page.locator('.run-clock .run-state');
export const eventsList = (page: Page) => page.getByRole('region', { name: /Events/ }).getByRole('listitem');
