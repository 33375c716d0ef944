/**
 * A labelled native range input bound to one live parameter. Native inputs give keyboard support
 * (arrows, Page Up/Down, Home/End) for free; aria-valuetext reads the value with its unit.
 */
import { useId } from 'react';
import { useLab, useLabState } from '../runtime/LabContext';
import type { ControlSpec } from '../store/controls';

export function ParamSlider({ spec }: { spec: ControlSpec }) {
  const lab = useLab();
  const id = useId();
  const params = useLabState((s) => s.params);
  const draft = useLabState((s) => s.drafts[spec.id]);
  const value = draft ?? spec.fromParams(params);
  const text = spec.valueText(value, params);
  return (
    <div className="param" data-control={spec.id} data-pending={draft !== undefined ? 'true' : undefined}>
      <div className="param-head">
        <label htmlFor={id} className="param-label">
          {spec.label}
        </label>
        <output htmlFor={id} className="param-value">
          {text}
        </output>
      </div>
      <input
        id={id}
        type="range"
        min={spec.min(params)}
        max={spec.max(params)}
        step={spec.step(params)}
        value={value}
        aria-valuetext={text}
        aria-describedby={`${id}-hint`}
        onChange={(e) => lab.setControl(spec.id, Number(e.currentTarget.value))}
      />
      <p id={`${id}-hint`} className="param-hint">
        {spec.hint}
      </p>
    </div>
  );
}
