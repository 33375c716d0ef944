/**
 * Chart marks for mitigation switches read like the switch: "LIFO queue on", "CoDel target 10 ms",
 * not "db.queueOrder lifo". Returns null for changes that are not the panel's, so the lab's own
 * labels (markLabels.ts) handle them.
 */
import type { ParamsPatch } from '../../sim/scenario';
import { MITIGATIONS } from '../../mitigations/catalog';
import { leavesOf, samePatch } from './patches';
import { settingFor } from './settings';

/** Off patches shared by rivals name the field's default instead of one switch. */
const SHARED_OFF: Record<string, (v: unknown) => string> = {
  'client.backoff': (v) => `Backoff ${String(v)}`,
  'db.queueOrder': (v) => `Queue ${String(v).toUpperCase()}`,
  'shedding.mode': (v) => (v === 'off' ? 'Shedding off' : `Shedding ${String(v)}`),
};

export function mitigationMarkText(changes: ParamsPatch): string | null {
  const on = MITIGATIONS.find((m) => samePatch(changes, m.on));
  if (on) return `${on.label} on`;
  const off = MITIGATIONS.filter((m) => samePatch(changes, m.off));
  if (off.length === 1) return `${off[0].label} off`;
  const leaves = leavesOf(changes);
  if (leaves.length !== 1) return null;
  const [l] = leaves;
  if (off.length > 1) return SHARED_OFF[`${l.section}.${l.field}`]?.(l.value) ?? null;
  const s = settingFor(l.section, l.field);
  return s && typeof l.value === 'number' ? s.mark(l.value) : null;
}
