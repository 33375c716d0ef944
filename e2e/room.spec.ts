/**
 * A room following along: the keys and dialogs that work on every view, and a QR link that opens
 * the moment on the presenter's screen (the lesson step, paused at the same simulated time).
 */
import { expect, labUrl, runState, simSeconds, test } from './lab';

test.describe('keys and dialogs on every view', () => {
  test('? opens the one list of keys as a modal dialog that keeps the focus and gives it back', async ({ page }) => {
    await page.goto(labUrl({ paused: true }));
    const opener = page.getByRole('button', { name: 'Keys ?' });
    await opener.focus();
    await opener.press('Enter');
    const keys = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(keys).toBeVisible();
    await expect(keys.getByRole('region', { name: 'Everywhere' })).toContainText('Reset the run');
    await expect(keys.getByRole('region', { name: 'With a lesson open' })).toContainText('Next lesson step');
    // Tab never reaches the page behind a modal dialog.
    for (let k = 0; k < 4; k++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => !!document.activeElement?.closest('dialog[open]') || document.activeElement === document.body)).toBe(true);
    }
    await page.keyboard.press('Escape');
    await expect(keys).toBeHidden();
    await expect(opener).toBeFocused();
    // The key itself, with the focus on the page rather than on a control.
    await page.locator('main').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('?');
    await expect(keys).toBeVisible();
    await page.keyboard.press('Escape');
  });

  test('R resets the run in the ordinary lab view, not only in the presenter view', async ({ page }) => {
    await page.goto(labUrl({ speed: 60, scenario: { durationS: 3600 } }));
    await expect.poll(() => simSeconds(page), { timeout: 30_000 }).toBeGreaterThanOrEqual(30);
    // Paused first, so the reset run stays at 0:00 instead of racing past 30 s again at 60×.
    await page.getByRole('button', { name: 'Pause' }).click();
    await expect(runState(page)).toContainText('Paused');
    await page.locator('main').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('r');
    await expect.poll(() => simSeconds(page), { timeout: 20_000 }).toBeLessThan(30);
  });
});

test.describe('the link to the moment on screen', () => {
  test('opens the lesson step, paused at the simulated time it names', async ({ page }) => {
    await page.goto('./?lesson=retries&step=2&at=90&paused');
    await expect(page.getByRole('heading', { name: 'Twice the load, for good', exact: true })).toBeVisible();
    await expect.poll(() => simSeconds(page), { timeout: 30_000 }).toBe(90);
    await expect(page.getByRole('status').filter({ hasText: 'Paused' })).toBeVisible();
    // The phone shows the moment as the wall does: its values are not veiled like an open question's.
    await expect(page.locator('figure.chart[data-chart="goodput"] .chart-value')).toBeVisible();
  });

  test('opens a plain run paused at its time, and explains a time it cannot use', async ({ page }) => {
    await page.goto(`${labUrl({ scenario: { durationS: 600 } })}&at=45&paused`);
    await expect.poll(() => simSeconds(page), { timeout: 30_000 }).toBe(45);
    await expect(page.getByRole('status').filter({ hasText: 'Paused' })).toBeVisible();
    await page.goto(`${labUrl({ scenario: { durationS: 600 } })}&at=soon&paused`);
    await expect(page.getByText('at: "soon" is not a whole number from 0 to 86,400; it was ignored.')).toBeVisible();
  });
});

const serious = (violations: { impact?: string | null; id: string }[]) => violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');

for (const scheme of ['light', 'dark'] as const) {
  test(`axe: the keys and QR dialogs, a glossary term and the phone sheet are clean in the ${scheme} theme`, async ({ page }) => {
    const { default: AxeBuilder } = await import('@axe-core/playwright');
    const check = async () => {
      const r = await new AxeBuilder({ page }).analyze();
      expect(serious(r.violations), JSON.stringify(serious(r.violations), null, 2)).toEqual([]);
    };
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('./?lesson=herd&paused');
    await expect(page.getByRole('heading', { name: 'One flush', exact: true })).toBeVisible();
    // A term explains itself on focus, to a screen reader as its description.
    const term = page.getByRole('button', { name: 'Advertised capacity' });
    await term.focus();
    await expect(page.getByRole('tooltip')).toContainText('∞ when the warm hit rate is 100%');
    await expect(term).toHaveAccessibleDescription(/database throughput ÷ \(1 − warm hit rate\)/);
    await check();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('tooltip')).toBeHidden();
    await page.locator('main').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    await check();
    await page.keyboard.press('Escape');
    // The keys dialog must be gone (focus back on the page) before the next key is read as a shortcut.
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeHidden();
    await page.keyboard.press('q');
    await expect(page.getByRole('dialog', { name: 'Follow on your phone or laptop' })).toBeVisible();
    await check();
    await page.keyboard.press('Escape');
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(page.getByRole('button', { name: /^Controls ▾/ })).toBeVisible();
    await check();
  });
}

test('an infinite advertised capacity says what it means, on screen and in the glossary', async ({ page }) => {
  await page.goto(labUrl({ paused: true, scenario: { workload: { keys: 1000 }, cache: { capacity: 1000, warm: true } } }));
  await expect(page.getByTestId('advertised-capacity')).toHaveText('∞');
  await expect(page.locator('.cap-advertised')).toContainText('100% hits (Che): every key fits, so the DB never limits it', { useInnerText: true });
  // A tap shows the entry; a second tap hides it.
  const term = page.getByRole('button', { name: 'Advertised capacity' });
  await term.click();
  await expect(page.getByRole('tooltip')).toContainText('It reads ∞ when the warm hit rate is 100%');
  await term.click();
  await expect(page.getByRole('tooltip')).toBeHidden();
});

test('the Compare tab ticks nothing by default and asks for a mitigation before comparing', async ({ page }) => {
  await page.goto(labUrl({ paused: true }));
  await page.getByRole('tab', { name: 'Compare' }).click();
  const panel = page.getByRole('tabpanel', { name: 'Compare' });
  await expect(panel.getByRole('checkbox', { checked: true })).toHaveCount(0);
  const compare = panel.getByRole('button', { name: 'Compare' });
  await expect(compare).toBeDisabled();
  await expect(compare).toHaveAccessibleDescription('Tick at least one mitigation below for B.');
  await panel.getByRole('checkbox', { name: 'LIFO queue' }).check();
  await expect(compare).toBeEnabled();
  await expect(panel).toContainText('+ LIFO queue');
});
