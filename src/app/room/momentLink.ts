/**
 * The link to the moment on screen, for the QR code: the same run (the share link in the hash), the
 * same lesson step, paused at the same simulated time. It adds two query parameters to the lab's
 * existing ones (`?lesson=`, `?paused`):
 *   `step=<n>`  the lesson step, counted from 1 (needs `lesson`);
 *   `at=<s>`    simulated seconds to run to before pausing (a whole number, 0 to 86,400).
 * The presenter view (`view=present`) is dropped: phones get the ordinary lab.
 */

/** Largest `at` accepted, s: a day of simulated time. */
export const MAX_AT_S = 86_400;

export interface Moment {
  lessonId: string | null;
  /** Step index, from 0. */
  stepIndex: number;
  /** Simulated seconds on screen. */
  atS: number;
}

export function momentLink(href: string, m: Moment): string {
  const url = new URL(href);
  url.searchParams.delete('view');
  url.searchParams.delete('lesson');
  url.searchParams.delete('step');
  url.searchParams.delete('at');
  url.searchParams.delete('paused');
  if (m.lessonId !== null) {
    url.searchParams.set('lesson', m.lessonId);
    url.searchParams.set('step', String(m.stepIndex + 1));
  }
  url.searchParams.set('at', String(Math.max(0, Math.floor(m.atS))));
  url.searchParams.set('paused', '');
  // `paused=` reads back as present; written bare it is shorter on a QR code.
  return url.toString().replace(/([?&])paused=(?=&|#|$)/, '$1paused');
}

export interface MomentRequest {
  /** Step index from 0, when the address names one. */
  stepIndex: number | null;
  atS: number | null;
  /** One message per unreadable parameter, naming it, its value and what is allowed. */
  issues: string[];
}

/** Reads `step` and `at` from a query string; bad values are ignored with a message. */
export function readMoment(search: string): MomentRequest {
  const q = new URLSearchParams(search);
  const issues: string[] = [];
  const whole = (name: string, min: number, max: number): number | null => {
    const raw = q.get(name);
    if (raw === null) return null;
    const n = Number(raw);
    if (raw.trim() !== '' && Number.isInteger(n) && n >= min && n <= max) return n;
    issues.push(`${name}: "${raw}" is not a whole number from ${min.toLocaleString('en-US')} to ${max.toLocaleString('en-US')}; ignored.`);
    return null;
  };
  const step = whole('step', 1, 99);
  return { stepIndex: step === null ? null : step - 1, atS: whole('at', 0, MAX_AT_S), issues };
}
