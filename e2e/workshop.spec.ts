/**
 * A whole lesson as a facilitator runs it: predict, run, reveal (the run's own number, the chart
 * span that answers it), then a task that ticks itself off when the room achieves it.
 */
import { expect, runUntil, stateBadge, test } from './lab';

test.describe('a guided lesson', () => {
  test('the herd effect: predict, run, reveal, and the shedding task ticks off', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('./?lesson=herd&speed=max');
    const lesson = page.getByRole('complementary', { name: /herd effect/ });
    await expect(lesson.getByRole('heading', { name: 'One flush', exact: true })).toBeVisible();
    // The step loads its run paused: nothing to peek at before the prediction.
    await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();

    await lesson.getByRole('radio', { name: 'About half' }).check();
    await lesson.getByRole('button', { name: 'Lock in and run' }).click();
    const reveal = lesson.getByRole('button', { name: 'Reveal' });
    await expect(reveal).toBeEnabled({ timeout: 60_000 });
    await reveal.click();
    const verdict = lesson.locator('.step-reveal');
    await expect(verdict).toContainText('Right.');
    await expect(verdict.locator('.reveal-actual')).toHaveText(/^5\d%$/);
    await expect(verdict).toContainText('of demand');
    // The chart that answers is outlined, and the span highlighted on it.
    await expect(page.locator('figure.chart[data-chart="goodput"][data-highlighted]')).toBeVisible();
    await expect(page.locator('figure.chart[data-chart="goodput"] .highlight rect')).toHaveCount(1);

    // Step 2 asks its question over a fresh, paused run: the finished one showed the answer.
    await lesson.getByRole('button', { name: 'Next →' }).click();
    await expect(lesson.getByRole('heading', { name: 'The herd', exact: true })).toBeVisible();
    await expect(page.getByLabel('Simulated time')).toHaveText(/^0:00/);
    await lesson.getByLabel('Your number').fill('3000');
    await lesson.getByRole('button', { name: 'Lock in and run' }).click();
    await expect(lesson.getByRole('button', { name: 'Reveal' })).toBeEnabled({ timeout: 60_000 });
    await lesson.getByRole('button', { name: 'Reveal' }).click();
    await expect(lesson.locator('.step-reveal')).toContainText('Not this time.');
    await expect(lesson.locator('.reveal-actual')).toHaveText(/^[67],\d{3} req\/s$/);
    await expect(page.locator('figure.chart[data-chart="failures"][data-highlighted]')).toBeVisible();

    // The task: break the loop with shedding after the flush.
    const task = lesson.locator('[data-task="shed"]');
    await expect(task).not.toHaveAttribute('data-done');
    await page.getByRole('radio', { name: '60×' }).check();
    await page.getByRole('button', { name: 'Reset' }).click();
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
    await runUntil(page, 170);
    await expect(stateBadge(page)).toHaveText('Metastable failure', { timeout: 30_000 });
    await page.getByRole('button', { name: 'Pause' }).click();
    const slider = page.getByRole('slider', { name: 'Load shedding', exact: true });
    await slider.focus();
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
    await expect(slider).toHaveAttribute('aria-valuetext', 'at 500 ms queue delay');
    await page.getByRole('button', { name: 'Play' }).click();
    await expect(task).toHaveAttribute('data-done', { timeout: 45_000 });
    await expect(lesson.locator('[data-task="shed-gently"]')).toHaveAttribute('data-done');
    await expect(lesson.getByRole('heading', { name: /Tasks/ })).toContainText('2/2');
  });

  test('every lesson opens from the picker with its first step ready to predict', async ({ page }) => {
    await page.goto('./?speed=max');
    await page.getByRole('button', { name: 'Lessons' }).click();
    const picker = page.getByLabel('Lesson', { exact: true });
    // The lessons column is loaded on demand: wait for its picker to be filled before reading it.
    await expect(picker.locator('option')).toHaveCount(11);
    const ids = await picker.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(ids).toEqual([
      'herd',
      'retries',
      'wasted-work',
      'capacity',
      'closed-loop',
      'deploy-2019',
      'reddit-2017',
      'shopify-2020',
      'twitter-2022',
      'cloudflare-2024',
      'coordinated-omission',
    ]);
    for (const id of ids) {
      await picker.selectOption(id);
      await expect(page.locator('.step-count')).toHaveText(/^Step 1 of \d$/);
      await expect(page.getByRole('button', { name: 'Lock in and run' })).toBeDisabled();
    }
  });

  test('every step of every lesson asks its question over a screen that does not show the answer', async ({ page }) => {
    test.setTimeout(600_000);
    await page.goto('./?speed=max');
    await page.getByRole('button', { name: 'Lessons' }).click();
    const picker = page.getByLabel('Lesson', { exact: true });
    await expect(picker.locator('option').first()).toBeAttached();
    // Whatever the registry holds: every lesson the picker offers, every step it counts.
    const ids = await picker.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    const lesson = page.locator('aside.lab-workshop');
    for (const id of ids) {
      await picker.selectOption(id);
      const count = Number((await page.locator('.step-count').textContent())?.match(/of (\d+)/)?.[1]);
      for (let k = 1; k <= count; k++) {
        await expect(page.locator('.step-count')).toHaveText(`Step ${k} of ${count}`);
        const where = `${id} step ${k}`;
        // Asked over a fresh, paused run, with the run's values veiled until the room locks in.
        await expect(page.getByLabel('Simulated time'), where).toHaveText(/^0:00/);
        await expect(page.getByRole('button', { name: 'Play' }), where).toBeVisible();
        for (const value of await page.locator('figure.chart .chart-value').all()) await expect(value, where).toBeHidden();
        await expect(page.locator('.state-badge'), where).toBeHidden();

        const radios = lesson.getByRole('radio');
        if ((await radios.count()) > 0) await radios.first().check();
        else await lesson.getByLabel('Your number').fill('1');
        await lesson.getByRole('button', { name: 'Lock in and run' }).click();
        await expect(page.locator('figure.chart .chart-value').first(), where).toBeVisible();
        const reveal = lesson.getByRole('button', { name: 'Reveal' });
        await expect(reveal, where).toBeEnabled({ timeout: 120_000 });
        await reveal.click();
        await expect(lesson.locator('.step-reveal .reveal-actual'), where).toBeVisible();
        if (k < count) await lesson.getByRole('button', { name: 'Next →' }).click();
      }
    }
  });

  test('a run played before the prediction is locked in keeps its values hidden', async ({ page }) => {
    await page.goto('./?lesson=herd&speed=60');
    await expect(page.locator('.step-count')).toHaveText(/^Step 1 of/);
    await page.getByRole('button', { name: 'Play' }).click();
    await expect.poll(async () => (await page.getByLabel('Simulated time').textContent())?.startsWith('0:00'), { timeout: 30_000 }).toBe(false);
    await expect(page.locator('figure.chart[data-chart="hit"] .chart-value')).toBeHidden();
    for (const line of await page.locator('figure.chart[data-chart="hit"] path.series-line').all()) await expect(line).toBeHidden();
    await page.getByRole('radio', { name: 'About half' }).check();
    await page.getByRole('button', { name: 'Lock in and run' }).click();
    await expect(page.locator('figure.chart[data-chart="hit"] .chart-value')).toHaveText(/%$/);
  });
});
