/** Failures from the worker or a refused command, and problems in a scenario from the address. */
import { useLab, useLabState } from '../runtime/LabContext';
import { setScenarioIssues } from '../store/labActions';

export function ErrorBanner() {
  const lab = useLab();
  const error = useLabState((s) => s.error);
  const issues = useLabState((s) => s.scenarioIssues);
  return (
    <>
      {error && (
        <div className="banner banner-error" role="alert">
          <p>{error}</p>
          <button type="button" className="btn btn-quiet" onClick={() => lab.dismissError()}>
            Dismiss
          </button>
        </div>
      )}
      {issues.length > 0 && (
        <div className="banner banner-warning" role="alert">
          <p>The scenario in the address has problems; the lab runs what could be used:</p>
          <ul>
            {issues.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
          <button type="button" className="btn btn-quiet" onClick={() => setScenarioIssues(lab.store, [])}>
            Dismiss
          </button>
        </div>
      )}
    </>
  );
}
