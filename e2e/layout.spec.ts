/**
 * The main views at phone, tablet, projector and desktop sizes: no text cut off or drawn over other
 * text (a check over the rendered boxes), and on a phone or tablet a chart and the controls on screen
 * together. Screenshots go to the system's temporary folder for a person to look at.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, labUrl, runUntil, test } from './lab';
import { unreadableText, unreadableTextInColumn } from './layoutCheck';

const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'tablet', width: 820, height: 1180 },
  { name: 'projector', width: 1280, height: 720 },
  { name: 'desktop', width: 1920, height: 1080 },
] as const;

const STORM = { durationS: 3600, events: [{ atS: 30, type: 'flush' }] };
const shot = (name: string) => ({ path: join(tmpdir(), 'metastable-lab-screens', `layout-${name}.png`) });

async function expectReadable(page: Page) {
  const problems = await unreadableText(page);
  expect(problems, problems.map((p) => `${p.kind}: "${p.text}" ${p.detail}`).join('\n')).toEqual([]);
}

/** The lessons column, judged over its whole height (it scrolls on its own on wide screens). */
async function expectLessonsReadable(page: Page) {
  const problems = await unreadableTextInColumn(page, '.lab-workshop');
  expect(problems, problems.map((p) => `${p.kind}: "${p.text}" ${p.detail}`).join('\n')).toEqual([]);
}

for (const size of SIZES) {
  test.describe(`at ${size.width}×${size.height} (${size.name})`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test('the lab in a storm: every text readable, nothing wider than the window', async ({ page }) => {
      await page.goto(labUrl({ speed: 60, scenario: STORM }));
      await runUntil(page, 60);
      await page.getByRole('button', { name: 'Pause' }).click();
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      await expectReadable(page);
      await page.screenshot(shot(`lab-${size.name}`));
    });

    test('the lab with the lessons open: every text readable', async ({ page }) => {
      await page.goto('./?lesson=herd&paused');
      await expect(page.getByRole('heading', { name: 'One flush', exact: true })).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      await expectReadable(page);
      await expectLessonsReadable(page);
      await page.screenshot(shot(`lessons-${size.name}`));
    });

    test('the presenter view: every text readable, the question and the task count on screen together', async ({ page }) => {
      await page.goto('./?view=present&lesson=herd&paused');
      const lesson = page.getByRole('complementary', { name: /herd effect/ });
      await expect(lesson.getByRole('heading', { name: 'One flush', exact: true })).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      await expectReadable(page);
      await expectLessonsReadable(page);
      if (size.width > 900) {
        // At the lectern nothing of the step needs scrolling: the picker, the question, the answers,
        // Lock in, and the folded task list with its count.
        const inView = async (loc: ReturnType<Page['locator']>) => {
          const b = await loc.boundingBox();
          return b !== null && b.y >= 0 && b.y + b.height <= size.height;
        };
        for (const part of [
          lesson.getByRole('combobox', { name: 'Lesson' }),
          lesson.locator('.step-question'),
          lesson.getByRole('button', { name: 'Lock in and run' }),
          lesson.getByRole('heading', { name: /Tasks/ }),
        ])
          expect(await inView(part)).toBe(true);
        // The facilitator unfolds the tasks when the room gets to them.
        await lesson.getByRole('heading', { name: /Tasks/ }).click();
        await expect(lesson.locator('[data-task="shed"]')).toBeVisible();
      }
      await page.screenshot(shot(`presenter-${size.name}`));
      // The QR dialog, with the localhost note and a room address, fits: its Close button needs no scrolling.
      await page.locator('main').click({ position: { x: 5, y: 5 } });
      await page.keyboard.press('q');
      const qr = page.getByRole('dialog', { name: 'Follow on your phone or laptop' });
      await qr.getByLabel('Room address').fill('http://192.168.1.20:4173/');
      await qr.getByRole('button', { name: 'Use' }).click();
      await expect(qr.getByRole('img', { name: /QR code/ })).toBeVisible();
      const close = await qr.getByRole('button', { name: 'Close (Esc)' }).boundingBox();
      const dialog = await qr.boundingBox();
      expect(close!.y + close!.height).toBeLessThanOrEqual(Math.min(size.height, dialog!.y + dialog!.height));
      await expectReadable(page);
      await page.screenshot(shot(`qr-${size.name}`));
    });

    if (size.width <= 900) {
      test('a chart and the controls in use are on screen together', async ({ page }) => {
        await page.goto(labUrl({ speed: 60, scenario: STORM }));
        const goodput = page.locator('figure.chart[data-chart="goodput"] .chart-plot');
        await goodput.scrollIntoViewIfNeeded();
        const inView = async (loc: ReturnType<Page['locator']>) => {
          const b = await loc.boundingBox();
          return b !== null && b.y >= 0 && b.y + b.height <= size.height;
        };
        await expect.poll(() => inView(goodput)).toBe(true);
        expect(await inView(page.getByRole('button', { name: /^(Pause|Play)$/ }))).toBe(true);
        expect(await inView(page.getByRole('button', { name: 'Flush cache' }))).toBe(true);
        expect(await inView(page.getByRole('slider', { name: 'Load', exact: true }))).toBe(true);
        // The sheet gives way to the charts and comes back.
        await page.getByRole('button', { name: /^Controls ▾/ }).click();
        await expect(page.getByRole('button', { name: 'Flush cache' })).toBeHidden();
        await expect(page.getByRole('button', { name: /^(Pause|Play)$/ })).toBeVisible();
        await page.getByRole('button', { name: /^Controls ▴/ }).click();
        await expect(page.getByRole('button', { name: 'Flush cache' })).toBeVisible();
        await page.screenshot(shot(`sheet-${size.name}`));
      });
    }
  });
}
