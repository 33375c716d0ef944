/**
 * The link to the moment on screen, for the QR code: the same run (the share link in the hash), the
 * same lesson step, paused at the same simulated time. It adds two query parameters to the lab's
 * existing ones (`?lesson=`, `?paused`):
 *   `step=<n>`  the lesson step, counted from 1 (needs `lesson`);
 *   `at=<s>`    simulated seconds to run to before pausing (a whole number, 0 to 86,400).
 * The presenter view (`view=present`) is dropped: phones get the ordinary lab.
 */
import { readQuery } from '../../share/address';

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
}

/**
 * Reads `step` and `at` through the address table (src/share/address.ts), like every other
 * parameter; an unreadable value is ignored here and named, once, with the address's other messages.
 */
export function readMoment(search: string): MomentRequest {
  const { step, at } = readQuery(search).values;
  return { stepIndex: step === undefined ? null : step - 1, atS: at ?? null };
}
