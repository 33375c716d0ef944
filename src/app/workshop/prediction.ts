/**
 * Scoring a prediction against the run: a choice is right when the run's value falls in its range;
 * a number is right within the step's tolerance, close within twice that, off beyond. The reveal
 * says what the run produced either way; the point is the surprise, not the score.
 */
import type { MetricName } from '../../sim/metrics';
import type { Measure, Prediction, ValueUnit } from './types';

export type Verdict = 'right' | 'close' | 'off';

export interface Scored {
  verdict: Verdict;
  /** The run's value as shown to the room, e.g. "57%". */
  actualText: string;
  /** The prediction as shown, e.g. "About half" or "80%". */
  predictedText: string;
  /** For choices: the index of the choice the run lands in (-1 if none). */
  rightChoice: number;
}

export function formatValue(raw: number, u: ValueUnit): string {
  if (!Number.isFinite(raw)) return '–';
  const v = raw * u.scale;
  const text = v.toLocaleString('en-US', { minimumFractionDigits: u.digits, maximumFractionDigits: u.digits });
  return u.unit === '%' ? `${text}%` : `${text} ${u.unit}`;
}

/** Index of the choice whose [min, max) holds `value`, or -1. */
export function choiceFor(p: Extract<Prediction, { kind: 'choice' }>, value: number): number {
  return p.choices.findIndex((c) => (c.min === undefined || value >= c.min) && (c.max === undefined || value < c.max));
}

/** `answer`: the choice index, or the typed number in display units (e.g. 80 for 80%). */
export function scorePrediction(p: Prediction, answer: number, actual: number): Scored {
  const actualText = formatValue(actual, p.unit);
  if (p.kind === 'choice') {
    const right = choiceFor(p, actual);
    return {
      verdict: answer === right ? 'right' : Math.abs(answer - right) === 1 ? 'close' : 'off',
      actualText,
      predictedText: p.choices[answer]?.label ?? '–',
      rightChoice: right,
    };
  }
  const predicted = answer / p.unit.scale;
  const allowed = Math.max(p.tolerance * Math.abs(actual), p.slack);
  const miss = Math.abs(predicted - actual);
  const verdict: Verdict = miss <= allowed ? 'right' : miss <= 2 * allowed ? 'close' : 'off';
  return { verdict, actualText, predictedText: formatValue(predicted, p.unit), rightChoice: -1 };
}

export const VERDICT_TEXT: Record<Verdict, string> = {
  right: 'Right',
  close: 'Close',
  off: 'Not this time',
};

/**
 * What a share is a share of, in the room's words. Goodput is 57% of demand but a quarter of the
 * attempts (demand plus retries): a share without its denominator tells two stories.
 */
const DENOMINATORS: Partial<Record<MetricName, string>> = {
  first_rps: 'of demand',
  offered_rps: 'of attempts',
  db_rps: 'of completed queries',
};

/** The words after a measured share ("of demand"), or '' for a measure that is not a share. */
export const SHARE_WORDS: Readonly<Partial<Record<MetricName, string>>> = DENOMINATORS;

export function denominatorText(m: Measure): string {
  if (!m.per) return '';
  // A share of a metric without words yet still names its column rather than hiding it.
  return DENOMINATORS[m.per] ?? `of ${m.per}`;
}
