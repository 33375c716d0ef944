/** Numbers in imported cells, with the unit a formatted export may write after them ("12 ms", "95%"). */
import type { Unit } from './units';

const CELL = /^([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)\s*(%|ms|s|req\/s|\/s|rps|qps|\/min|rpm)?$/;
const MISSING = new Set(['', 'null', 'nan', 'none', 'n/a', '-', 'undefined']);

const SUFFIX_UNITS: Record<string, Unit> = {
  '%': 'percent',
  ms: 'ms',
  s: 's',
  'req/s': 'per-second',
  '/s': 'per-second',
  rps: 'per-second',
  qps: 'per-second',
  '/min': 'per-minute',
  rpm: 'per-minute',
};

export type Cell = { kind: 'missing' } | { kind: 'number'; value: number; unit?: Unit } | { kind: 'bad' };

export function parseCell(text: string): Cell {
  const s = text.trim();
  if (MISSING.has(s.toLowerCase())) return { kind: 'missing' };
  const m = CELL.exec(s);
  if (!m) return { kind: 'bad' };
  const value = Number(m[1]);
  if (!Number.isFinite(value)) return { kind: 'bad' };
  return m[2] ? { kind: 'number', value, unit: SUFFIX_UNITS[m[2]] } : { kind: 'number', value };
}
