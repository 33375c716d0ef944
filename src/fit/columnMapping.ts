/**
 * Decides what each imported column or series is: the user's mapping first, then the recognised
 * name, then the unit written in the cells, then the lab's unit (with a percentage guess for ratios).
 */
import { guessColumn } from './columnNames';
import { OBSERVED_METRIC_NAMES, quantityOf, type ObservedMetric } from './observed';
import { ImportError } from './importError';
import { guessRatioUnit, LAB_UNIT, UNITS, unitsFor, type Unit } from './units';

/** What the user said a column is (the mapping dialog, or `--map NAME=metric:unit`). */
export interface ColumnChoice {
  metric: ObservedMetric | 'ignore';
  unit?: Unit;
}
export type Mapping = Record<string, ColumnChoice>;

/** How a column was read, for the mapping dialog and the CLI's report. */
export interface ColumnReport {
  source: string;
  metric?: ObservedMetric;
  unit?: Unit;
  /** How the decision was made. */
  how: 'mapped' | 'recognised' | 'guessed unit' | 'ignored' | 'unknown name' | 'duplicate';
}

export interface ResolvedColumn {
  metric: ObservedMetric;
  unit: Unit;
  how: ColumnReport['how'];
}

/** Checks a user's choice: the metric must exist and the unit must fit its kind. */
export function checkChoice(source: string, c: ColumnChoice): void {
  if (c.metric !== 'ignore' && !OBSERVED_METRIC_NAMES.includes(c.metric)) {
    throw new ImportError(`mapping of "${source}": "${c.metric}" is not a metric (allowed: ${OBSERVED_METRIC_NAMES.join(', ')}, ignore)`, { field: source });
  }
  if (c.metric !== 'ignore' && c.unit !== undefined) {
    const allowed = unitsFor(quantityOf(c.metric));
    if (!allowed.includes(c.unit)) {
      throw new ImportError(`mapping of "${source}": unit "${c.unit}" does not fit ${c.metric} (allowed: ${allowed.join(', ')})`, { field: source });
    }
  }
}

/**
 * Resolves one column. `cellUnit` is a unit written after the numbers ("12 ms", "95%"), if any;
 * `values` are the raw numbers, used only to tell a percentage from a ratio when nothing says.
 */
export function resolveColumn(source: string, mapping: Mapping, cellUnit: Unit | undefined, values: readonly number[]): ResolvedColumn | undefined {
  const chosen = mapping[source];
  if (chosen) {
    checkChoice(source, chosen);
    if (chosen.metric === 'ignore') return undefined;
    return { metric: chosen.metric, unit: chosen.unit ?? cellUnit ?? defaultUnit(chosen.metric, values), how: 'mapped' };
  }
  const g = guessColumn(source);
  if (!g) return undefined;
  // A unit written with every value beats one read from the name ("Cache hit ratio" holding "91%").
  const named = (cellUnit && unitsFor(quantityOf(g.metric)).includes(cellUnit) ? cellUnit : undefined) ?? g.unit;
  if (named) return { metric: g.metric, unit: named, how: 'recognised' };
  const unit = defaultUnit(g.metric, values);
  return { metric: g.metric, unit, how: unit === LAB_UNIT[quantityOf(g.metric)] ? 'recognised' : 'guessed unit' };
}

function defaultUnit(metric: ObservedMetric, values: readonly number[]): Unit {
  const q = quantityOf(metric);
  return q === 'ratio' ? guessRatioUnit(values) : LAB_UNIT[q];
}

export const toLabUnit = (value: number, unit: Unit): number => value * UNITS[unit].factor;
