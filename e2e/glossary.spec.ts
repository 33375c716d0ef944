/**
 * The room's jargon explains itself: every term of art on the main view (chart titles and legends,
 * the state, the capacities), in the Mitigations tab and in a lesson's text is a glossary Term that
 * shows its entry on focus, hover or tap, and gives it to a screen reader as its description.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, labUrl, runState, test } from './lab';

/**
 * The words a room asked about (issue 14), as the main view writes them; words of one glossary entry
 * are grouped, since an entry is explained at its first mention in a caption (p99 stands for p95).
 */
const JARGON = [
  ['Goodput'],
  ['offered', 'first attempts'],
  ['Hit rate'],
  ["Che's prediction"],
  ['DB CPU'],
  ['nobody waits'],
  ['p99', 'p95'],
  ['retries'],
  ['timeouts'],
  ['shed'],
  ['rejected'],
  ['min queue wait'],
  ['Metastable failure'],
  ['Vulnerable'],
  ['Recovering'],
  ['Advertised capacity'],
  ['Hidden capacity'],
];
const anyOf = (words: string[]) => new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'i');
/** The parts of the main view that show jargon: chart captions, the state's name, the capacities (the state's
 * reason is a sentence repainted every frame with its numbers, and names the terms the charts explain). */
const PARTS = 'figure.chart figcaption, figure.timeline figcaption, .state-head, .capacity-readout';

const STORM = { durationS: 240, events: [{ atS: 60, type: 'flush' }] };

/** The bubble a term shows, found through the button's aria-describedby. */
async function bubbleOf(page: Page, term: Locator): Promise<Locator> {
  const id = await term.getAttribute('aria-describedby');
  expect(id).toBeTruthy();
  return page.locator(`[id="${id}"]`);
}

test.describe('the glossary on screen', () => {
  test('focusing a term shows its definition, Escape hides it, and a tap pins it', async ({ page }) => {
    await page.goto(labUrl({ paused: true }));
    const term = page.locator('figure.chart[data-chart="goodput"] .chart-title').getByRole('button', { name: 'Goodput' });
    const bubble = await bubbleOf(page, term);
    await expect(bubble).toBeHidden();
    await term.focus();
    await expect(bubble).toBeVisible();
    await expect(bubble).toHaveText(/^Goodput\. Requests answered in time, per second\./);
    await expect(term).toHaveAccessibleDescription(/Requests answered in time/);
    await page.keyboard.press('Escape');
    await expect(bubble).toBeHidden();
    await page.mouse.move(0, 0);
    await term.blur();
    await term.click();
    await expect(bubble).toBeVisible();
    // A bubble at the right edge of the window stays inside it.
    const box = await bubble.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(page.viewportSize()!.width);
    await term.click();
    await expect(bubble).toBeHidden();
  });

  test('every term of art on the main view is a Term with an entry', async ({ page }) => {
    await page.goto(labUrl({ speed: 'max', scenario: STORM }));
    await expect(runState(page)).toHaveText('Finished');
    await expect(page.locator('.state-badge')).toHaveText('Metastable failure');
    // Each jargon word shown in a part of the view is explained there (at its first mention).
    for (const words of JARGON) {
      const parts = page.locator(PARTS).filter({ hasText: anyOf(words) });
      expect(await parts.count(), `"${words[0]}" is on the main view`).toBeGreaterThan(0);
      for (const part of await parts.all()) {
        await expect(
          part
            .locator('.term-label')
            .filter({ hasText: anyOf(words) })
            .first(),
          `"${words[0]}" explains itself`,
        ).toBeVisible();
      }
    }
    // Every Term on the view has a definition to show: a sentence of its entry, not its name alone.
    const terms = page.locator(`:is(${PARTS}) .term-label`);
    expect(await terms.count()).toBeGreaterThan(15);
    for (const term of await terms.all()) {
      await expect(term).toHaveAccessibleDescription(/^[^.]+\. [A-Z].{30,}\.$/);
    }
  });

  test('the mitigation names explain themselves without flipping their switch', async ({ page }) => {
    await page.goto(labUrl({ paused: true }));
    await page.getByRole('tab', { name: 'Mitigations' }).click();
    const codel = page.getByRole('switch', { name: 'CoDel shedding' });
    const term = page.locator('.mit-label').getByRole('button', { name: 'CoDel' });
    await term.click();
    const bubble = await bubbleOf(page, term);
    await expect(bubble).toContainText('Controlled Delay');
    await expect(codel).not.toBeChecked();
    await expect(page.locator('.mit-label').getByRole('button', { name: 'Circuit breaker' })).toHaveAccessibleDescription(/fails fast/);
  });

  test("a lesson's text explains its terms", async ({ page }) => {
    await page.goto('./?lesson=herd&paused');
    const lesson = page.getByRole('complementary', { name: /herd effect/ });
    const demand = lesson.locator('.step-question').getByRole('button', { name: 'demand' });
    await demand.focus();
    await expect(await bubbleOf(page, demand)).toContainText('Demand is the new requests clients send per second');
  });
});
