/**
 * The evidence a run leaves behind, as file contents and names: metrics as CSV (exactly the
 * runner's columns), the scenario as JSON (the runner reads it back), the postmortem timeline
 * draft as Markdown (with what would have saved the run, when its runs are given), and the charts
 * as one SVG document. Pure: the browser part only collects the inputs (exportEvidence.ts) and
 * downloads the result.
 */
import type { Mark } from '../../../sim/api';
import { csvHeader, csvRows, type TierFrames } from '../../../sim/formatFrames';
import type { Scenario } from '../../../sim/scenario';
import { postmortemMarkdown } from '../../../analysis/postmortem';
import type { WhatIfReport } from '../../../mitigations/whatIf';
import { whatIfMarkdown } from '../../../mitigations/whatIfMarkdown';
import { scenarioToJson } from '../../../share/scenarioFile';

export type EvidenceKind = 'csv' | 'json' | 'md' | 'svg' | 'png';

export const EVIDENCE_TYPES: Record<EvidenceKind, string> = {
  csv: 'text/csv',
  json: 'application/json',
  md: 'text/markdown',
  svg: 'image/svg+xml',
  png: 'image/png',
};

/** `metastable-lab_hotos-21-a-look-aside-cache_t10m00s.csv`: what, which run, how far it got. */
export function evidenceFileName(title: string | undefined, nowS: number, kind: EvidenceKind, part = ''): string {
  const full = (title ?? 'run')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  // At most 48 characters, cut between words.
  const slug = full.length <= 48 ? full : full.slice(0, full.lastIndexOf('-', 48));
  const t = Math.max(0, Math.floor(nowS));
  const stamp = `t${Math.floor(t / 60)}m${String(t % 60).padStart(2, '0')}s`;
  return `metastable-lab_${slug || 'run'}${part ? `_${part}` : ''}_${stamp}.${kind}`;
}

/** The run's frames as the runner prints them: its header, then one row per frame (each tier's columns after the core's). */
export function metricsCsv(frames: Float64Array, tiers?: TierFrames): string {
  return [csvHeader(tiers?.names), ...csvRows(frames, tiers)].join('\n') + '\n';
}

export const scenarioJson = (s: Scenario): string => scenarioToJson(s);

export const postmortemDraft = (s: Scenario, frames: Float64Array, marks: Mark[], whatIf?: WhatIfReport): string =>
  postmortemMarkdown(s, frames, marks, whatIf ? whatIfMarkdown(whatIf) : []);

/** A run of text as the page drew it: position of its baseline's start, size and colour. */
export interface PlacedText {
  x: number;
  /** Baseline, px from the top of its chart. */
  y: number;
  text: string;
  fontSize: number;
  fontWeight: string;
  color: string;
}

/** A drawing (the plot, a legend swatch) placed within its chart. */
export interface PlacedSvg {
  x: number;
  y: number;
  width: number;
  height: number;
  svg: string;
}

/**
 * One chart (or the timeline) placed on the exported page, with everything its caption shows on
 * screen: title, value, units, legend entries with their swatches, so the file reads on its own.
 */
export interface PlacedChart {
  x: number;
  y: number;
  width: number;
  height: number;
  texts: readonly PlacedText[];
  pieces: readonly PlacedSvg[];
}

/** What the exported page says about the run, on a header line of its own. */
export interface RunHeading {
  title: string;
  /** e.g. "the whole run, 0:00 to 3:20 of 10:00 simulated · seed 7". */
  when: string;
}

const HEADER_PX = 52;
/** Room around the charts so that edge labels (the last tick, "10:00") are never cut. */
const MARGIN_PX = 16;
const FONT = 'font-family="system-ui, -apple-system, Segoe UI, Arial, sans-serif"';
const escapeXml = (s: string) => s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
/** Nested <svg>s clip at their edges by default; tick labels that hang over must stay visible. */
const unclipped = (svg: string) => svg.replace(/^<svg\b/, '<svg overflow="visible"');

/**
 * One standalone SVG document: a header with the run's title and time, then every chart at its
 * place on the page (shifted so nothing above the charts leaves a blank band), captions and legends
 * included.
 */
export function chartsSvgDocument(charts: readonly PlacedChart[], run: RunHeading, background: string, ink: string, surface = background, line = ink): string {
  const minX = Math.min(...charts.map((c) => c.x));
  const minY = Math.min(...charts.map((c) => c.y));
  const dx = MARGIN_PX - (Number.isFinite(minX) ? minX : 0);
  const dy = HEADER_PX - (Number.isFinite(minY) ? minY : 0);
  const width = Math.ceil(Math.max(320, ...charts.map((c) => c.x + dx + c.width)) + MARGIN_PX);
  const height = Math.ceil(Math.max(HEADER_PX, ...charts.map((c) => c.y + dy + c.height)) + MARGIN_PX);
  const parts = charts.map((c) => {
    const texts = c.texts.map(
      (t) =>
        `<text x="${t.x.toFixed(1)}" y="${t.y.toFixed(1)}" font-size="${t.fontSize}" font-weight="${escapeXml(t.fontWeight)}" fill="${escapeXml(t.color)}" ${FONT}>${escapeXml(t.text)}</text>`,
    );
    const pieces = c.pieces.map((p) => `<g transform="translate(${p.x.toFixed(1)},${p.y.toFixed(1)})">${unclipped(p.svg)}</g>`);
    const frame = `<rect width="${c.width.toFixed(1)}" height="${c.height.toFixed(1)}" rx="8" fill="${escapeXml(surface)}" stroke="${escapeXml(line)}"/>`;
    return `<g transform="translate(${(c.x + dx).toFixed(1)},${(c.y + dy).toFixed(1)})">${frame}${pieces.join('')}${texts.join('')}</g>`;
  });
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<title>${escapeXml(run.title)}</title><rect width="100%" height="100%" fill="${escapeXml(background)}"/>` +
    `<text x="${MARGIN_PX}" y="24" font-size="17" font-weight="700" fill="${escapeXml(ink)}" ${FONT}>${escapeXml(run.title)}</text>` +
    `<text x="${MARGIN_PX}" y="42" font-size="12" fill="${escapeXml(ink)}" ${FONT}>${escapeXml(run.when)} · Metastable Lab</text>` +
    parts.join('') +
    `</svg>\n`
  );
}
