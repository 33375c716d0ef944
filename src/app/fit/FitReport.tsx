/** The fit's account of itself: what the trace barely constrains, the full report, and the way into the lab. */
import { useEffect, useState } from 'react';
import type { FitResult } from '../../fit/runFit';

const loadSession = () => import('./fitSession');

export function FitReport({ result, onOpen }: { result: FitResult; onOpen: () => void }) {
  const [lines, setLines] = useState<string[]>([]);
  useEffect(() => {
    let live = true;
    void loadSession().then((s) => live && setLines(s.fitReportLines(result)));
    return () => {
      live = false;
    };
  }, [result]);
  const loose = result.sensitivity.filter((x) => !x.constrained).map((x) => x.name);
  return (
    <div className="fit-result">
      <p>{loose.length > 0 ? `The trace barely constrains: ${loose.join(', ')}.` : 'Every searched parameter is constrained by the trace.'}</p>
      <button type="button" className="btn btn-primary btn-small" onClick={onOpen}>
        Open the fitted run in the lab
      </button>
      <p className="param-hint">Then switch mitigations on in Compare, and Evidence → What would have saved us runs each one on it for the postmortem.</p>
      <pre className="fit-report" data-testid="fit-report">
        {lines.join('\n')}
      </pre>
    </div>
  );
}
