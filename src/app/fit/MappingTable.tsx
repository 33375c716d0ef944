/** The mapping dialog's table: what each imported column is, and in which unit. */
import type { ColumnReport, Mapping } from '../../fit/columnMapping';
import { OBSERVED_METRICS, OBSERVED_METRIC_NAMES, quantityOf, type ObservedMetric } from '../../fit/observed';
import { UNITS, unitsFor, type Unit } from '../../fit/units';

export function MappingTable({ columns, mapping, onChange }: { columns: readonly ColumnReport[]; mapping: Mapping; onChange: (m: Mapping) => void }) {
  const set = (source: string, metric: ObservedMetric | 'ignore', unit?: Unit) => onChange({ ...mapping, [source]: unit ? { metric, unit } : { metric } });
  return (
    <table className="fit-mapping">
      <caption>Columns read from the file (change any that is wrong)</caption>
      <thead>
        <tr>
          <th scope="col">column</th>
          <th scope="col">is</th>
          <th scope="col">unit</th>
        </tr>
      </thead>
      <tbody>
        {columns.map((c) => {
          const metric = c.metric && c.how !== 'duplicate' ? c.metric : undefined;
          return (
            <tr key={c.source}>
              <th scope="row">{c.source}</th>
              <td>
                <select aria-label={`${c.source} is`} value={metric ?? 'ignore'} onChange={(e) => set(c.source, e.currentTarget.value as ObservedMetric | 'ignore')}>
                  <option value="ignore">{c.how === 'unknown name' ? 'not used (unknown name)' : 'not used'}</option>
                  {OBSERVED_METRIC_NAMES.map((m) => (
                    <option key={m} value={m}>
                      {OBSERVED_METRICS[m]}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                {metric ? (
                  <select aria-label={`${c.source} unit`} value={c.unit} onChange={(e) => set(c.source, metric, e.currentTarget.value as Unit)}>
                    {unitsFor(quantityOf(metric)).map((u) => (
                      <option key={u} value={u}>
                        {UNITS[u].label}
                      </option>
                    ))}
                  </select>
                ) : null}
                {c.how === 'guessed unit' ? <span className="param-hint"> (guessed)</span> : null}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
