/**
 * A lesson step as a question for the room's phones: the step's own question and choices (the
 * lessons' data, unchanged), and for a number a slider over a range that depends only on the unit,
 * never on the answer (a range centred on the run's value would give it away).
 */
import type { RoomQuestion } from '../room/roomProtocol';
import { choiceFor, formatValue } from './prediction';
import type { Lesson, Prediction } from './types';

/** Slider ranges by unit, in display units. */
const RANGES: Record<string, [number, number]> = { '%': [0, 100], ms: [0, 2000], 'req/s': [0, 10_000] };

export function lessonRoomQuestion(lesson: Lesson, stepIndex: number): RoomQuestion {
  const p = lesson.steps[stepIndex].predict;
  const id = `${lesson.id}.${stepIndex + 1}`;
  if (p.kind === 'choice') return { id, text: p.question, kind: 'choice', choices: p.choices.map((c) => c.label) };
  const [min, max] = RANGES[p.unit.unit] ?? [0, 1000];
  return { id, text: p.question, kind: 'number', min, max, unit: p.unit.unit };
}

/** The run's value in the room's terms: the choice it landed in, or the number in display units. */
export function roomRunValue(p: Prediction, raw: number): { runValue: number; runText: string } {
  const text = formatValue(raw, p.unit);
  if (p.kind === 'choice') {
    const k = choiceFor(p, raw);
    return { runValue: k, runText: k >= 0 ? `${text} (${p.choices[k].label})` : text };
  }
  return { runValue: raw * p.unit.scale, runText: text };
}
