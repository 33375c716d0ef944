/**
 * Evidence out, in the browser: collects the run (frames, marks, scenario) and the drawn charts,
 * turns them into files with evidenceFiles.ts, and downloads them through a Blob and an object URL.
 * Loaded by dynamic import on the first export, so none of it weighs on the lab's first load.
 */
import type { LabRuntime } from '../../runtime/labRuntime';
import { toFrameArray } from '../../../analysis/frames';
import { formatSimTime } from '../../format';
import {
  EVIDENCE_TYPES,
  chartsSvgDocument,
  evidenceFileName,
  metricsCsv,
  postmortemDraft,
  scenarioJson,
  type EvidenceKind,
  type PlacedChart,
  type PlacedSvg,
  type PlacedText,
  type RunHeading,
} from './evidenceFiles';
import { inlineSvg } from './inlineSvg';
import { whatIfInBrowser, type WhatIfHooks } from './whatIfRuns';

/** PNGs are drawn at twice the page's pixels: sharp in a slide or a postmortem doc. */
const PNG_SCALE = 2;

/**
 * Downloads one export and returns its file name. With `whatIf`, the postmortem draft first runs
 * every mitigation on the scenario (`hooks` gives progress and Cancel) for its "What would have
 * saved us" section; a cancelled export downloads nothing.
 */
export async function exportEvidence(kind: EvidenceKind, lab: LabRuntime, hooks: WhatIfHooks & { whatIf?: boolean } = {}): Promise<string> {
  const data = lab.data();
  const { scenario } = lab.store.getState();
  const withWhatIf = kind === 'md' && hooks.whatIf === true;
  const name = evidenceFileName(
    scenario.title,
    data.nowS,
    kind,
    kind === 'svg' || kind === 'png' ? 'charts' : kind === 'md' ? (withWhatIf ? 'postmortem-what-if' : 'postmortem') : kind === 'csv' ? 'metrics' : 'scenario',
  );
  let blob: Blob;
  // The runner's columns: the core's, then each tier's (a stack run has its tiers' columns too).
  const tiers = { names: (scenario.stack ?? []).map((t) => t.name), frames: data.tiers.toArray() };
  if (kind === 'csv') blob = new Blob([metricsCsv(toFrameArray(data.ring), tiers)], { type: EVIDENCE_TYPES.csv });
  else if (kind === 'json') blob = new Blob([scenarioJson(scenario)], { type: EVIDENCE_TYPES.json });
  else if (kind === 'md') {
    // The frames and marks of the run on screen now, before the what-if runs take their time.
    const frames = toFrameArray(data.ring);
    const marks = [...data.marks];
    const whatIf = withWhatIf ? await whatIfInBrowser(scenario, hooks) : undefined;
    blob = new Blob([postmortemDraft(scenario, frames, marks, whatIf) + (await roomSection())], { type: EVIDENCE_TYPES.md });
  } else {
    // The whole run, whatever the page shows: "Last 120 s" at 7:00 would leave out a flush at 2:30,
    // the cause of everything in the picture. The page's own view comes back right after.
    const shown = lab.store.getState().windowMode;
    if (shown !== 'whole') {
      lab.setWindow('whole');
      lab.clock.paintNow();
    }
    let svg: { text: string; width: number; height: number };
    try {
      svg = chartsSvg({
        title: scenario.title ?? 'Metastable Lab run',
        when: `the whole run, 0:00 to ${formatSimTime(data.nowS)} of ${formatSimTime(scenario.durationS)} simulated · seed ${scenario.seed}`,
      });
    } finally {
      if (shown !== 'whole') {
        lab.setWindow(shown);
        lab.clock.invalidate();
      }
    }
    blob = kind === 'svg' ? new Blob([svg.text], { type: EVIDENCE_TYPES.svg }) : await pngOf(svg);
  }
  download(blob, name);
  return name;
}

/**
 * On a page the room server served, the room's predictions against the runs (its /room/summary);
 * '' anywhere else, or when the server cannot be reached (the draft goes out without the section).
 */
async function roomSection(): Promise<string> {
  const { relayAddress } = await import('../../room/roomServed');
  if (relayAddress(document, location.href) === null) return '';
  try {
    const [{ roomPostmortemSection }, res] = await Promise.all([import('../../room/roomEvidence'), fetch(new URL('/room/summary', location.href))]);
    return res.ok ? roomPostmortemSection(await res.json()) : '';
  } catch {
    return '';
  }
}

