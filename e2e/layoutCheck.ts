/**
 * A check over the rendered boxes of a page, for text a reader cannot read: a run of text cut off by
 * a box that clips its overflow (or by the window's width), and two runs of text drawn over each
 * other. Text covered by a sticky bar, a pinned sheet, an open dialog or a glossary bubble is not
 * judged: it is merely covered, on purpose, and comes back into view when scrolled or closed. Text
 * covered by ordinary page content (a paragraph grown over its neighbour) is judged: that is overlap.
 */
import type { Page } from '@playwright/test';

export interface TextProblem {
  kind: 'clipped' | 'overlap';
  text: string;
  detail: string;
}

export async function unreadableText(page: Page): Promise<TextProblem[]> {
  return page.evaluate(() => {
    const problems: { kind: 'clipped' | 'overlap'; text: string; detail: string }[] = [];
    /** Whether an element lies over the page on purpose: in a fixed or sticky bar, an open dialog, a bubble. */
    const pinned = (e: Element): boolean => {
      for (let a: Element | null = e; a; a = a.parentElement) {
        if (a.matches('dialog[open], [role="tooltip"]')) return true;
        const pos = getComputedStyle(a).position;
        if (pos === 'fixed' || pos === 'sticky') return true;
      }
      return false;
    };
    const runs: { el: Element; text: string; r: DOMRect }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const vw = document.documentElement.clientWidth;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = (n.textContent ?? '').trim();
      const el = n.parentElement;
      if (
        !text ||
        !el ||
        el.closest(
          '[hidden], dialog:not([open]), .visually-hidden, script, style, option, [aria-hidden="true"], [role="tooltip"], details:not([open]) > :not(summary)',
        )
      )
        continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      for (const r of Array.from(range.getClientRects())) {
        if (r.width < 1 || r.height < 1) continue;
        // Judge what is drawn in the window, unless a pinned bar, an open dialog or a glossary bubble
        // covers the middle of the run: those lie over the page on purpose and give way when moved.
        const cx = Math.min(Math.max(r.left + r.width / 2, 0), vw - 1);
        const cy = r.top + r.height / 2;
        if (cy < 0 || cy > window.innerHeight) continue;
        const top = document.elementFromPoint(cx, cy);
        if (!top) continue;
        if (!(top === el || el.contains(top) || top.contains(el)) && pinned(top)) continue;
        runs.push({ el, text, r });
        if (r.right > vw + 1 || r.left < -1)
          problems.push({ kind: 'clipped', text, detail: `runs past the window (${Math.round(r.left)}–${Math.round(r.right)} of ${vw} px)` });
        for (let a: Element | null = el; a && a !== document.body; a = a.parentElement) {
          const cs = getComputedStyle(a);
          const clipsX = cs.overflowX !== 'visible';
          const clipsY = cs.overflowY !== 'visible';
          if (!clipsX && !clipsY) continue;
          const box = a.getBoundingClientRect();
          // A scrolling box clips only what can't be scrolled to; its content is reachable.
          const scrollsX = cs.overflowX === 'auto' || cs.overflowX === 'scroll';
          const scrollsY = cs.overflowY === 'auto' || cs.overflowY === 'scroll';
          const cutX = clipsX && !scrollsX && (r.left < box.left - 1 || r.right > box.right + 1);
          const cutY = clipsY && !scrollsY && (r.top < box.top - 1 || r.bottom > box.bottom + 1);
          if (cutX || cutY) {
            problems.push({ kind: 'clipped', text, detail: `cut by <${a.tagName.toLowerCase()} class="${a.getAttribute('class') ?? ''}">` });
            break;
          }
        }
        if (el instanceof HTMLElement && getComputedStyle(el).textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + 1) {
          problems.push({ kind: 'clipped', text, detail: 'ends in an ellipsis' });
        }
      }
    }
    // A closed <select> shows its chosen option on one line and cuts what does not fit.
    const measure = document.createElement('canvas').getContext('2d');
    for (const select of Array.from(document.querySelectorAll('select'))) {
      const chosen = select.selectedOptions[0]?.text.trim();
      const box = select.getBoundingClientRect();
      if (!measure || !chosen || box.width < 1 || select.closest('[hidden], dialog:not([open])')) continue;
      const cs = getComputedStyle(select);
      measure.font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
      // The drop-down arrow takes about one line height at the right.
      const room = select.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight) - parseFloat(cs.fontSize) * 1.2;
      const width = measure.measureText(chosen).width;
      if (width > room + 1)
        problems.push({ kind: 'clipped', text: chosen, detail: `cut by its <select> (${Math.round(width)} px of text in ${Math.round(room)} px)` });
    }
    for (let i = 0; i < runs.length; i++) {
      for (let j = i + 1; j < runs.length; j++) {
        const a = runs[i];
        const b = runs[j];
        if (a.el === b.el) continue;
        const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
        const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
        if (w > 2 && h > 3) problems.push({ kind: 'overlap', text: `${a.text} / ${b.text}`, detail: `${Math.round(w)}×${Math.round(h)} px` });
      }
    }
    return problems;
  });
}

/**
 * The same check over the whole height of a scrolling column (the lessons column): the column is
 * scrolled a screenful at a time and each view judged, so text below its fold is judged too. The
 * column is scrolled back to the top afterwards.
 */
export async function unreadableTextInColumn(page: Page, column: string): Promise<TextProblem[]> {
  const found = new Map<string, TextProblem>();
  const heights = await page.locator(column).evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight }));
  for (let top = 0; ; top += Math.max(heights.client - 40, 100)) {
    await page.locator(column).evaluate((el, y) => el.scrollTo(0, y), top);
    for (const p of await unreadableText(page)) found.set(`${p.kind}|${p.text}|${p.detail}`, p);
    if (top + heights.client >= heights.scroll) break;
  }
  await page.locator(column).evaluate((el) => el.scrollTo(0, 0));
  return [...found.values()];
}
