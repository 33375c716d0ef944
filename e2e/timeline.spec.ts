/**
 * The script editor under the charts: add, move (drag and keyboard) and remove scripted triggers and
 * changes; each edit changes the link and the run (the fingerprint), and a bad value is explained.
 */
import type { Page } from '@playwright/test';
import { decodeLink, linkFromHash } from '../src/share';
import { expect, labUrl, test } from './lab';

const finished = (page: Page) => page.getByRole('status').filter({ hasText: 'Finished' });
const chips = (page: Page) => page.getByTestId('script-track').locator('.script-chip');

async function scriptInLink(page: Page) {
  const hash = await page.evaluate(() => location.hash);
  return (await decodeLink(linkFromHash(hash))).scenario.events;
}

/** Waits for the run to finish and returns its fingerprint. */
async function fingerprintAtEnd(page: Page): Promise<string> {
  await expect(finished(page)).toBeVisible();
  return (await page.getByTestId('fingerprint').textContent()) ?? '';
}

test('add, move and remove events: the link and the run follow', async ({ page }) => {
  await page.goto(labUrl({ speed: 'max', scenario: { durationS: 60, events: [{ atS: 20, type: 'flush' }] } }));
  const original = await fingerprintAtEnd(page);
  await expect(chips(page)).toHaveCount(1);

  // Add a 5 s outage at 30 s.
  await page.getByRole('button', { name: 'Add event' }).click();
  await page.getByLabel('Type', { exact: true }).selectOption('outage');
  await page.getByLabel('At (m:ss)').fill('30');
  await page.getByLabel('For (s)').fill('5');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(chips(page)).toHaveCount(2);
  await expect
    .poll(() => scriptInLink(page))
    .toEqual([
      { atS: 20, type: 'flush' },
      { atS: 30, type: 'outage', forS: 5 },
    ]);
  const withOutage = await fingerprintAtEnd(page);
  expect(withOutage).not.toBe(original);

  // Move the flush by keyboard: → ten times with Shift is +100 s, clamped to the end (60 s).
  const flush = chips(page).filter({ hasText: 'Flush' });
  await flush.focus();
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  await expect
    .poll(() => scriptInLink(page))
    .toEqual([
      { atS: 30, type: 'outage', forS: 5 },
      { atS: 40, type: 'flush' },
    ]);
  await expect(chips(page).filter({ hasText: 'Flush' })).toBeFocused();
  const moved = await fingerprintAtEnd(page);
  expect(moved).not.toBe(withOutage);

  // Move it by dragging to about 10 s (a sixth of the track), scrolled into view as a person would.
  await chips(page).filter({ hasText: 'Flush' }).scrollIntoViewIfNeeded();
  const track = await page.getByTestId('script-track').boundingBox();
  const chip = await chips(page).filter({ hasText: 'Flush' }).boundingBox();
  if (!track || !chip) throw new Error('no track');
  await page.mouse.move(chip.x + chip.width / 2, chip.y + chip.height / 2);
  await page.mouse.down();
  await page.mouse.move(track.x + track.width / 6, chip.y + chip.height / 2, { steps: 8 });
  await page.mouse.up();
  await expect.poll(async () => (await scriptInLink(page)).find((e) => e.type === 'flush')?.atS).toBeCloseTo(10, 0);
  await fingerprintAtEnd(page);

  // Remove the outage with Delete: back to one event.
  await chips(page).filter({ hasText: 'Outage' }).focus();
  await page.keyboard.press('Delete');
  await expect(chips(page)).toHaveCount(1);
  await expect.poll(async () => (await scriptInLink(page)).map((e) => e.type)).toEqual(['flush']);
});

test('editing an event in its form, and removing it there', async ({ page }) => {
  await page.goto(labUrl({ speed: 'max', scenario: { durationS: 60, events: [{ atS: 20, type: 'spike', factor: 2, forS: 10 }] } }));
  await chips(page).first().click();
  const form = page.getByRole('form', { name: 'Edit scripted event' });
  await expect(form.getByLabel('At (m:ss)')).toBeFocused();
  await form.getByLabel('Load ×').fill('3');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => scriptInLink(page)).toEqual([{ atS: 20, type: 'spike', factor: 3, forS: 10 }]);
  await chips(page).first().click();
  await page.getByRole('button', { name: 'Remove', exact: true }).click();
  await expect(chips(page)).toHaveCount(0);
  await expect.poll(() => scriptInLink(page)).toEqual([]);
  await expect(page.getByRole('button', { name: 'Add event' })).toBeFocused();
});

