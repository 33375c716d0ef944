/** The current state of the run, big and coloured, with one line that says why (painted live). */
import { useRef } from 'react';
import { STATE_COLOR, STATE_LABEL } from '../charts/stateColors';
import { useLab } from '../runtime/LabContext';
import { usePainter } from '../runtime/usePainter';
import { explainState, factsOf } from './explainState';

export function StateReadout() {
  const lab = useLab();
  const badge = useRef<HTMLSpanElement>(null);
  const why = useRef<HTMLParagraphElement>(null);
  usePainter(() => {
    const { ring } = lab.data();
    const facts = ring.length > 0 ? factsOf((c) => ring.latest(c)) : null;
    const e = explainState(facts, lab.store.getState().capacities);
    if (badge.current) {
      const text = e.state ? STATE_LABEL[e.state] : 'Starting';
      if (badge.current.textContent !== text) badge.current.textContent = text;
      badge.current.dataset.state = e.state ?? 'none';
      badge.current.style.setProperty('--state-color', e.state ? STATE_COLOR[e.state] : 'var(--ink-2)');
    }
    if (why.current && why.current.textContent !== e.why) why.current.textContent = e.why;
  });
  return (
    <section className="state-readout" aria-labelledby="state-heading">
      <div className="state-head">
        <h2 id="state-heading" className="readout-label">
          State
        </h2>
        <span className="state-badge" ref={badge} data-state="none" role="status">
          Starting
        </span>
      </div>
      <p className="state-why" ref={why}>
        Waiting for the first interval of simulated time.
      </p>
    </section>
  );
}
