/**
 * What the colours mean, with how many cells of each so far: the recovery ramp (pale = recovered at
 * once, deep = slow), stuck, never healthy (hatched) and not yet computed.
 */
import { useStore } from 'zustand';
import type { CellResult } from '../../map';
import { legendEntries, recoveryGradient, RECOVERY_SCALE_MAX_S, RECOVERY_TICKS_S } from './outcomeColors';
import type { ProgressStore } from './sweepRun';

export function MapLegend({ results, progress }: { results: { current: (CellResult | null)[] }; progress: ProgressStore }) {
  useStore(progress, (p) => p.done); // counts follow the results
  const entries = legendEntries(results.current);
  return (
    <div className="map-legend" aria-label="Legend">
      {entries.map((e) => (
        <div key={e.key} className="legend-row" data-legend={e.key}>
          {e.key === 'recovered' ? (
            <span className="legend-ramp">
              <span className="ramp-bar" style={{ background: recoveryGradient() }} aria-hidden="true" />
              <span className="ramp-ticks" aria-hidden="true">
                {RECOVERY_TICKS_S.map((t) => (
                  <span key={t}>{t === RECOVERY_SCALE_MAX_S ? `≥${t}` : t}</span>
                ))}
              </span>
            </span>
          ) : (
            <span
              className={`legend-swatch${e.hatched ? ' hatched' : ''}${e.key === 'pending' ? ' pending' : ''}`}
              style={{ background: e.hatched ? undefined : e.color }}
              aria-hidden="true"
            />
          )}
          <span className="legend-text">
            {e.key === 'recovered' ? 'Recovered, seconds after the trigger ended' : e.label} <span className="legend-count">({e.count})</span>
          </span>
        </div>
      ))}
    </div>
  );
}
