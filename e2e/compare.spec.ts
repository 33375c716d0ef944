import type { Page } from '@playwright/test';
import { captionNumber, chart, expect, labUrl, runState, simSeconds, stateBadge, test } from './lab';

// Long enough that a busy machine never sees the run finish before the test is done with it.
const STORM = { durationS: 3600, events: [{ atS: 20, type: 'flush' }] };

/** Run B's headline value in a chart's caption, as a number. */
async function captionB(page: Page, title: string): Promise<number> {
  const text = (await chart(page, title).locator('[data-run="b"]').textContent()) ?? '';
  return Number(text.replace(/[^0-9.-]/g, ''));
}

async function chooseForB(page: Page, ids: { uncheck?: string[]; check: string[] }) {
  await page.getByRole('tab', { name: 'Compare' }).click();
  for (const name of ids.uncheck ?? []) await page.getByRole('checkbox', { name }).uncheck();
  for (const name of ids.check) await page.getByRole('checkbox', { name }).check();
}

test.describe('the compare view', () => {
  test('draws run B next to A on the same charts: B recovers with LIFO while A stays stuck', async ({ page }) => {
    await page.goto(labUrl({ speed: 60, scenario: STORM }));
    await chooseForB(page, { uncheck: ['Request coalescing'], check: ['LIFO queue'] });
    await page.getByRole('button', { name: 'Compare' }).click();
    await expect(page.getByRole('button', { name: 'Stop comparing' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('[data-run-summary="b"]')).toContainText('served');
    // Every chart names B with its value, and carries B's dotted line.
    await expect(page.locator('figure.chart .chart-b')).toHaveCount(6);
    await expect(stateBadge(page)).toHaveText('Metastable failure', { timeout: 30_000 });
    await expect.poll(() => captionB(page, 'Goodput'), { timeout: 30_000 }).toBeGreaterThan(2800);
    expect(await captionNumber(page, 'Goodput')).toBeLessThan(2400);
    await expect(page.locator('[data-run-summary="a"]')).toContainText('Metastable failure');
    await expect(page.locator('[data-run-summary="b"]')).not.toContainText('Metastable failure');
    const d = (await chart(page, 'Goodput').locator('path.series-line-b').getAttribute('d')) ?? '';
    expect((d.match(/[ML]/g) ?? []).length).toBeGreaterThan(20);
  });

  test('B advances in lockstep with A and stops when A pauses; mitigations from a chosen time', async ({ page }) => {
    await page.goto(labUrl({ speed: 60, scenario: STORM }));
    await chooseForB(page, { uncheck: ['Request coalescing'], check: ['CoDel shedding'] });
    await page.getByRole('radio', { name: 'from', exact: true }).check();
    await page.getByLabel("Switch B's mitigations on at, simulated seconds").fill('60');
    await expect(page.locator('[data-run-summary="b"]').locator('..')).toContainText('CoDel shedding from 1:00');
    await page.getByRole('button', { name: 'Compare' }).click();
    await expect.poll(() => captionB(page, 'Goodput'), { timeout: 30_000 }).toBeGreaterThan(2800);
    await page.getByRole('button', { name: 'Pause' }).click();
    await expect(runState(page)).toHaveText('Paused');
    // A's clock shows where A stopped once its last batch is painted; B then stands at the same second.
    const bSeconds = async () => Math.floor(Number(await page.locator('[data-run-summary="b"]').getAttribute('data-now-s')));
    await expect.poll(async () => (await bSeconds()) - (await simSeconds(page))).toBe(0);
    const a = await simSeconds(page);
    expect(await bSeconds()).toBe(a);
    await page.getByRole('button', { name: 'Stop comparing' }).click();
    await expect(page.locator('figure.chart .chart-b')).toHaveCount(0);
    await expect(chart(page, 'Goodput').locator('path.series-line-b')).not.toHaveAttribute('d', /M/);
  });
});
