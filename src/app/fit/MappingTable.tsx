/** The mapping dialog: what each imported column is, and in which unit. */
import type { ColumnReport, Mapping } from '../../fit/columnMapping';
import { OBSERVED_METRICS, OBSERVED_METRIC_NAMES, quantityOf, type ObservedMetric } from '../../fit/observed';
import { UNITS, unitsFor, type Unit } from '../../fit/units';

export function MappingTable({ columns, mapping, onChange }: { columns: readonly ColumnReport[]; mapping: Mapping; onChange: (m: Mapping) => void }) {
  const set = (source: string, metric: ObservedMetric | 'ignore', unit?: Unit) => onChange({ ...mapping, [source]: unit ? { metric, unit } : { metric } });
  return (
    <div className="fit-mapping" role="group" aria-labelledby="fit-mapping-caption">
      <p id="fit-mapping-caption" className="fit-mapping-caption">
        Columns read from the file (change any that is wrong)
      </p>
      <ul>
        {columns.map((c) => {
          const metric = c.metric && c.how !== 'duplicate' ? c.metric : undefined;
          return (
            <li key={c.source}>
              <span className="fit-column-name">
                {c.source}
                {c.how === 'guessed unit' ? <span className="param-hint"> (unit guessed)</span> : null}
              </span>
              <span className="fit-column-choice">
                <select
                  aria-label={`${c.source} is`}
                  value={metric ?? 'ignore'}
                  onChange={(e) => set(c.source, e.currentTarget.value as ObservedMetric | 'ignore')}
                >
                  <option value="ignore">{c.how === 'unknown name' ? 'not used (unknown name)' : 'not used'}</option>
                  {OBSERVED_METRIC_NAMES.map((m) => (
                    <option key={m} value={m}>
                      {OBSERVED_METRICS[m]}
                    </option>
                  ))}
                </select>
                {metric ? (
                  <select aria-label={`${c.source} unit`} value={c.unit} onChange={(e) => set(c.source, metric, e.currentTarget.value as Unit)}>
                    {unitsFor(quantityOf(metric)).map((u) => (
                      <option key={u} value={u}>
                        {UNITS[u].label}
                      </option>
                    ))}
                  </select>
                ) : null}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
