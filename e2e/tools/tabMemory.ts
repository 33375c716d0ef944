/**
 * What a link costs a tab, measured: opens URL in a fresh Chromium (its own profile folder, so its
 * processes can be told apart from any other browser's) and prints, every STEP seconds of wall
 * clock, the resident memory of all its processes and of its largest renderer (the tab: page and
 * its Web Workers), with the page's run clock. The figures in docs/sharing.md come from this.
 *
 *   npx tsx e2e/tools/tabMemory.ts URL [TOTAL_S=120] [STEP_S=15] [SCREENSHOT.png]
 *
 * URL is a served build (`npx vite preview --port P`), e.g. http://localhost:4173/?speed=max&yes#s=…
 * (`&yes` skips the lab's cost question, which would otherwise hold the run).
 */
import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumExecutable } from '../chromium';

const [url, totalArg = '120', stepArg = '15', screenshot] = process.argv.slice(2);
if (!url) {
  process.stderr.write('usage: npx tsx e2e/tools/tabMemory.ts URL [TOTAL_S] [STEP_S] [SCREENSHOT.png]\n');
  process.exit(2);
}
const totalS = Number(totalArg);
const stepS = Number(stepArg);

const profile = mkdtempSync(join(tmpdir(), 'tab-memory-'));

/** Resident memory, MB, of this browser's processes: all together, and the largest renderer. */
function residentMb(): { total: number; renderer: number } {
  const rows = execFileSync('ps', ['-eo', 'rss=,args='], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line.includes(profile))
    .map((line) => {
      const [kb, ...args] = line.trim().split(/\s+/);
      return { mb: Number(kb) / 1024, renderer: args.includes('--type=renderer') };
    });
  return { total: rows.reduce((sum, r) => sum + r.mb, 0), renderer: Math.max(0, ...rows.filter((r) => r.renderer).map((r) => r.mb)) };
}

const context = await chromium.launchPersistentContext(profile, {
  executablePath: chromiumExecutable(),
  args: ['--no-sandbox', '--disable-gpu'],
  viewport: { width: 1280, height: 720 },
});
try {
  const page = context.pages()[0] ?? (await context.newPage());
  const started = Date.now();
  await page.goto(url);
  for (let t = stepS; t <= totalS; t += stepS) {
    await page.waitForTimeout(Math.max(0, t * 1000 - (Date.now() - started)));
    const mb = residentMb();
    const clock = (
      (await page
        .locator('.run-clock')
        .first()
        .textContent({ timeout: 1000 })
        .catch(() => '')) ?? ''
    ).replace(/\s+/g, ' ');
    const sweep =
      (await page
        .locator('.sweep-status')
        .first()
        .textContent({ timeout: 200 })
        .catch(() => '')) ?? '';
    process.stdout.write(`${t} s: all processes ${mb.total.toFixed(0)} MB, tab ${mb.renderer.toFixed(0)} MB | ${clock} ${sweep}\n`);
  }
  if (screenshot) await page.screenshot({ path: screenshot });
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
