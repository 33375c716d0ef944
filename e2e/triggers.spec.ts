import { encodeLink } from '../src/share/linkCodec';
import { defaultScenario } from '../src/sim/parseScenario';
import { captionNumber, eventsList, expect, labUrl, runState, runUntil, simSeconds, stateBadge, test } from './lab';

test.describe('the Flush cache button', () => {
  test('visibly collapses the hit rate of a warm cache', async ({ page }) => {
    // No scripted flush: only the button can empty the cache.
    await page.goto(labUrl({ speed: 10, scenario: { events: [] } }));
    await runUntil(page, 15);
    expect(await captionNumber(page, 'Hit rate')).toBeGreaterThan(80);
    await page.getByRole('button', { name: 'Flush cache' }).click();
    await expect(eventsList(page).first()).toContainText('Flush');
    await expect.poll(() => captionNumber(page, 'Hit rate'), { timeout: 30_000 }).toBeLessThan(50);
    await expect(page.locator('figure.chart[data-chart="hit"] .mark-rule.mark-flush')).toHaveCount(1);
  });
});

test.describe('keyboard shortcuts', () => {
  test('F flushes, Space pauses and plays, S steps, while no control has the focus', async ({ page }) => {
    await page.goto(labUrl({ speed: 10, scenario: { events: [] } }));
    await runUntil(page, 3);
    await page.locator('body').click({ position: { x: 700, y: 30 } });
    await page.keyboard.press('f');
    await expect(eventsList(page).first()).toContainText('Flush');
    await page.keyboard.press(' ');
    await expect(runState(page)).toHaveText('Paused');
    const held = await simSeconds(page);
    await page.keyboard.press('s');
    await expect.poll(() => simSeconds(page)).toBe(held + 1);
    await page.keyboard.press(' ');
    await expect(runState(page)).toHaveText(/^Running/);
  });

  test('typing in the seed field does not trigger them', async ({ page }) => {
    await page.goto(labUrl({ speed: 10, scenario: { events: [] } }));
    await runUntil(page, 2);
    await page.getByLabel('Seed').fill('');
    await page.getByLabel('Seed').pressSequentially('f s');
    await expect(runState(page)).toHaveText(/^Running/);
    await expect(page.getByText('Triggers and changes appear here')).toBeVisible();
  });
});

test.describe('the other triggers', () => {
  test('an outage is shaded on the charts while in force and marked in the events', async ({ page }) => {
    await page.goto(labUrl({ speed: 10, scenario: { events: [] } }));
    await runUntil(page, 5);
    await page.getByRole('button', { name: 'Pause' }).click();
    await expect(runState(page)).toHaveText('Paused');
    await page.getByRole('button', { name: 'Outage' }).click();
    await expect(eventsList(page).first()).toContainText(/outage 10 s/i);
    // Two intervals into the outage, held still so the check cannot race the clock.
    await page.getByRole('button', { name: 'Step' }).click();
    await page.getByRole('button', { name: 'Step' }).click();
    await expect(page.locator('figure.chart[data-chart="goodput"] .trigger-band')).toHaveCount(1);
    await expect(stateBadge(page)).toHaveText('Triggered');
  });
});

test.describe('a full script', () => {
  test('a live change that the script has no room for is refused with a message, not run unrecorded', async ({ page }) => {
    // 499 scripted events near the end: one more fits (the most is 500), the next does not.
    const events = Array.from({ length: 499 }, () => ({ atS: 110, type: 'flush' as const }));
    // Too long for a query: a share link, as a participant would get it.
    const encoded = await encodeLink({ ...defaultScenario(), durationS: 120, events });
    if (!encoded.ok) throw new Error(encoded.error);
    await page.goto(`./?paused=#s=${encoded.link}`);
    await expect(runState(page)).toHaveText('Paused');
    await page.getByRole('button', { name: 'Flush cache' }).click();
    await expect(eventsList(page)).toHaveCount(1);
    await page.getByRole('button', { name: 'Flush cache' }).click();
    await expect(page.getByRole('alert')).toContainText(
      'The flush was refused: the script holds 500 events, the most a scenario can have (500), so this change could not be recorded in the link',
    );
    // The run did not change: still one live flush, and the page never had to warn that the link lacks one.
    await expect(eventsList(page)).toHaveCount(1);
    await expect(page.getByText('could not be added to the script')).toHaveCount(0);
  });
});
