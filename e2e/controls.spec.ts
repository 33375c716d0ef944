import type { Page } from '@playwright/test';
import { captionNumber, chart, eventsList, expect, labUrl, runState, runUntil, simSeconds, stateBadge, test } from './lab';

/** Moves a slider by keyboard and returns its new aria-valuetext. */
async function nudge(page: Page, label: string, key: string): Promise<string> {
  const slider = page.getByRole('slider', { name: label, exact: true });
  const before = await slider.getAttribute('aria-valuetext');
  await slider.focus();
  await page.keyboard.press(key);
  await expect(slider).not.toHaveAttribute('aria-valuetext', before ?? '');
  return (await slider.getAttribute('aria-valuetext')) ?? '';
}

test.describe('the sliders', () => {
  const cases = [
    { label: 'Cache size', key: 'ArrowLeft', text: /^19,000 entries/, event: 'Cache size 19,000' },
    { label: 'DB capacity', key: 'ArrowRight', text: /^450 queries\/s/, event: 'DB workers 9' },
    { label: 'Retries', key: 'ArrowLeft', text: /^2 retries$/, event: 'Retries 2' },
    { label: 'Load shedding', key: 'ArrowRight', text: /^at 10 ms queue delay$/, event: 'Shedding at 10 ms' },
    { label: 'Load', key: 'ArrowRight', text: /^3,100 req\/s$/, event: 'Load 3,100 req/s' },
    { label: 'Timeout', key: 'ArrowRight', text: /^1,100 ms$/, event: 'Timeout 1,100 ms' },
  ];
  for (const c of cases) {
    test(`${c.label} moves by keyboard and changes the running simulation without a restart`, async ({ page }) => {
      await page.goto(labUrl({ speed: 10 }));
      await runUntil(page, 5);
      expect(await nudge(page, c.label, c.key)).toMatch(c.text);
      // The change is applied by the simulation, which marks it at its simulated time.
      await expect(eventsList(page).first()).toContainText(c.event);
      await expect(eventsList(page).first()).toContainText('live');
      await expect(page.locator('figure.chart .mark-rule.mark-live').first()).toBeAttached();
      // Same run: time kept going from where it was.
      expect(await simSeconds(page)).toBeGreaterThanOrEqual(5);
    });
  }

  test('Cache size and DB capacity move the advertised and hidden capacities', async ({ page }) => {
    await page.goto(labUrl({ speed: 10 }));
    await expect(page.getByTestId('hidden-capacity')).toHaveText('400');
    const advertised = async () => Number((await page.getByTestId('advertised-capacity').textContent())?.replace(/,/g, ''));
    await expect.poll(advertised).toBeGreaterThan(0);
    const before = await advertised();
    await nudge(page, 'DB capacity', 'ArrowRight');
    await expect(page.getByTestId('hidden-capacity')).toHaveText('450');
    await expect.poll(advertised).toBeGreaterThan(before);
    const mid = await advertised();
    await nudge(page, 'Cache size', 'PageDown');
    await expect.poll(advertised).toBeLessThan(mid);
  });

  test('Retries set to 0 shows in the retries chart: no retries are sent', async ({ page }) => {
    // Set before the run starts, so the flush at 30 s meets clients that never retry.
    await page.goto(labUrl({ speed: 60, paused: true, scenario: { events: [{ atS: 30, type: 'flush' }] } }));
    const slider = page.getByRole('slider', { name: 'Retries', exact: true });
    await slider.focus();
    await page.keyboard.press('Home');
    await expect(slider).toHaveAttribute('aria-valuetext', '0 retries');
    await expect(eventsList(page).first()).toContainText('Retries 0');
    await page.getByRole('button', { name: 'Play' }).click();
    await runUntil(page, 60);
    // The flush did cause timeouts; none of them was retried.
    await expect(chart(page, 'Retries, timeouts, shed').locator('.legend-value').first()).not.toHaveText('0/s');
    expect(await captionNumber(page, 'Retries, timeouts, shed')).toBe(0);
  });
});

test.describe('a way out of the metastable failure', () => {
  test('turning load shedding on lets the system recover', async ({ page }) => {
    await page.goto(labUrl({ speed: 60, scenario: { events: [{ atS: 20, type: 'flush' }] } }));
    await expect(stateBadge(page)).toHaveText('Metastable failure', { timeout: 30_000 });
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByRole('radio', { name: '10×' }).check();
    const slider = page.getByRole('slider', { name: 'Load shedding', exact: true });
    await slider.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await expect(slider).toHaveAttribute('aria-valuetext', 'at 200 ms queue delay');
    await page.getByRole('button', { name: 'Play' }).click();
    await expect(stateBadge(page)).toHaveText(/Recovering|Vulnerable/, { timeout: 40_000 });
    await expect.poll(() => captionNumber(page, 'Hit rate'), { timeout: 40_000 }).toBeGreaterThan(80);
  });
});

test.describe('the run controls', () => {
  test('pause holds simulated time and step advances it by one interval', async ({ page }) => {
    await page.goto(labUrl({ speed: 10 }));
    await runUntil(page, 3);
    await page.getByRole('button', { name: 'Pause' }).click();
    await expect(runState(page)).toHaveText('Paused');
    const held = await simSeconds(page);
    await page.getByRole('button', { name: 'Step' }).click();
    await expect.poll(() => simSeconds(page)).toBe(held + 1);
    await page.getByRole('button', { name: 'Step' }).click();
    await expect.poll(() => simSeconds(page)).toBe(held + 2);
  });

  test('reset replays the same run bit for bit, another seed gives another run', async ({ page }) => {
    await page.goto(labUrl({ speed: 'max', scenario: { durationS: 60 } }));
    const finished = runState(page);
    await expect(finished).toHaveText('Finished');
    const first = await page.getByTestId('fingerprint').textContent();
    await page.getByRole('button', { name: 'Reset' }).click();
    await expect(page.getByTestId('frame-count')).toHaveText('60');
    await expect(finished).toHaveText('Finished');
    await expect(page.getByTestId('fingerprint')).toHaveText(first ?? '');
    await page.getByLabel('Seed').fill('8');
    await page.getByRole('button', { name: 'Restart' }).click();
    await expect(page.getByTestId('frame-count')).toHaveText('60');
    await expect(page.getByTestId('fingerprint')).not.toHaveText(first ?? '');
  });

  test('a broken scenario in the address is explained, and the usable rest still runs', async ({ page }) => {
    await page.goto(`./?scenario=${encodeURIComponent('{"db":{"workers":-3},"seed":"x"}')}`);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('db.workers');
    await expect(alert).toContainText('seed');
    await runUntil(page, 3);
  });

  test('the dark theme follows the system and the toggle', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(labUrl());
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  });
});
