/**
 * Evidence out, in the browser: collects the run (frames, marks, scenario) and the drawn charts,
 * turns them into files with evidenceFiles.ts, and downloads them through a Blob and an object URL.
 * Loaded by dynamic import on the first export, so none of it weighs on the lab's first load.
 */
import type { LabRuntime } from '../../runtime/labRuntime';
import { toFrameArray } from '../../../analysis/frames';
import { EVIDENCE_TYPES, chartsSvgDocument, evidenceFileName, metricsCsv, postmortemDraft, scenarioJson, type EvidenceKind, type PlacedChart } from './evidenceFiles';
import { inlineSvg } from './inlineSvg';

/** PNGs are drawn at twice the page's pixels: sharp in a slide or a postmortem doc. */
const PNG_SCALE = 2;

export async function exportEvidence(kind: EvidenceKind, lab: LabRuntime): Promise<string> {
  const data = lab.data();
  const { scenario } = lab.store.getState();
  const name = evidenceFileName(scenario.title, data.nowS, kind, kind === 'svg' || kind === 'png' ? 'charts' : kind === 'md' ? 'postmortem' : kind === 'csv' ? 'metrics' : 'scenario');
  let blob: Blob;
  if (kind === 'csv') blob = new Blob([metricsCsv(toFrameArray(data.ring))], { type: EVIDENCE_TYPES.csv });
  else if (kind === 'json') blob = new Blob([scenarioJson(scenario)], { type: EVIDENCE_TYPES.json });
  else if (kind === 'md') blob = new Blob([postmortemDraft(scenario, toFrameArray(data.ring), [...data.marks])], { type: EVIDENCE_TYPES.md });
  else {
    const svg = chartsSvg(scenario.title ?? 'Metastable Lab run');
    blob = kind === 'svg' ? new Blob([svg.text], { type: EVIDENCE_TYPES.svg }) : await pngOf(svg);
  }
  download(blob, name);
  return name;
}

/** The timeline and every visible chart, placed as they are on the page. */
function chartsSvg(title: string): { text: string; width: number; height: number } {
  const area = document.querySelector('.lab-charts');
  if (!area) throw new Error('No charts on the page to export.');
  const origin = area.getBoundingClientRect();
  const placed: PlacedChart[] = [];
  for (const fig of area.querySelectorAll<HTMLElement>('figure.timeline, figure.chart')) {
    const svg = fig.querySelector<SVGSVGElement>('.chart-plot > svg, .timeline svg');
    if (!svg || fig.offsetParent === null) continue;
    const r = svg.getBoundingClientRect();
    const caption = [fig.querySelector('.chart-title')?.textContent, fig.querySelector('.chart-value')?.textContent].filter(Boolean).join('  ');
    placed.push({ x: r.left - origin.left, y: r.top - origin.top, width: r.width, height: r.height, caption, svg: inlineSvg(svg) });
  }
  const cs = getComputedStyle(document.documentElement);
  const text = chartsSvgDocument(placed, title, cs.getPropertyValue('--surface').trim() || '#fff', cs.getPropertyValue('--ink').trim() || '#000');
  const size = /width="(\d+)" height="(\d+)"/.exec(text.slice(text.indexOf('<svg')));
  return { text, width: Number(size?.[1] ?? 800), height: Number(size?.[2] ?? 600) };
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
