/**
 * The room's answers as evidence: what the room server's /room/summary holds (this group's
 * questions and the archived groups'), as CSV (one row per bar), as JSON (the summary as it is), and
 * as the postmortem draft's section, "the room predicted … the run gave …". Pure: the fetch is the
 * caller's.
 */
import { barLabels } from './roomBars';
import type { RoomQuestion } from './roomProtocol';

export interface AskedQuestion {
  question: RoomQuestion;
  histogram: number[];
  answered: number;
  runValue: number | null;
  runText: string | null;
}

export interface RoomSummary {
  group: { group: number; questions: AskedQuestion[] };
  archived: { group: number; questions: AskedQuestion[] }[];
}

export const ROOM_CSV_HEADER = 'group,question_id,question,answer,count,answered,run_value,run_text';

const cell = (v: string | number | null): string => {
  if (v === null) return '';
  const text = String(v);
  // Quoted when needed; a leading = + - @ would be read as a formula by a spreadsheet.
  const safe = /^[=+\-@]/.test(text) && typeof v === 'string' ? `'${text}` : text;
  return /[",\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

function groups(s: RoomSummary) {
  return [...s.archived, s.group];
}

export function roomAnswersCsv(s: RoomSummary): string {
  const rows = [ROOM_CSV_HEADER];
  for (const g of groups(s))
    for (const q of g.questions) {
      const labels = barLabels(q.question);
      q.histogram.forEach((n, k) => rows.push([g.group, q.question.id, q.question.text, labels[k], n, q.answered, q.runValue, q.runText].map(cell).join(',')));
    }
  return `${rows.join('\n')}\n`;
}

export function roomAnswersJson(s: RoomSummary): string {
  return `${JSON.stringify(s, null, 2)}\n`;
}

/** "About three quarters (2 of 3), About half (1 of 3)": the bars that got answers, most first. */
export function predictedText(q: AskedQuestion): string {
  const labels = barLabels(q.question);
  const given = q.histogram.map((n, k) => ({ n, label: labels[k] })).filter((b) => b.n > 0);
  given.sort((a, b) => b.n - a.n);
  return given.map((b) => `${b.label} (${b.n} of ${q.answered})`).join(', ');
}

/** The postmortem draft's section on the room, or '' when the room answered nothing yet. */
export function roomPostmortemSection(s: RoomSummary): string {
  const lines: string[] = [];
  for (const g of groups(s))
    for (const q of g.questions) {
      if (q.answered === 0) continue;
      const run = q.runText === null ? 'the run was not revealed' : `the run gave ${q.runText}`;
      lines.push(`- Group ${g.group}, "${q.question.text}": the room predicted ${predictedText(q)}; ${run}.`);
    }
  return lines.length === 0 ? '' : `\n## What the room predicted\n\n${lines.join('\n')}\n`;
}
