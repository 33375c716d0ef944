/**
 * Short, friendly text for a mark: "Cache size 5,000" rather than "cache.capacity → 5000". The
 * core's own label stays available (events list title) for anyone matching it against a scenario.
 * Features word their own changes (a mitigation switch reads like the switch): they pass a
 * ChangeWording, tried before the generic field-by-field text.
 */
import type { Mark } from '../../sim/api';
import type { ParamsPatch } from '../../sim/scenario';
import { formatCount } from '../format';

/** A feature's text for a set of changes, or null when they are not its own. */
export type ChangeWording = (changes: ParamsPatch) => string | null;

const FIELD_TEXT: Record<string, (v: unknown) => string> = {
  'workload.rps': (v) => `Load ${formatCount(Number(v))} req/s`,
  'cache.capacity': (v) => `Cache size ${formatCount(Number(v))}`,
  'db.workers': (v) => `DB workers ${formatCount(Number(v))}`,
  'client.retries': (v) => `Retries ${String(v)}`,
  'client.timeoutMs': (v) => `Timeout ${formatCount(Number(v))} ms`,
  'shedding.mode': (v) => (v === 'off' ? 'Shedding off' : `Shedding ${String(v)}`),
  'shedding.maxQueueDelayMs': (v) => `shed at ${formatCount(Number(v))} ms`,
};

/** The text of a mark, asking each wording in turn about a `set` before the generic text. */
export function markTextWith(wordings: readonly ChangeWording[]): (m: Mark) => string {
  return (m) => describeMark(m, wordings);
}

function describeMark(m: Mark, wordings: readonly ChangeWording[]): string {
  // A script that names its events (an incident's timeline) is read in its own words.
  if (m.eventLabel !== undefined) return m.eventLabel;
  const t = m.trigger;
  switch (t.type) {
    case 'flush':
      return t.hottest === undefined ? 'Flush' : `Flush hottest ${formatCount(t.hottest)}`;
    case 'set': {
      const shed = t.changes.shedding;
      // The Load shedding slider sends mode and threshold together: read them as one thing.
      if (shed?.mode === 'queue-delay' && shed.maxQueueDelayMs !== undefined && Object.keys(t.changes).length === 1 && Object.keys(shed).length === 2) {
        return `Shedding at ${formatCount(shed.maxQueueDelayMs)} ms`;
      }
      for (const wording of wordings) {
        const text = wording(t.changes);
        if (text) return text;
      }
      const parts: string[] = [];
      for (const [section, fields] of Object.entries(t.changes)) {
        for (const [field, value] of Object.entries(fields ?? {})) {
          const f = FIELD_TEXT[`${section}.${field}`];
          parts.push(f ? f(value) : `${section}.${field} ${String(value)}`);
        }
      }
      return parts.join(', ') || m.label;
    }
    default:
      return m.label.charAt(0).toUpperCase() + m.label.slice(1);
  }
}
