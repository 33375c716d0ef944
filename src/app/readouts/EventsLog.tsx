/** Every trigger and change of this run as text, newest first: what the chart flags stand for. */
import { formatSimTime } from '../format';
import { markText } from '../featureParts';
import { useLab, useLabState } from '../runtime/LabContext';

/** Entries shown; older ones remain on the charts. */
const SHOWN = 40;

export function EventsLog() {
  const lab = useLab();
  const count = useLabState((s) => s.markCount);
  useLabState((s) => s.runId);
  const marks = lab.data().marks.slice(-SHOWN).reverse();
  return (
    <section className="events-log" aria-labelledby="events-heading">
      <h2 id="events-heading" className="panel-heading">
        Events <span className="count">{count}</span>
      </h2>
      {marks.length === 0 ? (
        <p className="param-hint">Triggers and changes appear here and on the charts.</p>
      ) : (
        <ol>
          {marks.map((m, i) => (
            <li key={`${m.tS}-${i}-${m.label}`} className={`event event-${m.source}`} title={m.label}>
              <time>{formatSimTime(m.tS)}</time> <span className="event-text">{markText(m)}</span>{' '}
              <span className="event-source">{m.source === 'script' ? 'scripted' : 'live'}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
