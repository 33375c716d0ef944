/**
 * One knob of a tier as a native control (range, select or checkbox, so the keyboard works as
 * everywhere else in the lab). Moving it sends a live `tier-set` once the gesture settles (a choice
 * or a switch at once): one mark on the charts and one event in the link per gesture, not per
 * pixel. The value shown is the user's until the worker reports the tier's knobs in force (the
 * slider draft, useSliderDraft).
 */
import { useCallback, useId } from 'react';
import type { Tier } from '../../sim/stackSchema';
import { TIER_DOCS } from '../../sim/stackSchemaDocs';
import { useLab } from '../runtime/LabContext';
import { useSliderDraft } from '../runtime/useSliderDraft';
import { fieldSpecOf, knobText, sliderRange, type TierKnob } from './tierKnobs';

type Value = number | string | boolean;

export function TierKnobInput({ tier, knob }: { tier: Tier; knob: TierKnob }) {
  const lab = useLab();
  const id = useId();
  const inForce = (tier as unknown as Record<string, Value>)[knob.field];
  const send = useCallback((v: Value) => lab.apply({ type: 'tier-set', tier: tier.name, changes: { [knob.field]: v } }), [lab, tier.name, knob.field]);
  const draft = useSliderDraft(inForce, send);
  const value = draft.shown;
  const spec = fieldSpecOf(tier, knob.field);
  const text = knobText(knob, value);

  let control;
  if (spec.kind === 'enum') {
    control = (
      <select id={id} value={String(value)} aria-describedby={`${id}-hint`} onChange={(e) => draft.commit(e.currentTarget.value)}>
        {spec.values.map((v) => (
          <option key={v} value={v}>
            {v}
          </option>
        ))}
      </select>
    );
  } else if (spec.kind === 'bool') {
    control = (
      <input id={id} type="checkbox" checked={value === true} aria-describedby={`${id}-hint`} onChange={(e) => draft.commit(e.currentTarget.checked)} />
    );
  } else {
    const r = sliderRange(knob, Number(value));
    control = (
      <input
        id={id}
        type="range"
        min={r.min}
        max={r.max}
        step={r.step}
        value={Number(value)}
        aria-valuetext={text}
        aria-describedby={`${id}-hint`}
        onChange={(e) => draft.move(Number(e.currentTarget.value))}
        onPointerUp={() => draft.commit()}
        onBlur={() => draft.commit()}
      />
    );
  }
  return (
    <div className="param tier-knob" data-knob={knob.field} data-kind={spec.kind} data-pending={draft.pending ? 'true' : undefined}>
      <div className="param-head">
        <label htmlFor={id} className="param-label">
          {knob.label}
        </label>
        <output htmlFor={id} className="param-value">
          {text}
        </output>
      </div>
      {control}
      <p id={`${id}-hint`} className="param-hint">
        {TIER_DOCS[`${tier.kind}.${knob.field}`]}
      </p>
    </div>
  );
}
