/** How much time the charts show, and the colour theme. */
import { ROLLING_WINDOW_S, type WindowMode } from '../store/labStore';
import { useLab, useLabState } from '../runtime/LabContext';

const WINDOWS: { mode: WindowMode; label: string }[] = [
  { mode: 'rolling', label: `Last ${ROLLING_WINDOW_S} s` },
  { mode: 'whole', label: 'Whole run' },
];

export function WindowToggle() {
  const lab = useLab();
  const mode = useLabState((s) => s.windowMode);
  return (
    <fieldset className="window-toggle">
      <legend>Show</legend>
      {WINDOWS.map((w) => (
        <label key={w.mode} className="seg">
          <input type="radio" name="window" value={w.mode} checked={mode === w.mode} onChange={() => lab.setWindow(w.mode)} />
          <span>{w.label}</span>
        </label>
      ))}
    </fieldset>
  );
}

export function ThemeToggle() {
  const lab = useLab();
  const theme = useLabState((s) => s.theme);
  return (
    <button
      type="button"
      className="btn btn-quiet theme-toggle"
      aria-pressed={theme === 'dark'}
      aria-label="Dark theme"
      onClick={() => lab.setTheme(theme === 'dark' ? 'light' : 'dark')}
    >
      <span aria-hidden="true">☾</span> Dark
    </button>
  );
}
