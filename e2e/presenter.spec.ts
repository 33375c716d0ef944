/**
 * The presenter view driven by keyboard only, as from a lectern: help overlay, answer by number,
 * reveal, next and previous step, QR code of the link, controls on demand. Screenshots of each
 * state at 1280×720 go to the system's temporary folder for a person to look at.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './lab';

const shot = (name: string) => ({ path: join(tmpdir(), 'metastable-lab-screens', `presenter-${name}.png`) });

test.describe('presenter view', () => {
  test('runs a lesson from the keyboard alone', async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto('./?view=present&lesson=retries&speed=max');
    await expect(page.locator('html')).toHaveAttribute('data-view', 'present');
    const lesson = page.getByRole('complementary', { name: /Retries/ });
    await expect(lesson.getByRole('heading', { name: 'A 10-second outage', exact: true })).toBeVisible();
    // Projector layout: the lesson and the step's charts; the controls stay out of the way.
    await expect(page.locator('.lab-controls')).toBeHidden();
    await expect(page.locator('figure.chart:visible')).toHaveCount(4);
    await page.screenshot(shot('1-predict'));

    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(help).toBeVisible();
    await expect(help).toContainText('Next lesson step');
    await page.screenshot(shot('2-help'));
    await page.keyboard.press('Escape');
    await expect(help).toBeHidden();

    // The room votes "next to nothing": key 4. The run starts; V reveals once the answer is in.
    await page.keyboard.press('4');
    await expect(lesson.getByText('Prediction locked in.')).toBeVisible();
    await expect(lesson.getByRole('button', { name: 'Reveal' })).toBeEnabled({ timeout: 45_000 });
    await page.keyboard.press('v');
    await expect(lesson.locator('.step-reveal')).toContainText('Right.');
    await expect(lesson.locator('.reveal-actual')).toHaveText('0 req/s');
    await expect(page.locator('figure.chart[data-chart="goodput"][data-highlighted]')).toBeVisible();
    await page.screenshot(shot('3-reveal'));

    await page.keyboard.press('n');
    await expect(lesson.getByRole('heading', { name: 'Twice the load, for good', exact: true })).toBeVisible();
    await expect(page.locator('figure.chart[data-chart="failures"]')).toBeVisible();
    await page.keyboard.press('ArrowLeft');
    await expect(lesson.locator('.step-reveal')).toBeVisible();

    await page.keyboard.press('q');
    const qr = page.getByRole('dialog', { name: 'Follow on your phone or laptop' });
    // On localhost the dialog says a code would open nothing on a phone, and asks for the room's address.
    await expect(qr.getByRole('note')).toContainText('only this computer can open');
    await expect(qr.getByRole('img', { name: /QR code/ })).toHaveCount(0);
    await qr.getByLabel('Room address').fill('http://localhost:4173/');
    await qr.getByRole('button', { name: 'Use' }).click();
    await expect(qr.getByRole('alert')).toContainText('Room address: "http://localhost:4173/" opens only on this computer');
    await qr.getByLabel('Room address').fill('http://192.168.1.20:4173/');
    await qr.getByRole('button', { name: 'Use' }).click();
    await expect(qr.getByRole('img', { name: /QR code/ }).locator('svg')).toBeVisible();
    const link = qr.locator('.qr-link');
    await expect(link).not.toContainText('view=present');
    await expect(link).toHaveText(/^http:\/\/192\.168\.1\.20:4173\/\?.*lesson=retries&step=1&at=\d+&paused#s=v1\./);
    await page.screenshot(shot('4-qr'));
    await page.keyboard.press('Escape');
    await expect(qr).toBeHidden();
    // Remembered for next time.
    expect(await page.evaluate(() => localStorage.getItem('metastable-lab.room-address'))).toBe('http://192.168.1.20:4173/');

    await page.keyboard.press('c');
    await expect(page.locator('.lab-controls')).toBeVisible();
    await page.keyboard.press('c');
    await expect(page.locator('.lab-controls')).toBeHidden();

    // Space and R come from the lab, the same on every view: pause/play and reset.
    await page.keyboard.press('r');
    await expect(page.getByRole('status').filter({ hasText: 'Finished' })).toBeVisible({ timeout: 30_000 });
  });
});

test.describe('lessons in the lab view', () => {
  test('open as a third column that fits 1280×720 beside the controls and charts', async ({ page }) => {
    await page.goto('./?lesson=deploy-2019&speed=max');
    await expect(page.getByRole('heading', { name: '15:59 deploy begins', exact: true })).toBeVisible();
    await expect(page.locator('.lab-controls')).toBeVisible();
    await expect(page.locator('figure.chart:visible')).toHaveCount(6);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot(shot('5-lab-with-lessons'));
  });
});
