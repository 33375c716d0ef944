/**
 * The overlay's controls in the Fit tab: which file is drawn on the charts, how far its time axis is
 * shifted against the run's (seconds; typed, or stepped with the arrow keys and the buttons), and
 * taking it off the charts. An import that was removed can be put back without reading it again.
 */
import { useState } from 'react';
import { useStore } from 'zustand';
import type { Observed } from '../../fit/observed';
import { useLab } from '../runtime/LabContext';
import { MAX_SHIFT_S, overlayFor, removeObserved, shiftObserved, showObserved } from './observedOverlay';

/** Seconds one press of a step button moves the trace. */
const STEP_S = 1;

export function OverlayControls({ imported, sourceName }: { imported: Observed; sourceName: string }) {
  const overlay = overlayFor(useLab());
  const shown = useStore(overlay, (s) => s.observed !== null);
  const shiftS = useStore(overlay, (s) => s.shiftS);
  // What is typed, kept apart from the store so a half-typed "-" is not rejected mid-keystroke.
  const [draft, setDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const step = (value: number) => {
    setDraft(null);
    setProblem(shiftObserved(overlay, value));
  };

  if (!shown) {
    return (
      <div className="fit-actions">
        <button type="button" className="btn btn-small" onClick={() => showObserved(overlay, imported, sourceName)}>
          Show {sourceName} on the charts
        </button>
      </div>
    );
  }
  return (
    <fieldset className="overlay-controls">
      <legend>Observed on the charts</legend>
      <span className="param-hint">
        {sourceName} is drawn as pale bands labelled “observed”; the trace starts at {signedSeconds(shiftS)} of the run's time.
      </span>
      <div className="overlay-shift">
        <label htmlFor="overlay-shift-input">Shift observed (s)</label>
        <span className="overlay-stepper">
          <button type="button" className="btn btn-small" aria-label={`Shift observed ${STEP_S} s earlier`} onClick={() => step(shiftS - STEP_S)}>
            −
          </button>
          <input
            id="overlay-shift-input"
            type="number"
            step={STEP_S}
            min={-MAX_SHIFT_S}
            max={MAX_SHIFT_S}
            value={draft ?? String(shiftS)}
            onChange={(e) => {
              const text = e.currentTarget.value;
              setDraft(text);
              if (text.trim() !== '' && text !== '-') setProblem(shiftObserved(overlay, Number(text)));
            }}
            onBlur={() => setDraft(null)}
          />
          <button type="button" className="btn btn-small" aria-label={`Shift observed ${STEP_S} s later`} onClick={() => step(shiftS + STEP_S)}>
            +
          </button>
        </span>
      </div>
      <div className="fit-actions">
        <button type="button" className="btn btn-small" onClick={() => removeObserved(overlay)}>
          Remove overlay
        </button>
      </div>
      {problem ? (
        <p className="fit-error" role="alert">
          {problem}
        </p>
      ) : null}
    </fieldset>
  );
}

/** "+12 s", "−5 s" (a true minus sign), "0 s". */
function signedSeconds(s: number): string {
  return `${s > 0 ? '+' : s < 0 ? '−' : ''}${Math.abs(s)} s`;
}
