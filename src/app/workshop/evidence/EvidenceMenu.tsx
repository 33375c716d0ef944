/**
 * "Evidence" in the sidebar: the run as files to take into a postmortem or a slide. The buttons are
 * all that the first load carries; the exporters load on the first click. "What would have saved us"
 * is the postmortem draft with every mitigation run on the scenario first: the runs take from
 * seconds (a fitted five-minute incident) to minutes (a long, busy run), so it is a button of its
 * own, its progress shows in the status line, and Cancel stops the runs and saves nothing.
 */
import { useRef, useState } from 'react';
import { useLab } from '../../runtime/LabContext';
import type { EvidenceKind } from './evidenceFiles';
import './evidence.css';

const ITEMS: { kind: EvidenceKind; label: string; title: string; whatIf?: boolean }[] = [
  { kind: 'png', label: 'Charts PNG', title: 'The timeline and charts as a PNG image' },
  { kind: 'svg', label: 'Charts SVG', title: 'The timeline and charts as an SVG drawing' },
  { kind: 'csv', label: 'Metrics CSV', title: 'Every frame, with the command-line runner’s columns' },
  { kind: 'json', label: 'Scenario JSON', title: 'The scenario, readable by the runner and the lab' },
  { kind: 'md', label: 'Postmortem draft', title: 'A postmortem timeline draft in Markdown, read off this run' },
  {
    kind: 'md',
    label: 'What would have saved us',
    title: 'The postmortem draft with each mitigation run on this scenario first: did it prevent the incident, end it sooner, at what cost',
    whatIf: true,
  },
];

export function EvidenceMenu() {
  const lab = useLab();
  const [status, setStatus] = useState('');
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const running = useRef<AbortController | null>(null);
  const save = (kind: EvidenceKind, whatIf = false) => {
    setStatus('Preparing…');
    const abort = whatIf ? new AbortController() : null;
    if (abort) {
      running.current = abort;
      setProgress({ done: 0, total: 0 });
    }
    import('./exportEvidence')
      .then((m) =>
        m.exportEvidence(kind, lab, {
          whatIf,
          signal: abort?.signal,
          onProgress: (p) => {
            setProgress(p);
            setStatus(`What would have saved us: ${p.done} of ${p.total} runs (${p.workers} worker${p.workers > 1 ? 's' : ''})…`);
          },
        }),
      )
      .then((name) => setStatus(`Saved ${name}`))
      .catch((e: unknown) =>
        setStatus(
          abort?.signal.aborted ? 'What would have saved us: cancelled, nothing saved.' : `Could not export: ${e instanceof Error ? e.message : String(e)}`,
        ),
      )
      .finally(() => {
        if (abort && running.current === abort) {
          running.current = null;
          setProgress(null);
        }
      });
  };
  return (
    <section className="evidence" aria-labelledby="evidence-heading">
      <h2 id="evidence-heading" className="evidence-heading">
        Evidence
      </h2>
      <div className="evidence-buttons">
        {ITEMS.map((i) => (
          <button
            key={i.label}
            type="button"
            className="btn btn-small"
            title={i.title}
            disabled={i.whatIf === true && progress !== null}
            onClick={() => save(i.kind, i.whatIf)}
          >
            {i.label}
          </button>
        ))}
      </div>
      <p className="evidence-status" role="status">
        {status}
      </p>
      {progress ? (
        <div className="evidence-progress">
          <progress max={progress.total || undefined} value={progress.total ? progress.done : undefined} aria-label="What would have saved us: runs done" />
          <button type="button" className="btn btn-small" aria-label="Cancel what would have saved us" onClick={() => running.current?.abort()}>
            Cancel
          </button>
        </div>
      ) : null}
    </section>
  );
}
