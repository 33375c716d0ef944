/**
 * Screenshots of the views a workshop room sees, at the four sizes the room uses (phone, tablet,
 * projector, desktop), each with the unreadable-text check of e2e/layoutCheck.ts printed beside it:
 *   npx tsx e2e/tools/roomScreens.ts [baseUrl] [outDir]
 * Needs a running production preview. Writes <view>-<size>.png for warm, storm, recovery, a lesson
 * step before and after its reveal, the presenter view, the QR dialog and an error message.
 */
import { chromium, type Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumExecutable, CHROMIUM_ARGS } from '../chromium';
import { simSeconds, waitForSimSeconds as runUntil } from '../clock';
import { unreadableText } from '../layoutCheck';

const base = process.argv[2] ?? 'http://localhost:4173/';
const out = process.argv[3] ?? join(tmpdir(), 'metastable-lab-screens', 'room');
mkdirSync(out, { recursive: true });

const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'tablet', width: 820, height: 1180 },
  { name: 'projector', width: 1280, height: 720 },
  { name: 'desktop', width: 1920, height: 1080 },
] as const;

async function snap(page: Page, view: string, size: string): Promise<void> {
  await page.screenshot({ path: join(out, `${view}-${size}.png`) });
  // layoutCheck is typed for @playwright/test's Page; the tool drives playwright-core's, the same object.
  const problems = await unreadableText(page as never);
  const list = problems.map((p) => `\n    ${p.kind}: "${p.text.slice(0, 60)}" ${p.detail}`).join('');
  console.log(`${view}-${size}: ${problems.length} text problem(s)${list}`);
}

async function lab(page: Page, size: string): Promise<void> {
  await page.goto(`${base}?speed=60`);
  await runUntil(page, 140);
  await snap(page, 'warm', size);
  await runUntil(page, 200);
  await snap(page, 'storm', size);
  const shedding = page.getByLabel('Load shedding', { exact: true });
  await shedding.focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await runUntil(page, (await simSeconds(page)) + 60);
  await page.getByRole('button', { name: 'Pause' }).click();
  await snap(page, 'recovery', size);
}

async function lesson(page: Page, size: string): Promise<void> {
  await page.goto(`${base}?lesson=herd&speed=max`);
  const aside = page.getByRole('complementary', { name: /herd effect/ });
  await aside.getByRole('heading', { name: 'One flush', exact: true }).waitFor();
  await snap(page, 'lesson-predict', size);
  await aside.getByRole('radio', { name: 'About half' }).check();
  await aside.getByRole('button', { name: 'Lock in and run' }).click();
  const reveal = aside.getByRole('button', { name: 'Reveal' });
  await page.waitForFunction(
    () => {
      const b = [...document.querySelectorAll('button')].find((x) => x.textContent === 'Reveal');
      return b !== undefined && !b.disabled;
    },
    undefined,
    { timeout: 120_000 },
  );
  await reveal.click();
  await aside.locator('.step-reveal').waitFor();
  // The pointer rests where Reveal was, now over the answer's text: move it off, so no bubble shows.
  await page.mouse.move(1, 1);
  await snap(page, 'lesson-revealed', size);
}

async function presenter(page: Page, size: string): Promise<void> {
  await page.goto(`${base}?view=present&lesson=herd&paused`);
  await page.getByRole('heading', { name: 'One flush', exact: true }).waitFor();
  await snap(page, 'presenter', size);
  await page.keyboard.press('q');
  const qr = page.getByRole('dialog', { name: 'Follow on your phone or laptop' });
  await qr.getByLabel('Room address').fill('http://192.168.1.20:4173/');
  await qr.getByRole('button', { name: 'Use' }).click();
  await qr.getByRole('img', { name: /QR code/ }).waitFor();
  await snap(page, 'qr', size);
}

async function error(page: Page, size: string): Promise<void> {
  await page.goto(`${base}?scenario=${encodeURIComponent(JSON.stringify({ db: { serviceMs: -5 } }))}&paused`);
  await page.getByRole('alert').first().waitFor();
  await snap(page, 'error', size);
}

const only = process.env.VIEWS?.split(',');
const sizes = process.env.SIZES?.split(',');
const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
for (const size of SIZES.filter((s) => !sizes || sizes.includes(s.name))) {
  for (const [name, shoot] of Object.entries({ lab, lesson, presenter, error })) {
    if (only && !only.includes(name)) continue;
    const page = await browser.newPage({ viewport: { width: size.width, height: size.height } });
    page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
    // tsx names the check's inner functions with an __name helper the page does not have.
    await page.addInitScript('window.__name = (f) => f');
    try {
      await shoot(page, size.name);
    } catch (e) {
      console.error(`${name}-${size.name} failed: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
    }
    await page.close();
  }
}
await browser.close();
console.log(`screenshots in ${out}`);
