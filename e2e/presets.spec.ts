/**
 * Every preset opened by its share link, run at max speed to the end: its story happens (read off
 * the charts' captions, the latest frame), and the gallery reaches each of them from the lab.
 */
import type { Page } from '@playwright/test';
import { PRESETS, presetLink, presetScenario } from '../src/presets';
import { decodeLink, linkFromHash } from '../src/share';
import { captionNumber, chart, expect, eventsList, test } from './lab';

/** A legend's latest value (e.g. "offered" on Goodput) as a number. */
async function legendNumber(page: Page, title: string, item: string): Promise<number> {
  const text = (await chart(page, title).locator('.legend-item', { hasText: item }).locator('.legend-value').textContent()) ?? '';
  return Number(text.replace(/[^0-9.-]/g, ''));
}

/**
 * The scenario a hash carries. Compared as documents, not strings: the browser's deflate
 * (CompressionStream) and Node's pack the same bytes differently, and both read either.
 */
async function scenarioOfHash(hash: string) {
  const decoded = await decodeLink(linkFromHash(hash));
  expect(decoded.errors).toEqual([]);
  return decoded.scenario;
}

type Reading = { goodput: number; offered: number; first: number; hit: number; timeouts: number; shed: number; p99served: number; p99all: number };

async function read(page: Page): Promise<Reading> {
  return {
    goodput: await captionNumber(page, 'Goodput'),
    offered: await legendNumber(page, 'Goodput', 'offered'),
    first: await legendNumber(page, 'Goodput', 'first attempts'),
    hit: (await captionNumber(page, 'Hit rate')) / 100,
    timeouts: await legendNumber(page, 'Retries, timeouts, shed', 'timeouts'),
    shed: await legendNumber(page, 'Retries, timeouts, shed', 'shed'),
    // The all-request p99 is the chart's headline (its caption), the served p99 a legend value.
    p99served: await legendNumber(page, 'Latency', 'p99 served'),
    p99all: await captionNumber(page, 'Latency'),
  };
}

