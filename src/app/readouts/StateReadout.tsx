/**
 * The current state of the run, big and coloured, with one line that says why (painted live). The
 * state's name explains itself (a glossary Term); it changes rarely (the classifier holds a state
 * until the evidence persists), so it is React state, while the reason is painted every frame.
 */
import { useRef, useState, type CSSProperties } from 'react';
import type { StateName } from '../../sim/metrics';
import { STATE_COLOR, STATE_LABEL, STATE_TERM } from '../charts/stateColors';
import { Term } from '../glossary/Term';
import { useLab } from '../runtime/LabContext';
import { usePainter } from '../runtime/usePainter';
import { explainState, factsOf } from './explainState';

export function StateReadout() {
  const lab = useLab();
  const why = useRef<HTMLParagraphElement>(null);
  const [state, setState] = useState<StateName | null>(null);
  usePainter(() => {
    const { ring } = lab.data();
    const facts = ring.length > 0 ? factsOf((c) => ring.latest(c)) : null;
    const { capacities, params } = lab.store.getState();
    const e = explainState(facts, capacities, params);
    setState(e.state ?? null);
    if (why.current && why.current.textContent !== e.why) why.current.textContent = e.why;
  });
  const badgeEl = (
    <span
      className="state-badge"
      data-state={state ?? 'none'}
      style={{ '--state-color': state ? STATE_COLOR[state] : 'var(--ink-2)' } as CSSProperties}
      role="status"
    >
      {state ? STATE_LABEL[state] : 'Starting'}
    </span>
  );
  return (
    <section className="state-readout" aria-labelledby="state-heading">
      <div className="state-head">
        <h2 id="state-heading" className="readout-label">
          State
        </h2>
        {state ? <Term id={STATE_TERM[state]}>{badgeEl}</Term> : badgeEl}
      </div>
      <p className="state-why" ref={why}>
        Waiting for the first interval of simulated time.
      </p>
    </section>
  );
}