test('a parameter change at a time, and bad values explained by the parser', async ({ page }) => {
  await page.goto(labUrl({ speed: 'max', scenario: { durationS: 60, events: [] } }));
  await page.getByRole('button', { name: 'Add event' }).click();
  await page.getByLabel('Type', { exact: true }).selectOption('set');
  await page.getByLabel('At (m:ss)').fill('15');
  await page.getByLabel('Parameter').selectOption('client.retries');
  await page.getByLabel('Value').fill('99');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('client.retries');
  await page.getByLabel('Value').fill('0');
  await page.getByLabel('At (m:ss)').fill('600');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('atS');
  await page.getByLabel('At (m:ss)').fill('15');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect.poll(() => scriptInLink(page)).toEqual([{ atS: 15, type: 'set', changes: { client: { retries: 0 } } }]);
  await expect(chips(page)).toHaveText(['Retries 0']);
  // Escape closes the form without a change.
  await page.getByRole('button', { name: 'Add event' }).click();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('form')).toHaveCount(0);
});

test("the event form speaks the lab's language: m:ss times, parameter names, on/off switches", async ({ page }) => {
  await page.goto(labUrl({ speed: 'max', scenario: { durationS: 600, events: [{ atS: 150, type: 'flush' }] } }));
  await chips(page).first().click();
  const form = page.getByRole('form', { name: 'Edit scripted event' });
  await expect(form.getByLabel('At (m:ss)')).toHaveValue('2:30');
  await form.getByLabel('At (m:ss)').fill('2:3x');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByRole('alert')).toContainText('At: "2:3x" is not a time; write m:ss (2:30) or seconds (150), from 0:00 to 10:00');
  await form.getByLabel('At (m:ss)').fill('4:05');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => scriptInLink(page)).toEqual([{ atS: 245, type: 'flush' }]);

  await page.getByRole('button', { name: 'Add event' }).click();
  await page.getByLabel('Type', { exact: true }).selectOption('set');
  await page.getByLabel('At (m:ss)').fill('5:00');
  const param = page.getByLabel('Parameter');
  // Options are named for people; the value stays the document's path.
  await expect(param.locator('option[value="cache.xfetchBeta"]')).toHaveText('Early refresh β (XFetch)');
  await param.selectOption({ label: 'Request coalescing' });
  const value = page.getByRole('combobox', { name: 'Value' });
  await expect(value.locator('option')).toHaveText(['On', 'Off']);
  await value.selectOption('On');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect
    .poll(() => scriptInLink(page))
    .toEqual([
      { atS: 245, type: 'flush' },
      { atS: 300, type: 'set', changes: { cache: { coalesce: true } } },
    ]);
});

test('chips close together on the timeline never cover each other', async ({ page }) => {
  const events = [
    { atS: 100, type: 'flush' },
    { atS: 101, type: 'outage', forS: 5 },
    { atS: 102, type: 'set', changes: { client: { retries: 0 } } },
    { atS: 103, type: 'spike', factor: 2, forS: 10 },
    { atS: 400, type: 'flush' },
  ];
  await page.goto(labUrl({ paused: true, scenario: { durationS: 600, events } }));
  await expect(chips(page)).toHaveCount(5);
  const boxes = await chips(page).evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
  for (let a = 0; a < boxes.length; a++)
    for (let b = a + 1; b < boxes.length; b++) {
      const w = Math.min(boxes[a].right, boxes[b].right) - Math.max(boxes[a].left, boxes[b].left);
      const h = Math.min(boxes[a].bottom, boxes[b].bottom) - Math.max(boxes[a].top, boxes[b].top);
      expect(w > 0 && h > 0, `chips ${a} and ${b} overlap`).toBe(false);
    }
  // Four chips within 3 s need lanes of their own; the one at 6:40 shares the first.
  expect(new Set(boxes.map((b) => Math.round(b.top))).size).toBe(4);
});