/** What each story says about the end of its run, and the scripted events it shows. */
const ENDINGS: Record<string, { says: string; check: (r: Reading) => void; events: RegExp[] }> = {
  'hotos-lookaside': { says: 'goodput below half of offered load', check: (r) => expect(r.goodput / r.offered).toBeLessThan(0.5), events: [/Flush/] },
  'bad-minute': {
    says: 'the cache is full again and every request is served',
    check: (r) => (expect(r.hit).toBeGreaterThan(0.85), expect(r.goodput / r.first).toBeGreaterThan(0.95)),
    events: [/Flush/],
  },
  'deploy-2019': {
    says: 'after the rollback the hit rate is back',
    check: (r) => (expect(r.hit).toBeGreaterThan(0.85), expect(r.goodput / r.first).toBeGreaterThan(0.95)),
    events: [/[Dd]eploy/, /[Rr]ollback/],
  },
  'hotos-retries': {
    says: 'twice the load and no goodput',
    check: (r) => (expect(r.goodput).toBeLessThan(0.1 * r.first), expect(r.offered).toBeGreaterThan(1.8 * r.first)),
    events: [/[Oo]utage/],
  },
  'shedding-recovers': {
    says: 'goodput equals demand, nothing shed',
    check: (r) => (expect(r.goodput / r.first).toBeGreaterThan(0.95), expect(r.shed).toBe(0)),
    events: [/Flush/, /[Ss]hedding/],
  },
  'deep-queue-no-retries': {
    says: 'no retry storm, still stuck',
    check: (r) => (expect(r.offered / r.first).toBeLessThan(1.05), expect(r.goodput / r.first).toBeLessThan(0.7)),
    events: [/Flush/],
  },
  'closed-loop-benchmark': {
    says: 'full speed again, nothing timed out',
    check: (r) => (expect(r.goodput / r.offered).toBeGreaterThan(0.99), expect(r.timeouts).toBe(0)),
    events: [/Flush/],
  },
  'hottest-keys': {
    says: 'hits stuck low after deleting 1,000 keys',
    check: (r) => (expect(r.hit).toBeLessThan(0.6), expect(r.goodput / r.first).toBeLessThan(0.85)),
    events: [/Flush hottest 1,000/],
  },
  'hottest-keys-few': {
    says: 'a blip: hits back, all served',
    check: (r) => (expect(r.hit).toBeGreaterThan(0.85), expect(r.goodput / r.first).toBeGreaterThan(0.95)),
    events: [/Flush hottest 100\b/],
  },
  'reddit-2017': {
    says: 'after the rollback, all served from the cache',
    check: (r) => (expect(r.hit).toBeGreaterThan(0.85), expect(r.goodput / r.first).toBeGreaterThan(0.95)),
    events: [/[Dd]eploy/, /[Rr]ollback/],
  },
  // The incidents' scripts carry the reports' own timeline as event labels.
  'shopify-2020': {
    says: 'with stale-grace the sale is served',
    check: (r) => expect(r.goodput / r.first).toBeGreaterThan(0.9),
    events: [/12:00 sale opens/, /stale-grace = 5 min/],
  },
  'twitter-2022': {
    says: 'shedding plus seed: healthy again',
    check: (r) => (expect(r.hit).toBeGreaterThan(0.8), expect(r.goodput / r.first).toBeGreaterThan(0.95)),
    events: [/Invalidation bug/, /Manual cache seed/],
  },
  'cloudflare-2024': {
    says: 'the guard flag is on and everything is served',
    check: (r) => expect(r.goodput / r.first).toBeGreaterThan(0.95),
    events: [/coalesceBypass|[Cc]oalesc/],
  },
  'coordinated-omission': {
    says: 'users fail while delivered latency looks fine',
    check: (r) => (expect(r.goodput / r.first).toBeLessThan(0.7), expect(r.p99served).toBeLessThan(10), expect(r.p99all).toBeGreaterThan(1000)),
    events: [/Flush/],
  },
  // The stack presets (src/presets/stackPresets.ts): what their last frame shows with the six charts.
  'retry-amplification': {
    says: 'the cache stays empty and retries keep coming',
    check: (r) => (expect(r.hit).toBeLessThan(0.2), expect(r.offered).toBeGreaterThan(1.1 * r.first)),
    events: [/DB slowdown ×10/],
  },
  'gc-death-spiral': { says: 'nothing answered long after the spike', check: (r) => expect(r.goodput).toBeLessThan(0.05 * r.first), events: [/Spike ×1\.3/] },
  'connection-pool-exhaustion': {
    // One frame at 2,000 req/s as the captions show it at the end: "nearly every" (the Node test holds the story's exact figures).
    says: 'the pool frees up and nearly every request is served',
    check: (r) => (expect(r.goodput / r.first).toBeGreaterThan(0.85), expect(r.hit).toBeGreaterThan(0.85)),
    events: [/DB slowdown ×3/],
  },
  'lb-sinkholing': {
    says: 'the instance is back and every request is served',
    check: (r) => expect(r.goodput / r.first).toBeGreaterThan(0.95),
    events: [/App#2: crash/],
  },
  'timeout-cascade': {
    says: 'three times the attempts and nothing answered',
    check: (r) => (expect(r.goodput).toBeLessThan(0.05 * r.first), expect(r.offered).toBeGreaterThan(2.5 * r.first)),
    events: [/Spike ×1\.3/],
  },
  'goodput-collapse': { says: 'no goodput after the spike', check: (r) => expect(r.goodput).toBeLessThan(0.05 * r.first), events: [/Spike ×1\.5/] },
  'layered-caches': {
    says: 'the flush passed: every request served',
    check: (r) => (expect(r.goodput / r.first).toBeGreaterThan(0.95), expect(r.timeouts).toBe(0)),
    events: [/Flush/],
  },
  'app-scaling-worse': {
    says: 'scaled up and still nothing answered',
    check: (r) => expect(r.goodput).toBeLessThan(0.05 * r.first),
    events: [/Spike ×2/, /App\.instances → 16/],
  },
};

test('every preset has a story checked here', () => {
  expect(Object.keys(ENDINGS).sort()).toEqual(PRESETS.map((p) => p.id).sort());
});

for (const preset of PRESETS) {
  test(`${preset.id} opened by its link: ${ENDINGS[preset.id]?.says ?? 'story'}`, async ({ page }) => {
    test.setTimeout(120_000);
    const link = await presetLink(preset);
    await page.goto(`./?speed=max${link.hash}`);
    await expect(page.locator('.subtitle')).toHaveText(preset.title);
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: 'Finished' })).toBeVisible({ timeout: 100_000 });
    ENDINGS[preset.id].check(await read(page));
    for (const e of ENDINGS[preset.id].events) await expect(eventsList(page).filter({ hasText: e }).first()).toBeVisible();
    // The address still carries exactly the preset.
    expect(await scenarioOfHash(await page.evaluate(() => location.hash))).toEqual(presetScenario(preset));
  });
}

test('the gallery: every preset with its story and question, Escape closes, a link loads it', async ({ page }) => {
  // Fourteen presets, each link decoded in the page: more than the default minute on a busy machine.
  test.setTimeout(120_000);
  await page.goto('./?speed=10');
  const opener = page.getByRole('button', { name: 'Scenarios…' });
  await opener.click();
  const dialog = page.getByRole('dialog', { name: 'Scenarios' });
  await expect(dialog).toBeVisible();
  for (const p of PRESETS) {
    const item = dialog.locator(`[data-preset="${p.id}"]`);
    const link = item.getByRole('link', { name: p.title });
    // The links are encoded (compressed) once the gallery opens: wait for each to be one.
    await expect(link).toHaveAttribute('href', /^#s=v1\./);
    const href = (await link.getAttribute('href')) ?? '';
    expect(await scenarioOfHash(href)).toEqual(presetScenario(p));
    await expect(item).toContainText(p.story.split('\n')[0]);
    await expect(item).toContainText(p.question);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();

  // Keyboard all the way: open, Tab to a preset, Enter.
  await opener.press('Enter');
  await expect(dialog).toBeVisible();
  const target = PRESETS.find((p) => p.id === 'hotos-retries')!;
  const link = dialog.getByRole('link', { name: target.title });
  await link.focus();
  await link.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.locator('.subtitle')).toHaveText(target.title);
  expect(await scenarioOfHash(await page.evaluate(() => location.hash))).toEqual(presetScenario(target));
  await expect(page.getByLabel('Simulated time')).toContainText(`/ ${Math.floor(target.scenario.durationS! / 60)}:00`);
});
