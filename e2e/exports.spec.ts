/**
 * Evidence out: every export downloads a file whose contents are what it says — the runner's CSV
 * header, a scenario that reads back, a postmortem timeline, an SVG that parses, a real PNG.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { presetById, presetScenario } from '../src/presets';
import { METRIC_NAMES } from '../src/sim/metrics';
import { scenarioFromJsonText } from '../src/share/scenarioFile';
import { expect, labUrl, test } from './lab';

async function download(page: Page, label: string): Promise<{ name: string; bytes: Buffer }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: label, exact: true }).click()]);
  const path = await dl.path();
  return { name: dl.suggestedFilename(), bytes: await readFile(path) };
}

test('metrics CSV of a stack run: the runner’s output for the same preset, every tier column included', async ({ page }) => {
  const id = 'lb-sinkholing';
  await page.goto(labUrl({ speed: 'max', scenario: presetScenario(presetById(id)!) }));
  await expect(page.getByRole('status').filter({ hasText: 'Finished' })).toBeVisible({ timeout: 45_000 });
  const { bytes } = await download(page, 'Metrics CSV');
  const runner = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/simulate.ts', '--preset', id], { encoding: 'utf8' });
  const [pageHeader, ...pageRows] = bytes.toString('utf8').trimEnd().split('\n');
  const [runnerHeader, ...runnerRows] = runner.trimEnd().split('\n');
  expect(pageHeader.split(',')).toEqual(runnerHeader.split(','));
  expect(pageHeader.split(',').length).toBeGreaterThan(METRIC_NAMES.length);
  // The same scenario and seed: the same numbers, row for row.
  expect(pageRows).toEqual(runnerRows);
});

test.describe('evidence out', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(labUrl({ speed: 'max', scenario: { title: 'Export check', durationS: 200, events: [{ atS: 150, type: 'flush' }] } }));
    await expect(page.getByRole('status').filter({ hasText: 'Finished' })).toBeVisible();
  });

  test('metrics CSV: the runner’s columns, one row per frame', async ({ page }) => {
    const { name, bytes } = await download(page, 'Metrics CSV');
    expect(name).toBe('metastable-lab_export-check_metrics_t3m20s.csv');
    const lines = bytes.toString('utf8').trimEnd().split('\n');
    expect(lines[0]).toBe(METRIC_NAMES.join(','));
    expect(lines).toHaveLength(201);
    expect(lines[200].split(',')).toHaveLength(METRIC_NAMES.length);
  });

  test('scenario JSON: parses as the scenario that ran', async ({ page }) => {
    const { name, bytes } = await download(page, 'Scenario JSON');
    expect(name).toMatch(/^metastable-lab_export-check_scenario_t3m20s\.json$/);
    const read = scenarioFromJsonText(bytes.toString('utf8'));
    expect(read.errors).toEqual([]);
    expect(read.scenario.title).toBe('Export check');
    expect(read.scenario.durationS).toBe(200);
    expect(read.scenario.events).toEqual([{ atS: 150, type: 'flush' }]);
  });

  test('postmortem draft: a Markdown timeline of the run', async ({ page }) => {
    const { name, bytes } = await download(page, 'Postmortem draft');
    expect(name).toMatch(/_postmortem_t3m20s\.md$/);
    const md = bytes.toString('utf8');
    expect(md).toMatch(/^# Postmortem draft: Export check/);
    expect(md).toContain('## Timeline');
    expect(md).toMatch(/\| 2:30 \| Trigger: flush \|/);
    expect(md).toContain('Detection: minimum queueing delay');
  });

  test('charts SVG: one document that parses, with every chart and inline styles', async ({ page }) => {
    const { name, bytes } = await download(page, 'Charts SVG');
    expect(name).toMatch(/_charts_t3m20s\.svg$/);
    const text = bytes.toString('utf8');
    // Parsed in a blank page: the lab's Content-Security-Policy would (rightly) refuse the styles.
    const blank = await page.context().newPage();
    const parsed = await blank.evaluate((t) => {
      const doc = new DOMParser().parseFromString(t, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        plots: doc.querySelectorAll('svg svg').length,
        lines: doc.querySelectorAll('path.series-line, path[style*="stroke"]').length,
        classes: doc.querySelectorAll('[class]').length,
      };
    }, text);
    await blank.close();
    expect(parsed.error).toBeNull();
    expect(parsed.plots).toBeGreaterThanOrEqual(7); // the timeline and six charts
    expect(parsed.lines).toBeGreaterThan(10);
    expect(parsed.classes).toBe(0); // styles are inline: nothing depends on the page's CSS
    expect(text).toContain('Goodput');
    // It reads on its own: the run and its time, every chart's legend and units.
    expect(text).toContain('>Export check</text>');
    expect(text).toContain('the whole run, 0:00 to 3:20 of 3:20 simulated · seed');
    // The whole run although the page shows the last 120 s (1:20–3:20): the axes start at 0:00, and
    // the page keeps its own view.
    expect(text).toContain('>0:00<');
    await expect(page.getByRole('radio', { name: /^Last/ })).toBeChecked();
    for (const label of ['offered', 'first attempts', 'goodput', 'p99', 'timeouts', 'shed', 'rejected']) expect(text).toContain(`>${label}`);
    for (const unit of [' req/s<', ' queries<', '%<']) expect(text).toContain(unit);
  });

  test('charts PNG: a real PNG of a useful size', async ({ page }) => {
    const { name, bytes } = await download(page, 'Charts PNG');
    expect(name).toMatch(/_charts_t3m20s\.png$/);
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(bytes.length).toBeGreaterThan(20_000);
    // Twice the page's pixels: width from the IHDR chunk.
    expect(bytes.readUInt32BE(16)).toBeGreaterThan(1000);
    // Kept for a person to look at.
    await mkdir(join(tmpdir(), 'metastable-lab-screens'), { recursive: true });
    await writeFile(join(tmpdir(), 'metastable-lab-screens', 'export-charts.png'), bytes);
  });
});
