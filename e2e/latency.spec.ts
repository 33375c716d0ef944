/**
 * The latency chart as a room reads it: its headline is the p99 over every request (failures at the
 * time their caller gave up) and says so, the served percentiles sit beside it and read "no answers"
 * (not 0 ms) in a frame that served nothing, and over a whole run the tail percentiles are bands with
 * a median line instead of a comb.
 */
import { captionNumber, chart, expect, labUrl, linePoints, runState, test } from './lab';

test.describe('the latency chart', () => {
  test('leads with the p99 of every request and draws the served p50, p95 and p99 beside it', async ({ page }) => {
    await page.goto(labUrl({ speed: 'max', scenario: { durationS: 30 } }));
    const latency = chart(page, 'Latency');
    await expect(latency.locator('.chart-measured')).toHaveText('p99 of every request');
    await expect(latency.locator('.legend-headline')).toContainText('p99 all, failures too');
    await expect(latency.locator('.legend')).toContainText('p50 served');
    await expect(latency.locator('.legend')).toContainText('p95 served');
    await expect(latency.locator('.legend')).toContainText('p99 served');
    await expect(runState(page)).toHaveText('Finished');
    await expect(latency.locator('.chart-value')).toHaveText(/ms$/);
    // A healthy run answers from the cache in about a millisecond: p95 is a number of ms.
    await expect(latency.locator('.legend-item', { hasText: 'p95' }).locator('.legend-value')).toHaveText(/ms$/);
  });

  test('a run that serves nothing reads "no answers" for the served percentiles, and its headline still measures its users', async ({ page }) => {
    // A cold cache filled only by answers somebody waited for, and a database slower than the
    // timeout: no answer ever arrives in time.
    await page.goto(labUrl({ speed: 'max', scenario: { durationS: 30, cache: { warm: false }, db: { serviceMs: 2000 } } }));
    await expect(runState(page)).toHaveText('Finished');
    const latency = chart(page, 'Latency');
    for (const served of ['p50 served', 'p95 served', 'p99 served'])
      await expect(latency.locator('.legend-item', { hasText: served }).locator('.legend-value')).toHaveText('no answers');
    // Every user failed, and the headline counts each at the time its caller gave up: a time, not a gap.
    await expect(latency.locator('.chart-value')).toHaveText(/^[\d,.]+ ms$/);
    expect(await captionNumber(page, 'Latency')).toBeGreaterThan(0);
    await expect(chart(page, 'Goodput').locator('.chart-value')).toHaveText('0 req/s');
  });

  test('over a whole run with a flush, p95 and p99 are bands with a median line, not a comb', async ({ page }) => {
    await page.goto(labUrl({ speed: 'max', scenario: { durationS: 600, events: [{ atS: 150, type: 'flush' }] } }));
    await expect(runState(page)).toHaveText('Finished');
    await page.getByRole('radio', { name: 'Whole run' }).check();
    const latency = chart(page, 'Latency');
    const bands = latency.locator('path.series-band');
    await expect(bands).toHaveCount(3);
    for (const d of await bands.evaluateAll((ps) => ps.map((p) => p.getAttribute('d') ?? ''))) expect(d.length).toBeGreaterThan(0);
    // 600 frames drawn as columns a few pixels wide: far fewer points than frames.
    const p99Points = await linePoints(page, 'Latency', 0);
    expect(p99Points).toBeGreaterThan(20);
    expect(p99Points).toBeLessThan(300);
  });
});
