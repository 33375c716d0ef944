/**
 * Parameters the user fixes (`--fix db.workers=8`, or the fit panel's lock): any numeric field of the
 * scenario document, or a fit parameter such as `db.capacityQps` or `trigger.atS`. Values are checked
 * against the document's ranges, so a typo is a message naming field, value and range, not a bad fit.
 */
import { checkField } from '../sim/parseScenario';
import { fieldSpec } from '../sim/schema';
import { FIT_PARAMS, FIT_PARAM_NAMES, type FitParamName, type Fixed } from './fitSpace';

export function parseFixed(assignments: readonly string[]): { fixed: Fixed; errors: string[] } {
  const fixed: Fixed = {};
  const errors: string[] = [];
  for (const a of assignments) {
    const eq = a.indexOf('=');
    if (eq <= 0) {
      errors.push(`"${a}": write FIELD=VALUE, e.g. db.workers=8`);
      continue;
    }
    const path = a.slice(0, eq).trim();
    const text = a.slice(eq + 1).trim();
    const value = Number(text);
    const spec = fieldSpec(path);
    if (!spec && FIT_PARAM_NAMES.includes(path as FitParamName)) {
      const p = FIT_PARAMS[path as FitParamName];
      if (text === '' || !Number.isFinite(value) || value < p.min || value > p.max) {
        errors.push(`${path}: "${text}" is not a number from ${p.min} to ${p.max} (${p.doc})`);
        continue;
      }
    } else if (!spec) {
      errors.push(`${path}: no such field (fields look like db.workers, client.timeoutMs, workload.keys; fit parameters: ${FIT_PARAM_NAMES.join(', ')})`);
      continue;
    } else if (spec.kind !== 'int' && spec.kind !== 'number') {
      errors.push(`${path}: only numeric fields can be fixed (this one is ${spec.kind === 'bool' ? 'true/false' : 'a choice'})`);
      continue;
    } else {
      const ok = checkField(spec, text === '' ? text : value);
      if (!ok.ok) {
        errors.push(`${path}: ${ok.message}`);
        continue;
      }
    }
    fixed[path] = value;
  }
  return { fixed, errors };
}
