/**
 * Progress of a sweep: cells (or runs) done of total, elapsed seconds, workers, and a Cancel button
 * while it runs. The elapsed time ticks on a 200 ms timer; the counters come from the sweep's store.
 */
import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { elapsedS, type ProgressStore } from './sweepRun';

export function SweepProgressBar({ progress, unit, onCancel }: { progress: ProgressStore; unit: string; onCancel: () => void }) {
  const p = useStore(progress);
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    if (p.status !== 'running') return;
    const t = setInterval(() => setNow(performance.now()), 200);
    return () => clearInterval(t);
  }, [p.status]);
  const t = elapsedS(p, now);
  const how = p.status === 'done' ? 'Finished' : p.status === 'cancelled' ? 'Cancelled' : p.status === 'running' ? 'Computing' : 'Ready';
  return (
    <div className="sweep-progress" data-status={p.status}>
      <progress max={Math.max(1, p.total)} value={p.done} aria-label={`${unit} done`} />
      <p role="status" aria-live="polite" className="sweep-status">
        <strong>{how}</strong>{' '}
        <span data-testid="sweep-count">
          {p.done} / {p.total}
        </span>{' '}
        {unit} · {t.toFixed(1)} s{p.workers > 0 && ` · ${p.workers} worker${p.workers === 1 ? '' : 's'}`}
        {p.status === 'done' && p.done > 0 && t > 0 && ` · ${(p.done / t).toFixed(1)} ${unit}/s`}
      </p>
      {p.status === 'running' && (
        <button type="button" className="btn btn-small" onClick={onCancel}>
          Cancel
        </button>
      )}
      {p.errors.length > 0 && (
        <ul className="sweep-errors" role="alert">
          {p.errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
