/**
 * Words for one cell of the map: its two axis values, its outcome and what the outcome rests on
 * (seconds to recover, the goodput share it ended with). The same text is the hover card, the
 * keyboard-focus card and the cell's aria-label, so every way of reading the map says the same.
 */
import type { CellResult } from '../../map';
import { formatCount, formatPercent, formatSimTime } from '../format';
import type { AxisChoice } from './axisChoices';

/** One axis value in words, e.g. "2,000 req/s", "400 hottest keys flushed", "timeout 500 ms". */
export function axisValueText(choice: AxisChoice, v: number): string {
  if (choice.valueText) return choice.valueText(v);
  const n = formatCount(v);
  switch (choice.id) {
    case 'load':
      return `${n} req/s`;
    case 'hottest':
      return `${n} hottest keys flushed`;
    case 'outage':
      return `${v} s outage`;
    case 'slowdown':
      return `${v} s DB slowdown`;
    case 'timeout':
      return `timeout ${n} ms`;
    case 'retries':
      return `${v} ${v === 1 ? 'retry' : 'retries'}`;
    case 'workers':
      return `${n} DB workers`;
    case 'shedding':
      return `shed above ${n} ms queue delay`;
    default:
      return `${choice.path} = ${v}`;
  }
}

export type CellRead = Pick<CellResult, 'outcome' | 'recoverS' | 'finalShare' | 'stoppedAtS'>;

/** What happened, in one sentence. */
export function outcomeText(r: CellRead | null): string {
  if (!r) return 'Not computed yet.';
  if (r.outcome === 'never-healthy') return 'Never healthy: already failing before the trigger (this load alone is too much).';
  if (r.outcome === 'stuck') return `Stuck: a metastable failure, still failing long after the trigger ended (run stopped at ${formatSimTime(r.stoppedAtS)}).`;
  const s = Math.round(r.recoverS ?? 0);
  return s === 0 ? 'Recovered at once: healthy right after the trigger.' : `Recovered ${s} s after the trigger ended.`;
}

export interface CellExplanation {
  heading: string;
  lines: string[];
}

/** The hover/focus card of a cell. */
export function explainCell(x: AxisChoice, xv: number, y: AxisChoice, yv: number, r: CellRead | null): CellExplanation {
  const lines = [outcomeText(r)];
  if (r) lines.push(`Final goodput: ${formatPercent(r.finalShare, 0)} of demand.`, 'Click or press Enter to open this run in the lab.');
  return { heading: `${capitalise(axisValueText(x, xv))} · ${axisValueText(y, yv)}`, lines };
}

/** The cell's accessible name: the card in one line. */
export function cellLabel(e: CellExplanation): string {
  return `${e.heading}. ${e.lines.join(' ')}`;
}

const capitalise = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);
