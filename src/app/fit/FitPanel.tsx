/**
 * Bring your own incident: import a team's metrics (button or drag and drop), check how each column
 * was read, fit the lab to them on Web Workers (progress, Cancel), read the fit's account of itself,
 * and open the fitted run in the lab. Every import is also drawn on the lab's charts (the overlay).
 * The fitting code loads on first use, not with the lab.
 */
import { useRef, useState } from 'react';
import type { Mapping } from '../../fit/columnMapping';
import type { ImportResult } from '../../fit/importFile';
import { importTooLargeMessage, MAX_IMPORT_BYTES } from '../../fit/importLimits';
import type { FitResult } from '../../fit/runFit';
import { useLab } from '../runtime/LabContext';
import { setScenarioIssues } from '../store/labActions';
import type { FitRun } from './fitSession';
import { FitReport } from './FitReport';
import { ImportDrop } from './ImportDrop';
import { MappingTable } from './MappingTable';
import { overlayFor, showObserved } from './observedOverlay';
import { OverlayControls } from './OverlayControls';
import './fit.css';

/** Larger files are refused before they are read: a 5-minute trace is a few tens of kilobytes. */
const BUDGETS = { quick: 24, standard: 80 } as const;

const loadSession = () => import('./fitSession');

type Progress = { phase: string; evaluations: number; budget: number; bestLoss: number };

export function FitPanel() {
  const lab = useLab();
  const run = useRef<FitRun | null>(null);
  const [source, setSource] = useState<{ name: string; text: string } | null>(null);
  const [mapping, setMapping] = useState<Mapping>({});
  const [imported, setImported] = useState<ImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [fixText, setFixText] = useState('');
  const [budget, setBudget] = useState<keyof typeof BUDGETS>('quick');
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [result, setResult] = useState<FitResult | null>(null);
  const [status, setStatus] = useState('No metrics imported yet.');

  const readWith = async (name: string, text: string, m: Mapping) => {
    const s = await loadSession();
    try {
      const r = s.importMetrics(text, m);
      setSource({ name, text });
      setMapping(m);
      setImported(r);
      // Every import is drawn on the charts at once, beside the run it will be fitted to.
      showObserved(overlayFor(lab), r.observed, name);
      setResult(null);
      setError(null);
      setStatus(`Imported ${name}: ${r.format}, ${r.observed.tS.length} frames of ${r.observed.intervalMs / 1000} s.`);
    } catch (e) {
      // What was imported before stays: a bad file or a bad mapping loses nothing.
      setError(`${name}: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  const openFile = async (file: File) => {
    if (file.size > MAX_IMPORT_BYTES) {
      setError(`${file.name}: ${importTooLargeMessage(file.size)}`);
      return;
    }
    await readWith(file.name, await file.text(), {});
  };

  const fit = async () => {
    if (!imported) return;
    const s = await loadSession();
    const fixes = fixText.split(/[\s,;]+/).filter((x) => x !== '');
    const { fixed, errors } = s.parseFixed(fixes);
    if (errors.length > 0) {
      setError(errors.join('\n'));
      return;
    }
    setError(null);
    setResult(null);
    const r = s.startFit(imported.observed, fixed, BUDGETS[budget], (p) => setProgress(p));
    run.current = r;
    setRunning(true);
    setStatus(`Fitting on ${r.workers} worker${r.workers > 1 ? 's' : ''}…`);
    try {
      const res = await r.done;
      if (res.cancelled) setStatus('Fit cancelled.');
      else {
        setResult(res);
        setStatus(`Fitted: loss ${res.loss.toFixed(4)} (analytic start ${res.startLoss.toFixed(4)}).`);
      }
    } catch {
      setStatus('Fit cancelled.');
    } finally {
      run.current = null;
      setRunning(false);
      setProgress(null);
    }
  };

  return (
    <section className="fit-panel" aria-labelledby="fit-heading">
      <h2 id="fit-heading" className="panel-heading">
        Bring your own incident
      </h2>
      <ImportDrop onFile={(f) => void openFile(f)} />
      <p className="param-hint" data-testid="fit-status" role="status">
        {status}
      </p>
      {error ? (
        <p className="fit-error" role="alert">
          {error}
        </p>
      ) : null}
      {imported && source ? (
        <>
          <OverlayControls imported={imported.observed} sourceName={source.name} />
          <MappingTable
            columns={imported.columns}
            mapping={{ ...mappingFrom(imported), ...mapping }}
            onChange={(m) => void readWith(source.name, source.text, m)}
          />
          <label className="fit-field">
            Fix (what you know, e.g. <code>db.workers=8 client.timeoutMs=1000</code>)
            <input type="text" value={fixText} onChange={(e) => setFixText(e.currentTarget.value)} spellCheck={false} />
          </label>
          <fieldset className="fit-field">
            <legend>Search</legend>
            {(Object.keys(BUDGETS) as (keyof typeof BUDGETS)[]).map((b) => (
              <label key={b}>
                <input type="radio" name="fit-budget" checked={budget === b} onChange={() => setBudget(b)} /> {b} ({BUDGETS[b]} points)
              </label>
            ))}
          </fieldset>
          <div className="fit-actions">
            <button type="button" className="btn btn-primary btn-small" disabled={running} onClick={() => void fit()}>
              Fit
            </button>
            {running ? (
              <>
                {progress ? <progress max={progress.budget} value={progress.evaluations} aria-label="Fit progress" /> : <progress aria-label="Fit progress" />}
                <span className="param-hint" data-testid="fit-progress">
                  {progress && progress.phase !== 'scan'
                    ? `${progress.phase} ${progress.evaluations}/${progress.budget}, loss ${progress.bestLoss.toFixed(4)}`
                    : 'scanning the key popularity…'}
                </span>
                <button type="button" className="btn btn-small" onClick={() => run.current?.cancel()}>
                  Cancel
                </button>
              </>
            ) : null}
          </div>
        </>
      ) : null}
      {result ? (
        <FitReport
          result={result}
          onOpen={() => {
            setScenarioIssues(lab.store, []);
            lab.load(result.scenario);
          }}
        />
      ) : null}
    </section>
  );
}

/** The mapping the import arrived at, so the table shows every column's current reading. */
function mappingFrom(r: ImportResult): Mapping {
  const m: Mapping = {};
  for (const c of r.columns) if (c.metric && c.how !== 'duplicate') m[c.source] = { metric: c.metric, unit: c.unit };
  return m;
}
