/**
 * The observed overlay in a real browser: the real flush trace, imported in the Fit tab, is drawn on
 * the goodput chart beside the run and labelled "observed"; shifting it moves the line and changes
 * which observed second the caption reads beside the run's value; removing it clears the charts.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Locator } from '@playwright/test';
import { MARGIN } from '../src/app/charts/layout';
import { chart, expect, labUrl, parseClock, runState, test } from './lab';

const TRACE_PATH = 'test/fit/fixtures/realstack-flush.csv';

/** The trace's success rate by its second (t_s), as the file holds it. */
function goodputBySecond(): Map<number, number> {
  const [header, ...rows] = readFileSync(TRACE_PATH, 'utf8').trim().split('\n');
  const cols = header.split(',');
  const t = cols.indexOf('t_s');
  const g = cols.indexOf('goodput_rps');
  return new Map(rows.map((r) => r.split(',')).map((c) => [Number(c[t]), Number(c[g])]));
}

const numberIn = async (l: Locator) => Number(((await l.textContent()) ?? '').replace(/[^0-9.-]/g, ''));
/** x of the first point of an SVG path. */
const firstX = async (path: Locator) => Number(/^M([\d.]+),/.exec((await path.getAttribute('d')) ?? '')?.[1]);

test('the imported trace is drawn on the goodput chart as "observed", shifts with the control, and the caption reads both runs', async ({ page }) => {
  const trace = goodputBySecond();
  await page.goto(labUrl({ speed: 'max', scenario: { durationS: 120 } }));
  await expect(runState(page)).toHaveText('Finished');
  await page.getByRole('tab', { name: 'Fit' }).click();
  await page.getByTestId('fit-import-file').setInputFiles(TRACE_PATH);
  await expect(page.getByTestId('fit-status')).toHaveText('Imported realstack-flush.csv: csv, 300 frames of 1 s.');

  const goodput = chart(page, 'Goodput');
  const band = goodput.locator('path.series-line-observed[data-observed="goodput_rps"]');
  // One point per second of the 120 s shown (the trace is longer; the rest is off the plot).
  await expect(band).toHaveAttribute('d', /^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){100,}$/);
  await expect(goodput.locator('.chart-observed')).toContainText('observed');
  // Offered load and first attempts are in the file too, so they are drawn beside the run's.
  await expect(goodput.locator('path.series-line-observed')).toHaveCount(3);
  // Metrics the file has go to the charts that show them; charts it has nothing for stay as they were.
  await expect(chart(page, 'Hit rate').locator('path.series-line-observed[data-observed="hit_rate"]')).toHaveCount(1);
  await expect(chart(page, 'Latency').locator('path.series-line-observed')).toHaveCount(1);
  await expect(chart(page, 'Latency').locator('.chart-value-observed')).toHaveText(/ms$/);

  // Point at a moment: the caption shows the run's goodput and the trace's at that second.
  const plot = goodput.locator('.chart-plot');
  const box = (await plot.boundingBox())!;
  // The middle of the plot; pointed at again before each reading, in case typing moved the pointer.
  const pointAtMiddle = () => plot.hover({ position: { x: MARGIN.left + 0.5 * (box.width - MARGIN.left - MARGIN.right), y: box.height / 2 } });
  await pointAtMiddle();
  await expect(goodput.locator('.chart-at')).toHaveText(/^at \d:\d\d$/);
  const atS = parseClock(((await goodput.locator('.chart-at').textContent()) ?? '').replace('at ', ''));
  await expect(goodput.locator('.chart-value')).toHaveText(/req\/s$/);
  const observed = goodput.locator('.chart-value-observed');
  await expect(observed).toHaveText(/req\/s$/);
  expect(await numberIn(observed)).toBe(trace.get(atS));

  // Shift the trace 5 s later: its line starts further right, and the caption reads 5 s earlier in it.
  const before = await firstX(band);
  const shift = page.getByLabel('Shift observed (s)');
  await shift.fill('5');
  await expect.poll(() => firstX(band)).toBeGreaterThan(before);
  await pointAtMiddle();
  await expect.poll(() => numberIn(observed)).toBe(trace.get(atS - 5));
  // The arrow keys step it a second at a time.
  await shift.press('ArrowUp');
  await expect(shift).toHaveValue('6');
  await pointAtMiddle();
  await expect.poll(() => numberIn(observed)).toBe(trace.get(atS - 6));
  // A shift out of range is refused with the allowed range; the line stays where it was.
  await shift.fill('99999');
  await expect(page.getByRole('alert')).toHaveText('Shift: 99999 s is out of range (allowed: −3600 to 3600 s)');
  await pointAtMiddle();
  await expect.poll(() => numberIn(observed)).toBe(trace.get(atS - 6));

  await page.getByRole('button', { name: 'Remove overlay' }).click();
  await expect(page.locator('path.series-line-observed')).toHaveCount(0);
  await expect(page.locator('.chart-observed')).toHaveCount(0);
  // The import is kept: it can go back on the charts without reading the file again.
  await page.getByRole('button', { name: 'Show realstack-flush.csv on the charts' }).click();
  await expect(band).toHaveCount(1);
});

test('the overlay and its controls pass axe (contrast of the "observed" captions, labelled controls)', async ({ page }) => {
  await page.goto(labUrl({ speed: 'max', scenario: { durationS: 60 } }));
  await expect(runState(page)).toHaveText('Finished');
  await page.getByRole('tab', { name: 'Fit' }).click();
  await page.getByTestId('fit-import-file').setInputFiles(TRACE_PATH);
  await expect(chart(page, 'Goodput').locator('.chart-observed')).toBeVisible();
  const result = await new AxeBuilder({ page }).include('.fit-panel').include('.chart-grid').analyze();
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious, JSON.stringify(serious, null, 2)).toEqual([]);
});
