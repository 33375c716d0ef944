/**
 * "Evidence" in the sidebar: the run as files to take into a postmortem or a slide. The buttons are
 * all that the first load carries; the exporters load on the first click.
 */
import { useState } from 'react';
import { useLab } from '../../runtime/LabContext';
import type { EvidenceKind } from './evidenceFiles';
import './evidence.css';

const ITEMS: { kind: EvidenceKind; label: string; title: string }[] = [
  { kind: 'png', label: 'Charts PNG', title: 'The timeline and charts as a PNG image' },
  { kind: 'svg', label: 'Charts SVG', title: 'The timeline and charts as an SVG drawing' },
  { kind: 'csv', label: 'Metrics CSV', title: 'Every frame, with the command-line runner’s columns' },
  { kind: 'json', label: 'Scenario JSON', title: 'The scenario, readable by the runner and the lab' },
  { kind: 'md', label: 'Postmortem draft', title: 'A postmortem timeline draft in Markdown, read off this run' },
];

export function EvidenceMenu() {
  const lab = useLab();
  const [status, setStatus] = useState('');
  const save = (kind: EvidenceKind) => {
    setStatus('Preparing…');
    import('./exportEvidence')
      .then((m) => m.exportEvidence(kind, lab))
      .then((name) => setStatus(`Saved ${name}`))
      .catch((e: unknown) => setStatus(`Could not export: ${e instanceof Error ? e.message : String(e)}`));
  };
  return (
    <section className="evidence" aria-labelledby="evidence-heading">
      <h2 id="evidence-heading" className="evidence-heading">
        Evidence
      </h2>
      <div className="evidence-buttons">
        {ITEMS.map((i) => (
          <button key={i.kind} type="button" className="btn btn-small" title={i.title} onClick={() => save(i.kind)}>
            {i.label}
          </button>
        ))}
      </div>
      <p className="evidence-status" role="status">
        {status}
      </p>
    </section>
  );
}
