import { MARGIN } from '../src/app/charts/layout';
import { captionNumber, chart, expect, labUrl, linePoints, runState, runUntil, stateBadge, test } from './lab';

test.describe('the lab on load', () => {
  test('runs the default HotOS scenario in the worker and fills the four charts', async ({ page }) => {
    await page.goto(labUrl());
    await runUntil(page, 20);
    for (const [title, unit] of [
      ['Goodput', /req\/s$/],
      ['Queue depth', /queries$/],
      ['Hit rate', /%$/],
      ['DB CPU', /%$/],
    ] as const) {
      await expect(chart(page, title).locator('figcaption .chart-value')).toHaveText(unit);
      expect(await linePoints(page, title, 0), `${title} has a line`).toBeGreaterThanOrEqual(10);
    }
    // Warm and healthy: goodput matches the 3,000 req/s offered, the cache answers ~90%.
    expect(await captionNumber(page, 'Goodput')).toBeGreaterThan(2500);
    expect(await captionNumber(page, 'Goodput')).toBeLessThan(3500);
    expect(await captionNumber(page, 'Hit rate')).toBeGreaterThan(80);
    expect(await captionNumber(page, 'DB CPU')).toBeLessThan(100);
  });

  test('shows latency and retries, timeouts and shed next to the four charts', async ({ page }) => {
    await page.goto(labUrl());
    await runUntil(page, 10);
    await expect(chart(page, 'Latency').locator('.chart-value')).toHaveText(/ms$/);
    await expect(chart(page, 'Retries, timeouts, shed').locator('.chart-value')).toHaveText(/\/s$/);
    await expect(chart(page, 'Retries, timeouts, shed').locator('.legend')).toContainText('timeouts');
  });

  test('shows advertised capacity next to hidden capacity for the HotOS numbers', async ({ page }) => {
    await page.goto(labUrl());
    // 8 workers × 20 ms = 400 q/s hidden; a 20,000-entry LRU over Zipf(1.1) makes it ~10× that warm.
    await expect(page.getByTestId('hidden-capacity')).toHaveText('400');
    await expect.poll(async () => Number((await page.getByTestId('advertised-capacity').textContent())?.replace(/,/g, ''))).toBeGreaterThan(3000);
  });
});

test.describe('the scripted flush at 150 s', () => {
  test('turns the vulnerable system into a metastable failure that outlasts the trigger', async ({ page }) => {
    // The default scenario cut at 200 s: 150 s warm, the flush, then 50 s to see what stays.
    await page.goto(labUrl({ speed: 'max', scenario: { durationS: 200, events: [{ atS: 150, type: 'flush' }] } }));
    await expect(runState(page)).toHaveText('Finished');
    const ribbon = await page.locator('.timeline .ribbon rect').evaluateAll((rects) => rects.map((r) => r.getAttribute('data-state')));
    expect(ribbon[0]).toBe('vulnerable');
    expect(ribbon.at(-1)).toBe('metastable');
    await expect(stateBadge(page)).toHaveText('Metastable failure');
    await expect(page.locator('.state-why')).toContainText('Trigger over');
    expect(await captionNumber(page, 'Hit rate')).toBeLessThan(50);
    // The sustaining effect: the database is saturated, mostly by answers nobody waits for.
    expect(await captionNumber(page, 'DB CPU')).toBeGreaterThan(95);
    const wasted = await chart(page, 'DB CPU').locator('.legend-value').textContent();
    expect(Number(wasted?.replace('%', ''))).toBeGreaterThan(50);
    // …while the shortest queue wait stays above the 1 s timeout: a standing queue.
    const minWait = await chart(page, 'Latency').locator('.legend-item', { hasText: 'min queue wait' }).locator('.legend-value').textContent();
    expect(Number(minWait?.replace(/[^0-9.]/g, ''))).toBeGreaterThan(1000);
    // The flag on the timeline and a rule on every chart, at its simulated time.
    await expect(page.locator('.timeline .flag.mark-flush')).toHaveCount(1);
    await expect(page.locator('figure.chart .mark-rule.mark-flush')).toHaveCount(6);
  });
});

test.describe('the time window', () => {
  test('rolls over the last 120 s, and shows the whole run on request', async ({ page }) => {
    await page.goto(labUrl({ speed: 'max', scenario: { durationS: 300 } }));
    await expect(runState(page)).toHaveText('Finished');
    const ticks = () => chart(page, 'Goodput').locator('.axis-x .tick text').allTextContents();
    expect((await ticks())[0]).not.toBe('0:00');
    await page.getByRole('radio', { name: 'Whole run' }).check();
    await expect.poll(ticks).toContain('0:00');
    expect((await ticks()).at(-1)).toBe('5:00');
  });
});

test.describe('reading a moment', () => {
  test('pointing at a time on one chart shows the values of that moment on every chart', async ({ page }) => {
    await page.goto(labUrl({ speed: 'max', scenario: { durationS: 200, events: [{ atS: 150, type: 'flush' }] } }));
    await expect(runState(page)).toHaveText('Finished');
    expect(await captionNumber(page, 'Hit rate')).toBeLessThan(50);
    // The rolling window shows 80–200 s: point at 120 s, before the flush.
    const plot = chart(page, 'Goodput').locator('.chart-plot');
    const box = (await plot.boundingBox())!;
    const x = MARGIN.left + ((120 - 80) / 120) * (box.width - MARGIN.left - MARGIN.right);
    await plot.hover({ position: { x, y: box.height / 2 } });
    await expect(chart(page, 'Hit rate').locator('.chart-at')).toHaveText(/^at 2:0\d$/);
    expect(await captionNumber(page, 'Hit rate')).toBeGreaterThan(80);
    // Every chart marks the moment (a zero-width rule: checked by presence, not by box).
    await expect(page.locator('figure.chart g.hover:not([display="none"]) .hover-rule')).toHaveCount(6);
    // Leaving the plot goes back to the latest values.
    await page.mouse.move(box.x + box.width / 2, 5);
    await expect(chart(page, 'Hit rate').locator('.chart-at')).toHaveText('');
    await expect(page.locator('figure.chart g.hover:not([display="none"])')).toHaveCount(0);
    expect(await captionNumber(page, 'Hit rate')).toBeLessThan(50);
  });
});

test.describe('chart layers', () => {
  test('stack in paint order: shaded spans under the axes, lines and labels over them, the hover marker on top', async ({ page }) => {
    await page.goto(labUrl());
    await runUntil(page, 5);
    const groups = await chart(page, 'Goodput')
      .locator('svg > g')
      .evaluateAll((gs) => gs.map((g) => g.getAttribute('class')));
    expect(groups).toEqual([
      'bands',
      'highlights',
      'states',
      'grid',
      'axis axis-y',
      'axis axis-x',
      'references',
      'rules',
      'observed',
      'series',
      'tier-line',
      'compare',
      'crossings',
      'hover',
    ]);
  });
});
