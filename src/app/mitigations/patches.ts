/**
 * Reading the catalogue's parameter patches against the parameters in force: is a mitigation on,
 * and what does a set of them change together. Pure, so the panel, the compare view and the chart
 * marks agree on one answer.
 */
import type { Params, ParamsPatch } from '../../sim/scenario';
import type { Mitigation } from '../../mitigations/catalog';

type Leaf = { section: keyof Params; field: string; value: unknown };

/** Every (section, field, value) a patch sets. */
export function leavesOf(patch: ParamsPatch): Leaf[] {
  const out: Leaf[] = [];
  for (const [section, fields] of Object.entries(patch)) {
    for (const [field, value] of Object.entries(fields ?? {})) out.push({ section: section as keyof Params, field, value });
  }
  return out;
}

const read = (p: Params, l: Leaf) => (p[l.section] as unknown as Record<string, unknown>)[l.field];

/**
 * On when every field the switch turns (a field its `off` patch also sets) reads as switched on.
 * A numeric field counts as on whenever it differs from its off value, so tuning the staleness
 * window or the queue bound keeps the switch on; a mode or flag must equal the `on` value. Fields
 * only the `on` patch sets (a threshold) are settings, not the switch.
 */
export function isOn(m: Mitigation, p: Params): boolean {
  const offLeaves = leavesOf(m.off);
  const switched = leavesOf(m.on).filter((l) => offLeaves.some((o) => o.section === l.section && o.field === l.field));
  if (switched.length === 0) return false;
  return switched.every((l) => {
    const now = read(p, l);
    if (typeof l.value === 'number') {
      const off = offLeaves.find((o) => o.section === l.section && o.field === l.field)?.value;
      return now !== off;
    }
    return now === l.value;
  });
}

/** Several patches as one (later ones win where two set the same field). */
export function mergePatches(patches: readonly ParamsPatch[]): ParamsPatch {
  const out: Record<string, Record<string, unknown>> = {};
  for (const p of patches) {
    for (const l of leavesOf(p)) (out[l.section] ??= {})[l.field] = l.value;
  }
  return out as ParamsPatch;
}

/** True when the two patches set exactly the same fields to the same values. */
export function samePatch(a: ParamsPatch, b: ParamsPatch): boolean {
  const la = leavesOf(a);
  const lb = leavesOf(b);
  return la.length === lb.length && la.every((l) => lb.some((o) => o.section === l.section && o.field === l.field && o.value === l.value));
}

/** Switches that turn the same field (backoff variants, queue orders, shedding modes) exclude each other. */
export function rivals(m: Mitigation, all: readonly Mitigation[]): Mitigation[] {
  const mine = leavesOf(m.off);
  return all.filter((o) => o.id !== m.id && leavesOf(o.off).some((l) => mine.some((x) => x.section === l.section && x.field === l.field)));
}
