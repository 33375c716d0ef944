/** Short human labels for triggers and changes, as marked on the charts and in logs: the event table's wording. */
import { EVENT_SCHEMA, type EventRow, type EventValues } from './eventSchema';
import type { Trigger } from './scenario';

export { describeChanges } from './eventSchema';

export function describeTrigger(t: Trigger): string {
  return (EVENT_SCHEMA[t.type] as EventRow).describe(t as unknown as EventValues);
}
