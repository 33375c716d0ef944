/**
 * A labelled native range input bound to one live parameter. Native inputs give keyboard support
 * (arrows, Page Up/Down, Home/End) for free; aria-valuetext reads the value with its unit. The
 * value shown while it moves and until the worker confirms is the slider draft (useSliderDraft).
 */
import { useCallback, useId } from 'react';
import { useLab, useLabState } from '../runtime/LabContext';
import { useSliderDraft } from '../runtime/useSliderDraft';
import type { ControlSpec } from '../store/controls';

export function ParamSlider({ spec }: { spec: ControlSpec }) {
  const lab = useLab();
  const id = useId();
  const params = useLabState((s) => s.params);
  const send = useCallback((v: number) => lab.applyControl(spec.id, v), [lab, spec.id]);
  const draft = useSliderDraft(spec.fromParams(params), send);
  const value = draft.shown;
  const text = spec.valueText(value, params);
  return (
    <div className="param" data-control={spec.id} data-pending={draft.pending ? 'true' : undefined}>
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
        onChange={(e) => draft.move(Number(e.currentTarget.value))}
        onPointerUp={() => draft.commit()}
        onBlur={() => draft.commit()}
      />
      <p id={`${id}-hint`} className="param-hint">
        {spec.hint}
      </p>
    </div>
  );
}
