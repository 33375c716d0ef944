/**
 * The compare view's controls. A is the lab's run as it stands (with everything you do to it);
 * B is the same scenario and seed plus the mitigations ticked here, from the start or from a
 * chosen simulated time. Both advance in lockstep and draw on the same charts: A solid, B dotted.
 */
import { useId, useRef } from 'react';
import { useStore } from 'zustand';
import { MITIGATIONS, MITIGATION_GROUPS } from '../../mitigations/catalog';
import { useLab } from '../runtime/LabContext';
import { usePainter } from '../runtime/usePainter';
import { compareFor } from './compareRuntime';
import { summarize } from './runSummary';
import { describePlan } from './variant';
import './compare.css';

export function ComparePanel() {
  const lab = useLab();
  const compare = compareFor(lab);
  const { enabled, plan } = useStore(compare.store);
  const id = useId();
  const aRef = useRef<HTMLElement>(null);
  const bRef = useRef<HTMLElement>(null);

  usePainter(() => {
    if (aRef.current) aRef.current.textContent = summarize(lab.data().ring).text;
    if (bRef.current) {
      bRef.current.textContent = enabled ? summarize(compare.ring()).text : 'off';
      // Where B has got to, for checking the lockstep (tests, the curious).
      bRef.current.dataset.nowS = String(compare.nowS());
    }
  });

  const toggle = (mid: string, on: boolean) => compare.setPlan({ ...plan, ids: on ? [...plan.ids, mid] : plan.ids.filter((x) => x !== mid) });
  const atNow = () => Math.floor(lab.data().nowS);

  return (
    <section className="compare-panel" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} className="panel-heading">
        Compare A and B
      </h2>
      <p className="param-hint">
        A is the lab's run. B is the same scenario and seed with the mitigations below; both run in lockstep and draw on the same charts, A solid, B dotted.
        Your triggers and changes apply to both.
      </p>
      {/* Nothing is ticked at first: B must be what the user chose, never a silent default. */}
      <button
        type="button"
        className={`btn ${enabled ? 'btn-primary' : ''} compare-toggle`}
        aria-pressed={enabled}
        aria-describedby={!enabled && plan.ids.length === 0 ? `${id}-pick` : undefined}
        disabled={!enabled && plan.ids.length === 0}
        onClick={() => compare.setEnabled(!enabled)}
      >
        {enabled ? 'Stop comparing' : 'Compare'}
      </button>
      {!enabled && plan.ids.length === 0 && (
        <p id={`${id}-pick`} className="param-hint">
          Tick at least one mitigation below for B.
        </p>
      )}
      <dl className="compare-runs">
        <dt>A</dt>
        <dd>
          <span className="compare-run-what">the lab</span> <span ref={aRef} data-run-summary="a" />
        </dd>
        <dt>B</dt>
        <dd>
          <span className="compare-run-what">+ {describePlan(plan)}</span> <span ref={bRef} data-run-summary="b" />
        </dd>
      </dl>
      <fieldset className="compare-when">
        <legend>B's mitigations are on</legend>
        <label>
          <input type="radio" name={`${id}-when`} checked={plan.fromS <= 0} onChange={() => compare.setPlan({ ...plan, fromS: 0 })} /> from the start
        </label>
        <label>
          <input type="radio" name={`${id}-when`} checked={plan.fromS > 0} onChange={() => compare.setPlan({ ...plan, fromS: Math.max(1, atNow()) })} /> from
        </label>
        <input
          type="number"
          className="compare-from"
          aria-label="Switch B's mitigations on at, simulated seconds"
          min={1}
          step={10}
          value={plan.fromS > 0 ? plan.fromS : ''}
          placeholder="s"
          onChange={(e) => {
            const v = Number(e.currentTarget.value);
            if (Number.isFinite(v) && v > 0) compare.setPlan({ ...plan, fromS: v });
          }}
        />{' '}
        s
      </fieldset>
      {MITIGATION_GROUPS.map((g) => (
        <fieldset key={g.id} className="compare-group">
          <legend>{g.label}</legend>
          {MITIGATIONS.filter((m) => m.group === g.id).map((m) => (
            <label key={m.id} title={m.doc} className="compare-choice">
              <input type="checkbox" checked={plan.ids.includes(m.id)} onChange={(e) => toggle(m.id, e.currentTarget.checked)} /> {m.label}
            </label>
          ))}
        </fieldset>
      ))}
    </section>
  );
}
