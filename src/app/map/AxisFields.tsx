/**
 * One axis of a sweep: what varies (a picker of the common axes, or fixed) and FROM / TO / STEPS.
 * Picking another axis resets the range to that axis's default for the scenario.
 */
import { useId } from 'react';
import type { Axis } from '../../map';
import type { Scenario } from '../../sim/scenario';
import { AXIS_CHOICES, type AxisChoice } from './axisChoices';

export interface AxisDraft {
  choice: AxisChoice;
  axis: Axis;
}

interface Props {
  legend: string;
  value: AxisDraft;
  onChange(v: AxisDraft): void;
  scenario: Scenario;
  /** Omit to fix the axis (the hysteresis sweep always varies load). */
  choices?: readonly AxisChoice[];
}

export function AxisFields({ legend, value, onChange, scenario, choices }: Props) {
  const id = useId();
  const options = choices && !choices.some((c) => c.id === value.choice.id) ? [...choices, value.choice] : choices;
  const num = (key: 'from' | 'to' | 'steps') => (
    <label className="axis-num">
      {key === 'steps' ? 'Steps' : key === 'from' ? 'From' : 'To'}
      <input
        type="number"
        inputMode="decimal"
        value={Number.isFinite(value.axis[key]) ? value.axis[key] : ''}
        min={key === 'steps' ? 1 : undefined}
        max={key === 'steps' ? 64 : undefined}
        onChange={(e) => onChange({ ...value, axis: { ...value.axis, [key]: e.target.value === '' ? Number.NaN : Number(e.target.value) } })}
      />
    </label>
  );
  return (
    <fieldset className="axis-fields">
      <legend>{legend}</legend>
      {options ? (
        <>
          <label htmlFor={`${id}-pick`} className="visually-hidden">
            {legend}: what varies
          </label>
          <select
            id={`${id}-pick`}
            value={value.choice.id}
            onChange={(e) => {
              const choice = options.find((c) => c.id === e.target.value) ?? AXIS_CHOICES[0];
              onChange({ choice, axis: choice.range(scenario, value.axis.steps || 12) });
            }}
          >
            {options.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
        </>
      ) : null}
      <div className="axis-nums">
        {num('from')}
        {num('to')}
        {num('steps')}
      </div>
    </fieldset>
  );
}
