/**
 * A check over the rendered boxes of a page, for text a reader cannot read: a run of text cut off by
 * a box that clips its overflow (or by the window's width), and two runs of text drawn over each
 * other. Only text on top is judged: text scrolled under a sticky bar or a pinned sheet is not clipped,
 * merely covered, and comes back into view when scrolled.
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
    const runs: { el: Element; text: string; r: DOMRect }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const vw = document.documentElement.clientWidth;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = (n.textContent ?? '').trim();
      const el = n.parentElement;
      if (!text || !el || el.closest('[hidden], dialog:not([open]), .visually-hidden, script, style, option, [aria-hidden="true"]')) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      for (const r of Array.from(range.getClientRects())) {
        if (r.width < 1 || r.height < 1) continue;
        // Judge only what is drawn on top at the middle of the run (not covered by a pinned bar).
        const cx = Math.min(Math.max(r.left + r.width / 2, 0), vw - 1);
        const cy = r.top + r.height / 2;
        if (cy < 0 || cy > window.innerHeight) continue;
        const top = document.elementFromPoint(cx, cy);
        if (!top || !(top === el || el.contains(top) || top.contains(el))) continue;
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
