import { MITIGATIONS, MITIGATION_GROUPS } from '../src/mitigations/catalog';
import { captionNumber, chart, expect, eventsList, labUrl, runState, simSeconds, stateBadge, test } from './lab';
import type { Page } from '@playwright/test';

/** The HotOS example, flushed early so a storm is under way within a few wall-clock seconds. */
const STORM = { durationS: 600, events: [{ atS: 20, type: 'flush' }] };

async function openMitigations(page: Page) {
  await page.getByRole('tab', { name: 'Mitigations' }).click();
  await expect(page.getByRole('heading', { name: 'Mitigations' })).toBeVisible();
}

test.describe('the mitigation panel', () => {
  test('lists every catalogue mitigation as a described switch, in its group', async ({ page }) => {
    await page.goto(labUrl({ paused: true }));
    await openMitigations(page);
    await expect(page.getByRole('switch')).toHaveCount(MITIGATIONS.length);
    for (const g of MITIGATION_GROUPS) {
      const group = page.locator(`.mit-group[data-group="${g.id}"]`);
      await expect(group.locator('summary')).toContainText(g.label);
      await expect(group.getByRole('switch')).toHaveCount(MITIGATIONS.filter((m) => m.group === g.id).length);
    }
    const swr = page.getByRole('switch', { name: 'Stale-while-revalidate' });
    await expect(swr).not.toBeChecked();
    await expect(swr).toHaveAccessibleDescription(/background query refreshes it.*Needs a TTL/);
  });

  test('a switch flipped during a storm ends it: goodput back near demand within a simulated minute, state leaves Metastable', async ({ page }) => {
    // Waits are on simulated time, not wall time: on a busy machine 60× may run at 10×.
    test.slow();
    await page.goto(labUrl({ speed: 60, scenario: STORM }));
    await expect(stateBadge(page)).toHaveText('Metastable failure', { timeout: 60_000 });
    await page.getByRole('button', { name: 'Pause' }).click();
    await expect(runState(page)).toContainText('Paused');
    expect(await captionNumber(page, 'Goodput')).toBeLessThan(2400);
    const switchedAtS = await simSeconds(page);
    await openMitigations(page);
    await page.getByRole('switch', { name: 'Queue-delay shedding' }).check();
    await expect(page.getByRole('switch', { name: 'Queue-delay shedding' })).toBeChecked();
    // Same patch as the Load shedding slider at 200 ms, so the mark reads like the slider's.
    await expect(eventsList(page).first()).toContainText('Shedding at 200 ms');
    await page.getByRole('button', { name: 'Play' }).click();
    await expect(chart(page, 'Goodput').locator('.mark-rule.mark-live')).toHaveCount(1);
    await expect.poll(() => simSeconds(page), { timeout: 150_000, message: 'a simulated minute after the switch' }).toBeGreaterThanOrEqual(switchedAtS + 60);
    await expect.poll(() => captionNumber(page, 'Goodput'), { timeout: 60_000 }).toBeGreaterThan(2800);
    await expect(stateBadge(page)).not.toHaveText('Metastable failure');
    // The switch shows its mechanism at work, and the failures chart gains no line for it (shed is there already).
    await expect(page.locator('.mit[data-mitigation="queue-delay-shedding"] .mit-live')).toHaveText(/shed\/s/);
  });

  test("a switch's numbers are sliders with units; a change is marked by name", async ({ page }) => {
    await page.goto(labUrl({ speed: 10, scenario: { events: [] } }));
    await openMitigations(page);
    await page.getByRole('switch', { name: 'CoDel shedding' }).check();
    const target = page.locator('.mit[data-mitigation="codel"]').getByRole('slider', { name: 'Target' });
    await expect(target).toHaveAttribute('aria-valuetext', '5 ms');
    await target.focus();
    await page.keyboard.press('ArrowRight');
    await expect(target).toHaveAttribute('aria-valuetext', '6 ms');
    await expect(eventsList(page).first()).toContainText('CoDel shedding target 6 ms');
  });

  test('a switched-on circuit breaker adds its fast-fail line to the failures chart', async ({ page }) => {
    await page.goto(labUrl({ speed: 10, scenario: { events: [] } }));
    await openMitigations(page);
    const failures = chart(page, 'Retries, timeouts, shed');
    await expect(failures.locator('path.series-line:not(.series-line-b)')).toHaveCount(4);
    await page.getByRole('switch', { name: 'Circuit breaker' }).check();
    await expect(failures.locator('.legend-item', { hasText: 'fast-fail' })).toBeVisible();
    await expect(failures.locator('path.series-line:not(.series-line-b)')).toHaveCount(5);
  });
});

test.describe('accessibility of the new tabs', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`axe finds no serious violations in the Mitigations and Compare tabs (${scheme})`, async ({ page }) => {
      const { default: AxeBuilder } = await import('@axe-core/playwright');
      await page.emulateMedia({ colorScheme: scheme });
      // Paused: axe reads a still page (the compare run follows A even so).
      await page.goto(labUrl({ paused: true, scenario: STORM }));
      await page.getByRole('button', { name: 'Step' }).click();
      await openMitigations(page);
      await page.getByRole('switch', { name: 'Circuit breaker' }).check();
      const serious = async () =>
        (await new AxeBuilder({ page }).include('.lab-controls').analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(await serious()).toEqual([]);
      await page.getByRole('tab', { name: 'Compare' }).click();
      // Nothing is ticked for B by default; Compare waits for a choice.
      await page.getByRole('checkbox', { name: 'Request coalescing' }).check();
      await page.getByRole('button', { name: 'Compare' }).click();
      expect(await serious()).toEqual([]);
    });
  }
});
