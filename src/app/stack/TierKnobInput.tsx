/**
 * One knob of a tier as a native control (range, select or checkbox, so the keyboard works as
 * everywhere else in the lab). Moving it sends a live `tier-set` once the gesture settles: one mark
 * on the charts and one event in the link per gesture, not per pixel. The value shown is the
 * user's until the worker reports the tier's knobs in force.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { Tier } from '../../sim/stackSchema';
import { TIER_DOCS } from '../../sim/stackSchemaDocs';
import { SLIDER_SETTLE_MS } from '../runtime/sliderSettle';
import { useLab } from '../runtime/LabContext';
import { fieldSpecOf, knobText, sliderRange, type TierKnob } from './tierKnobs';

type Value = number | string | boolean;

export function TierKnobInput({ tier, knob }: { tier: Tier; knob: TierKnob }) {
  const lab = useLab();
  const id = useId();
  const inForce = (tier as unknown as Record<string, Value>)[knob.field];
  // The user's value, and the value in force when it was chosen: once the worker reports another
  // value in force (the change applied, or a later one), the draft is over.
  const [pending, setPending] = useState<{ value: Value; over: Value } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  const draft = pending !== null && pending.over === inForce ? pending.value : null;
  const value = draft ?? inForce;
  const spec = fieldSpecOf(tier, knob.field);
  const text = knobText(knob, value);

  const change = (v: Value, settle: boolean) => {
    setPending({ value: v, over: inForce });
    if (timer.current) clearTimeout(timer.current);
    const send = () => lab.trigger({ type: 'tier-set', tier: tier.name, changes: { [knob.field]: v } });
    if (settle) timer.current = setTimeout(send, SLIDER_SETTLE_MS);
    else send();
  };

  let control;
  if (spec.kind === 'enum') {
    control = (
      <select id={id} value={String(value)} aria-describedby={`${id}-hint`} onChange={(e) => change(e.currentTarget.value, false)}>
        {spec.values.map((v) => (
          <option key={v} value={v}>
            {v}
          </option>
        ))}
      </select>
    );
  } else if (spec.kind === 'bool') {
    control = (
      <input id={id} type="checkbox" checked={value === true} aria-describedby={`${id}-hint`} onChange={(e) => change(e.currentTarget.checked, false)} />
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
        onChange={(e) => change(Number(e.currentTarget.value), true)}
      />
    );
  }
  return (
    <div className="param tier-knob" data-knob={knob.field} data-kind={spec.kind} data-pending={draft !== null ? 'true' : undefined}>
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
