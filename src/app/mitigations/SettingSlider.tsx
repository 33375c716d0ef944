/**
 * One number of a mitigation (CoDel target, bucket size…) as a compact labelled range input. The
 * slider draft (useSliderDraft) sends the change once the gesture settles, so a drag makes one
 * chart mark, not one per pixel, and shows the user's value until the worker's is in force.
 */
import { useCallback, useId } from 'react';
import { useLab, useLabState } from '../runtime/LabContext';
import { useSliderDraft } from '../runtime/useSliderDraft';
import { readSetting, settingPatch, type MitigationSetting } from './settings';

export function SettingSlider({ setting }: { setting: MitigationSetting }) {
  const lab = useLab();
  const id = useId();
  const actual = useLabState((s) => readSetting(setting, s.params));
  const send = useCallback((v: number) => lab.apply({ type: 'set', changes: settingPatch(setting, v) }), [lab, setting]);
  const draft = useSliderDraft(actual, send);
  const value = draft.shown;
  const text = setting.text(value);
  return (
    <div className="mit-setting" data-setting={`${setting.section}.${setting.field}`} data-pending={draft.pending ? 'true' : undefined}>
      <label htmlFor={id}>{setting.label}</label>
      <input
        id={id}
        type="range"
        min={setting.min}
        max={setting.max}
        step={setting.step}
        value={Math.min(setting.max, Math.max(setting.min, value))}
        aria-valuetext={text}
        onChange={(e) => draft.move(Number(e.currentTarget.value))}
        onPointerUp={() => draft.commit()}
        onBlur={() => draft.commit()}
      />
      <output htmlFor={id}>{text}</output>
    </div>
  );
}
