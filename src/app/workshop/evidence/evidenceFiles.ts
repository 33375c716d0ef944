/**
 * The evidence a run leaves behind, as file contents and names: metrics as CSV (exactly the
 * runner's columns), the scenario as JSON (the runner reads it back), the postmortem timeline
 * draft as Markdown, and the charts as one SVG document. Pure: the browser part only collects the
 * inputs (exportEvidence.ts) and downloads the result.
 */
import type { Mark } from '../../../sim/api';
import { csvHeader, csvRows } from '../../../sim/formatFrames';
import type { Scenario } from '../../../sim/scenario';
import { postmortemMarkdown } from '../../../analysis/postmortem';
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

export function metricsCsv(frames: Float64Array): string {
  return [csvHeader(), ...csvRows(frames)].join('\n') + '\n';
}

export const scenarioJson = (s: Scenario): string => scenarioToJson(s);

export const postmortemDraft = (s: Scenario, frames: Float64Array, marks: Mark[]): string => postmortemMarkdown(s, frames, marks);

/** One chart placed on the exported page: its caption and its serialized <svg> markup. */
export interface PlacedChart {
  x: number;
  y: number;
  width: number;
  height: number;
  caption: string;
  svg: string;
}

const CAPTION_PX = 18;
const escapeXml = (s: string) => s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

/** One standalone SVG document with every chart at its place on the page, a caption over each. */
export function chartsSvgDocument(charts: readonly PlacedChart[], title: string, background: string, ink: string): string {
  const width = Math.ceil(Math.max(1, ...charts.map((c) => c.x + c.width)));
  const height = Math.ceil(Math.max(1, ...charts.map((c) => c.y + c.height)) + CAPTION_PX + 8);
  const font = 'font-family="system-ui, -apple-system, Segoe UI, Arial, sans-serif"';
  const parts = charts.map(
    (c) =>
      `<g transform="translate(${c.x},${c.y + CAPTION_PX + 8})"><text x="4" y="-6" font-size="13" font-weight="700" fill="${ink}" ${font}>${escapeXml(c.caption)}</text>${c.svg}</g>`,
  );
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<title>${escapeXml(title)}</title><rect width="100%" height="100%" fill="${background}"/>` +
    parts.join('') +
    `</svg>\n`
  );
}
