/**
 * One number of a mitigation (CoDel target, bucket size…) as a compact labelled range input. The
 * change is sent once the slider rests, so a drag makes one chart mark, not one per pixel.
 */
import { useEffect, useId, useRef } from 'react';
import { SLIDER_SETTLE_MS } from '../runtime/sliderSettle';
import { useLab, useLabState } from '../runtime/LabContext';
import { readSetting, settingPatch, type MitigationSetting } from './settings';
import { usePending } from './usePending';

export function SettingSlider({ setting }: { setting: MitigationSetting }) {
  const lab = useLab();
  const id = useId();
  const actual = useLabState((s) => readSetting(setting, s.params));
  const [value, request] = usePending(actual);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const text = setting.text(value);
  const change = (v: number) => {
    request(v);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => lab.trigger({ type: 'set', changes: settingPatch(setting, v) }), SLIDER_SETTLE_MS);
  };
  return (
    <div className="mit-setting" data-setting={`${setting.section}.${setting.field}`}>
      <label htmlFor={id}>{setting.label}</label>
      <input
        id={id}
        type="range"
        min={setting.min}
        max={setting.max}
        step={setting.step}
        value={Math.min(setting.max, Math.max(setting.min, value))}
        aria-valuetext={text}
        onChange={(e) => change(Number(e.currentTarget.value))}
      />
      <output htmlFor={id}>{text}</output>
    </div>
  );
}
