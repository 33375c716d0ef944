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
    // The chart that answers is outlined, and the span highlighted on it.
    await expect(page.locator('figure.chart[data-chart="goodput"][data-highlighted]')).toBeVisible();
    await expect(page.locator('figure.chart[data-chart="goodput"] .highlight rect')).toHaveCount(1);

    // Step 2 goes on with the same run: a number this time.
    await lesson.getByRole('button', { name: 'Next →' }).click();
    await expect(lesson.getByRole('heading', { name: 'The herd', exact: true })).toBeVisible();
    await lesson.getByLabel('Your number').fill('3000');
    await lesson.getByRole('button', { name: 'Lock in and run' }).click();
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
    expect(ids).toEqual(['herd', 'retries', 'wasted-work', 'capacity', 'closed-loop', 'deploy-2019', 'reddit-2017', 'shopify-2020', 'twitter-2022', 'cloudflare-2024', 'coordinated-omission']);
    for (const id of ids) {
      await picker.selectOption(id);
      await expect(page.locator('.step-count')).toHaveText(/^Step 1 of \d$/);
      await expect(page.getByRole('button', { name: 'Lock in and run' })).toBeDisabled();
    }
  });
});
