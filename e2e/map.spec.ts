/**
 * The metastability map in a real browser: a map link computes its cells on Web Workers and they
 * fill in; hovering or focusing a cell explains it; clicking one opens that very run in the lab;
 * the hysteresis view draws both branches; the lab's Map button opens the map, which can be cancelled.
 * Maps are small (4 × 3 cells of 120 s runs) to keep the suite fast.
 */
import { planMap } from '../src/map/plan';
import { encodeMapLink, type MapSpec } from '../src/map/mapLink';
import { decodeLink, encodeLink } from '../src/share/linkCodec';
import { defaultScenario } from '../src/sim/parseScenario';
import type { Scenario } from '../src/sim/scenario';
import { expect, test } from './lab';

const scenario: Scenario = { ...defaultScenario(), durationS: 120, events: [{ atS: 30, type: 'flush', hottest: 713 }] };
const mapSpec: MapSpec = {
  mode: 'map',
  x: { path: 'workload.rps', from: 1000, to: 4000, steps: 4 },
  y: { path: 'events[0].hottest', from: 25, to: 1400, steps: 3 },
};

async function link(s: Scenario): Promise<string> {
  const r = await encodeLink(s);
  if (!r.ok) throw new Error(r.error);
  return r.link;
}

const mapUrl = async (spec: MapSpec) => `./?view=map#s=${await link(scenario)}&${encodeMapLink(spec)}`;

test.describe('metastability map', () => {
  test('a map link fills its cells, explains one on hover and opens it in the lab', async ({ page }) => {
    await page.goto(await mapUrl(mapSpec));
    const cells = page.locator('.map-cell');
    await expect(cells).toHaveCount(12);
    await expect(page.getByTestId('sweep-count')).toHaveText('12 / 12', { timeout: 90_000 });
    await expect(page.locator('.map-cell[data-outcome="pending"]')).toHaveCount(0);
    // The default scenario at 4,000 req/s is past its advertised capacity: never healthy.
    await expect(page.locator('.map-cell[data-index="3"]')).toHaveAttribute('data-outcome', 'never-healthy');
    await expect(page.locator('.map-legend')).toContainText('Never healthy');

    // Cell 5 is i = 1, j = 1: 2,000 req/s, 713 hottest keys flushed.
    const cell = page.locator('.map-cell[data-index="5"]');
    await cell.hover();
    const card = page.locator('.cell-card');
    await expect(card).toBeVisible();
    await expect(card).toContainText('2,000 req/s · 713 hottest keys flushed');
    await expect(card).toContainText(/Recovered|Stuck|Never healthy/);
    await expect(card).toContainText(/Final goodput: \d+% of demand/);
    await expect(cell).toHaveAttribute('aria-label', /^2,000 req\/s · 713 hottest keys flushed\. (Recovered|Stuck|Never healthy)/);

    const expected = planMap(scenario, mapSpec.x, mapSpec.y!).cells[5].scenario;
    await cell.click();
    await page.waitForURL((u) => !u.search.includes('view=map') && u.hash.startsWith('#s='));
    await expect(page.getByRole('slider', { name: 'Load', exact: true })).toHaveAttribute('aria-valuetext', /2,000/);
    await expect(page.getByLabel('Simulated time')).toContainText('/ 2:00');
    // The lab's address carries the scenario it runs: exactly the cell's (compared decoded, because
    // the browser's deflate may pack the same document into other bytes than Node's).
    const running = await decodeLink(new URL(page.url()).hash.replace(/^#s=/, ''));
    expect(running.errors).toEqual([]);
    expect(running.scenario).toEqual(expected);
  });

  test('cells are reachable by keyboard', async ({ page }) => {
    await page.goto(await mapUrl(mapSpec));
    await expect(page.getByTestId('sweep-count')).toHaveText('12 / 12', { timeout: 90_000 });
    await page.locator('.map-cell[data-index="0"]').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowUp');
    await expect(page.locator('.map-cell[data-index="5"]')).toBeFocused();
    await expect(page.locator('.cell-card')).toContainText('2,000 req/s · 713 hottest keys flushed');
  });

  test('the hysteresis view draws the warm and the cold branch', async ({ page }) => {
    await page.goto(await mapUrl(mapSpec));
    await expect(page.locator('.map-cell')).toHaveCount(12);
    // Another map link in the same tab changes only the hash: the page recomputes from it.
    await page.goto(await mapUrl({ mode: 'hysteresis', x: { path: 'workload.rps', from: 500, to: 4000, steps: 4 } }));
    await expect(page.getByRole('button', { name: 'Hysteresis' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('sweep-count')).toHaveText('8 / 8', { timeout: 90_000 });
    const plot = page.locator('.hysteresis-plot');
    await expect(plot.locator('.branch-warm circle')).toHaveCount(4);
    await expect(plot.locator('.branch-cold rect')).toHaveCount(4);
    for (const b of ['warm', 'cold']) await expect(plot.locator(`.branch-${b} path`)).toHaveAttribute('d', /^M[\d.,-]+(L[\d.,-]+){3}$/);
    await expect(plot.locator('.marker-texts text')).toContainText(['this scenario 3,000']);
    await expect(plot.locator('.marker-texts text', { hasText: 'advertised' }).first()).toBeVisible();
    await expect(page.locator('.hysteresis-summary')).toContainText('Hidden capacity: measured');
  });

  test('the lab opens the map of its scenario, and a sweep can be cancelled', async ({ page }) => {
    await page.goto('./?paused');
    await page.getByRole('button', { name: 'Map', exact: true }).click();
    await page.waitForURL(/view=map.*map=map&x=workload\.rps/);
    await expect(page.locator('.map-cell')).toHaveCount(144);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.locator('.sweep-status')).toContainText('Cancelled');
    await page.getByRole('link', { name: '← Back to the lab' }).click();
    await expect(page.getByRole('button', { name: 'Map', exact: true })).toBeVisible();
  });
});
