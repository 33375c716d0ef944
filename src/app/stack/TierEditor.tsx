/**
 * The selected tier's editor, in the controls column: its knobs (live `tier-set` changes), a fault
 * to apply now (live `tier-fault`), and the structural moves — up, down, remove — which rewrite the
 * scenario and restart the run, since the core builds its path once per run. Focus comes here when
 * a tier is selected and goes back to the tier in the diagram on Close.
 */
import { useEffect, useRef } from 'react';
import { useStore } from 'zustand';
import { useLab, useLabState } from '../runtime/LabContext';
import { showError } from '../store/labActions';
import { moveTier, removeTier, type StackEdit } from './stackEdits';
import { stackViewFor } from './stackView';
import { knobsOf } from './tierKnobs';
import { TierFaultForm } from './TierFaultForm';
import { TierKnobInput } from './TierKnobInput';
import './stack.css';

export function TierEditor() {
  const lab = useLab();
  const view = stackViewFor(lab);
  const selected = useStore(view, (s) => s.selected);
  const stack = useLabState((s) => s.stack);
  const heading = useRef<HTMLHeadingElement>(null);
  const index = stack.findIndex((t) => t.name === selected);
  const tier = index >= 0 ? stack[index] : undefined;

  // The stack in force can lag the selection (a restart reports the new path a moment later): focus
  // the heading when the selected tier's editor appears, not only when the selection changes.
  const shown = tier !== undefined;
  useEffect(() => {
    if (shown) heading.current?.focus();
  }, [selected, shown]);

  if (!tier) return null;
  const close = () => {
    view.setState({ selected: null });
    lab.clock.invalidate();
    document.querySelector<HTMLElement>(`.stack-tier[data-tier="${tier.name}"]`)?.focus();
  };
  const restartWith = (edit: StackEdit, keep: string | null) => {
    if (!edit.ok) return showError(lab.store, edit.error);
    const s = lab.store.getState();
    view.setState({ selected: keep });
    lab.load(edit.scenario, s.playing || s.done);
  };
  const remove = () => {
    // The last tier gone, the diagram stays open (empty) so another can be added; focus goes to
    // its first add button, since this editor is about to close (otherwise to the path's first tier).
    const last = stack.length === 1;
    if (last) view.setState({ building: true });
    restartWith(removeTier(lab.store.getState().scenario, tier.name), null);
    requestAnimationFrame(() => document.querySelector<HTMLElement>(last ? '.stack-add button' : '.stack-tier')?.focus());
  };
  const knobs = knobsOf(tier);
  return (
    <section className="tier-editor" aria-labelledby="tier-editor-heading" data-tier={tier.name}>
      <div className="tier-editor-head">
        <h3 id="tier-editor-heading" className="panel-heading" ref={heading} tabIndex={-1}>
          Tier {tier.name} <span className="tier-kind">{tier.kind}</span>
        </h3>
        <button type="button" className="btn btn-small" onClick={close}>
          Close
        </button>
      </div>
      <p className="param-hint">Knobs and faults act on the running simulation. Moving or removing a tier restarts the run from 0 s.</p>
      <div className="tier-moves" role="group" aria-label={`Move or remove ${tier.name}`}>
        <button
          type="button"
          className="btn btn-small"
          disabled={index === 0}
          onClick={() => restartWith(moveTier(lab.store.getState().scenario, tier.name, -1), tier.name)}
        >
          ↑ Up
        </button>
        <button
          type="button"
          className="btn btn-small"
          disabled={index === stack.length - 1}
          onClick={() => restartWith(moveTier(lab.store.getState().scenario, tier.name, 1), tier.name)}
        >
          ↓ Down
        </button>
        <button type="button" className="btn btn-small" onClick={remove}>
          Remove
        </button>
      </div>
      <TierFaultForm tier={tier} />
      {knobs
        .filter((k) => !k.more)
        .map((k) => (
          <TierKnobInput key={`${tier.name}.${k.field}`} tier={tier} knob={k} />
        ))}
      <details className="tier-more">
        <summary>More knobs</summary>
        {knobs
          .filter((k) => k.more)
          .map((k) => (
            <TierKnobInput key={`${tier.name}.${k.field}`} tier={tier} knob={k} />
          ))}
      </details>
    </section>
  );
}
