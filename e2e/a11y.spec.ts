import AxeBuilder from '@axe-core/playwright';
import { expect, labUrl, runState, runUntil, test } from './lab';

const serious = (violations: { impact?: string | null }[]) => violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no serious or critical violations in the ${scheme} theme, warm and in the storm`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(labUrl({ speed: 'max', scenario: { durationS: 200, events: [{ atS: 150, type: 'flush' }] } }));
    await runUntil(page, 100);
    const warm = await new AxeBuilder({ page }).analyze();
    expect(serious(warm.violations), JSON.stringify(serious(warm.violations), null, 2)).toEqual([]);
    await expect(runState(page)).toHaveText('Finished');
    const storm = await new AxeBuilder({ page }).analyze();
    expect(serious(storm.violations), JSON.stringify(serious(storm.violations), null, 2)).toEqual([]);
  });
}

test('every control is reachable with Tab and shows a visible focus ring', async ({ page }) => {
  await page.goto(labUrl({ paused: true }));
  const names: string[] = [];
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      // Segmented radios draw their ring on the visible label next to the hidden input.
      const ringed = el.matches('.seg input') ? (el.nextElementSibling as HTMLElement) : el;
      const style = getComputedStyle(ringed);
      const label = el.getAttribute('aria-label') ?? (el as HTMLInputElement).labels?.[0]?.textContent ?? el.textContent ?? '';
      return { label: label.trim(), outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    if (info === null || names.includes(info.label)) break;
    expect(info.outline, `focus ring on ${info.label}`).not.toBe('none');
    expect(info.width, `focus ring width on ${info.label}`).toBeGreaterThanOrEqual(2);
    names.push(info.label);
  }
  for (const wanted of [
    'Dark theme',
    'Play',
    'Step',
    'Reset',
    'Seed',
    'Flush cache',
    'Load',
    'Cache size',
    'DB capacity',
    'Retries',
    'Timeout',
    'Load shedding',
  ]) {
    expect(
      names.some((n) => n.startsWith(wanted)),
      `${wanted} in the tab order (${names.join(' | ')})`,
    ).toBe(true);
  }
});

test('sliders announce their value with units', async ({ page }) => {
  await page.goto(labUrl({ paused: true }));
  await expect(page.getByRole('slider', { name: 'Cache size' })).toHaveAttribute('aria-valuetext', /entries/);
  await expect(page.getByRole('slider', { name: 'DB capacity' })).toHaveAttribute('aria-valuetext', /queries\/s/);
  await expect(page.getByRole('slider', { name: 'Retries' })).toHaveAttribute('aria-valuetext', /retries/);
  await expect(page.getByRole('slider', { name: 'Load shedding' })).toHaveAttribute('aria-valuetext', 'off');
  await expect(page.getByRole('slider', { name: 'Load', exact: true })).toHaveAttribute('aria-valuetext', /req\/s/);
  await expect(page.getByRole('slider', { name: 'Timeout' })).toHaveAttribute('aria-valuetext', /ms/);
});

test('with reduced motion, nothing transitions and charts switch to stepped updates', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(labUrl());
  await expect(page.locator('html')).toHaveAttribute('data-motion', 'reduced');
  const duration = await page.getByRole('button', { name: 'Flush cache' }).evaluate((el) => getComputedStyle(el).transitionDuration);
  expect(duration).toBe('0s');
  await runUntil(page, 3);
});

test('with full motion, buttons transition', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.goto(labUrl({ paused: true }));
  await expect(page.locator('html')).toHaveAttribute('data-motion', 'full');
  const duration = await page.getByRole('button', { name: 'Flush cache' }).evaluate((el) => getComputedStyle(el).transitionDuration);
  expect(duration).not.toBe('0s');
});