/** The timeline and every visible chart, placed as they are on the page, captions and legends included. */
function chartsSvg(run: RunHeading): { text: string; width: number; height: number } {
  const area = document.querySelector('.lab-charts');
  if (!area) throw new Error('No charts on the page to export.');
  const origin = area.getBoundingClientRect();
  const placed: PlacedChart[] = [];
  for (const fig of area.querySelectorAll<HTMLElement>('figure.timeline, figure.chart')) {
    const plot = fig.querySelector<SVGSVGElement>('.chart-plot > svg, .timeline svg:not(.swatch)');
    if (!plot || fig.offsetParent === null) continue;
    const box = fig.getBoundingClientRect();
    const at = (r: DOMRect) => ({ x: r.left - box.left, y: r.top - box.top, width: r.width, height: r.height });
    const pieces: PlacedSvg[] = [{ ...at(plot.getBoundingClientRect()), svg: inlineSvg(plot) }];
    const caption = fig.querySelector('figcaption');
    for (const sw of caption?.querySelectorAll<SVGSVGElement>('svg') ?? []) pieces.push({ ...at(sw.getBoundingClientRect()), svg: inlineSvg(sw) });
    // Colour chips drawn by CSS (the state legend) become little rectangles of the same colour.
    for (const chip of caption?.querySelectorAll<HTMLElement>('.state-chip') ?? []) {
      const r = at(chip.getBoundingClientRect());
      const fill = getComputedStyle(chip).backgroundColor;
      pieces.push({
        ...r,
        svg: `<svg width="${r.width}" height="${r.height}"><rect width="${r.width}" height="${r.height}" rx="2" style="fill:${fill}"/></svg>`,
      });
    }
    placed.push({
      x: box.left - origin.left,
      y: box.top - origin.top,
      width: box.width,
      height: box.height,
      texts: caption ? captionTexts(caption, box) : [],
      pieces,
    });
  }
  const cs = getComputedStyle(document.documentElement);
  const v = (name: string, fallback: string) => cs.getPropertyValue(name).trim() || fallback;
  const text = chartsSvgDocument(placed, run, v('--bg', '#fff'), v('--ink', '#000'), v('--surface', '#fff'), v('--line', '#ccc'));
  const size = /width="(\d+)" height="(\d+)"/.exec(text.slice(text.indexOf('<svg')));
  return { text, width: Number(size?.[1] ?? 800), height: Number(size?.[2] ?? 600) };
}

/** Every run of text in a caption where the page drew it (one per line box), with its font and colour. */
function captionTexts(caption: Element, box: DOMRect): PlacedText[] {
  const out: PlacedText[] = [];
  const walker = document.createTreeWalker(caption, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = (n.textContent ?? '').trim();
    const el = n.parentElement;
    if (!text || !el || el.closest('.visually-hidden, [hidden]')) continue;
    const style = getComputedStyle(el);
    const range = document.createRange();
    range.selectNodeContents(n);
    const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0);
    if (rects.length === 0) continue;
    const fontSize = parseFloat(style.fontSize);
    // A text node that wraps is split into words; one line box each keeps it where the page had it.
    const words = rects.length === 1 ? [text] : text.split(/\s+/);
    const per = rects.length === 1 ? rects : words.map((_, k) => rects[Math.min(rects.length - 1, Math.floor((k * rects.length) / words.length))]);
    const lines = new Map<DOMRect, string[]>();
    words.forEach((w, k) => lines.set(per[k], [...(lines.get(per[k]) ?? []), w]));
    for (const [r, ws] of lines) {
      out.push({ x: r.left - box.left, y: r.top - box.top + fontSize * 0.95, text: ws.join(' '), fontSize, fontWeight: style.fontWeight, color: style.color });
    }
  }
  return out;
}

/** Draws the SVG onto a canvas (drawImage of the SVG as an image) and encodes it as PNG. */
async function pngOf(svg: { text: string; width: number; height: number }): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg.text], { type: EVIDENCE_TYPES.svg }));
  try {
    const img = new Image();
    img.decoding = 'sync';
    const loaded = new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('The chart image could not be drawn.'));
    });
    img.src = url;
    await loaded;
    const canvas = document.createElement('canvas');
    canvas.width = svg.width * PNG_SCALE;
    canvas.height = svg.height * PNG_SCALE;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('No 2D canvas in this browser.');
    ctx.scale(PNG_SCALE, PNG_SCALE);
    ctx.drawImage(img, 0, 0, svg.width, svg.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed.'))), EVIDENCE_TYPES.png));
  } finally {
    URL.revokeObjectURL(url);
  }
}

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
