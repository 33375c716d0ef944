/** The run clock as the page shows it ("m:ss / m:ss"), shared by the browser tests and the screenshot tools. */
import type { Page } from 'playwright-core';

/** Seconds in the first half of "m:ss / m:ss". */
export function parseClock(text: string): number {
  const parts = text.split('/')[0].trim().split(':').map(Number);
  return parts.reduce((acc, p) => acc * 60 + p, 0);
}

/** Simulated seconds shown by the run clock. */
export async function simSeconds(page: Pick<Page, 'getByLabel'>): Promise<number> {
  return parseClock((await page.getByLabel('Simulated time').textContent()) ?? '');
}

/** Waits, in the page, until the simulated clock reaches `seconds` (for tools outside the test runner). */
export async function waitForSimSeconds(page: Page, seconds: number, timeoutMs = 120_000): Promise<void> {
  await page.waitForFunction(
    (target) => {
      const t = document.querySelector('[aria-label="Simulated time"]')?.textContent ?? '';
      const parts = t.split('/')[0].trim().split(':').map(Number);
      return parts.reduce((acc, p) => acc * 60 + p, 0) >= target;
    },
    seconds,
    { timeout: timeoutMs, polling: 100 },
  );
}
