/**
 * The latency chart as a room reads it: it says what it measures, a frame that delivered nothing
 * reads "no answers" (not 0 ms), P95 is drawn next to p50 and p99, and over a whole run the tail
 * percentiles are bands with a median line instead of a comb.
 */
import { chart, expect, labUrl, linePoints, runState, test } from './lab';

test.describe('the latency chart', () => {
  test('names what it measures and draws p50, p95 and p99', async ({ page }) => {
    await page.goto(labUrl({ speed: 'max', scenario: { durationS: 30 } }));
    const latency = chart(page, 'Latency');
    await expect(latency.locator('.chart-measured')).toHaveText('delivered answers and all requests');
    await expect(latency.locator('.legend')).toContainText('p50');
    await expect(latency.locator('.legend')).toContainText('p95');
    await expect(latency.locator('.legend')).toContainText('p99');
    await expect(runState(page)).toHaveText('Finished');
    // A healthy run answers from the cache in about a millisecond: p95 is a number of ms.
    await expect(latency.locator('.legend-item', { hasText: 'p95' }).locator('.legend-value')).toHaveText(/ms$/);
  });

  test('a run that delivers nothing reads "no answers", not 0 ms', async ({ page }) => {
    // A cold cache filled only by answers somebody waited for, and a database slower than the
    // timeout: no answer ever arrives in time.
    await page.goto(labUrl({ speed: 'max', scenario: { durationS: 30, cache: { warm: false }, db: { serviceMs: 2000 } } }));
    await expect(runState(page)).toHaveText('Finished');
    const latency = chart(page, 'Latency');
    await expect(latency.locator('.chart-value')).toHaveText('no answers');
    await expect(latency.locator('.legend-item', { hasText: 'p50' }).locator('.legend-value')).toHaveText('no answers');
    await expect(chart(page, 'Goodput').locator('.chart-value')).toHaveText('0 req/s');
  });

  test('over a whole run with a flush, p95 and p99 are bands with a median line, not a comb', async ({ page }) => {
    await page.goto(labUrl({ speed: 'max', scenario: { durationS: 600, events: [{ atS: 150, type: 'flush' }] } }));
    await expect(runState(page)).toHaveText('Finished');
    await page.getByRole('radio', { name: 'Whole run' }).check();
    const latency = chart(page, 'Latency');
    const bands = latency.locator('path.series-band');
    await expect(bands).toHaveCount(2);
    for (const d of await bands.evaluateAll((ps) => ps.map((p) => p.getAttribute('d') ?? ''))) expect(d.length).toBeGreaterThan(0);
    // 600 frames drawn as columns a few pixels wide: far fewer points than frames.
    const p99Points = await linePoints(page, 'Latency', 2);
    expect(p99Points).toBeGreaterThan(20);
    expect(p99Points).toBeLessThan(300);
  });
});
