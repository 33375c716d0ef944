/**
 * The built page carries a strict Content-Security-Policy, and nothing the lab does breaks it: the
 * lab, compare, lessons, presenter view, exports and the map all run without a single violation.
 */
import type { Page } from '@playwright/test';
import { expect, labUrl, runUntil, test } from './lab';

/** Collects the page's CSP violations (the browser also logs each one as a console error). */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
}

test('the page declares a strict policy: scripts and workers from this origin only, no inline script', async ({ page }) => {
  await page.goto(labUrl({ paused: true }));
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("worker-src 'self'");
  expect(policy).not.toContain('unsafe-inline');
  expect(policy).not.toContain('unsafe-eval');
  await expect(page.locator('script:not([src])')).toHaveCount(0);
});

test('the lab, compare, lessons and presenter view run with no policy violation', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto(labUrl({ speed: 60, scenario: { durationS: 600 } }));
  await runUntil(page, 20);
  await page.getByRole('tab', { name: 'Compare' }).click();
  // Nothing is ticked for B by default; Compare waits for a choice.
  await page.getByRole('checkbox', { name: 'LIFO queue' }).check();
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page.locator('[data-run-summary="b"]')).toContainText('served');
  await page.getByRole('button', { name: 'Lessons' }).click();
  await expect(page.getByRole('heading', { name: 'One flush', exact: true })).toBeVisible();
  await page.goto('./?view=present&lesson=herd');
  await expect(page.getByRole('heading').first()).toBeVisible();
  expect(await violations()).toEqual([]);
});

test('the map computes with no policy violation', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto('./?view=map&workers=1#map=hysteresis&x=workload.rps:500:3500:2');
  await expect(page.getByTestId('sweep-count')).toHaveText('4 / 4', { timeout: 90_000 });
  expect(await violations()).toEqual([]);
});
