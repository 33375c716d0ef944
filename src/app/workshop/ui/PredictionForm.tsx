/** The room's prediction: one of the choices, or a number in the step's unit. */
import { useId, useState } from 'react';
import type { Prediction } from '../types';

export function PredictionForm({ prediction: p, onSubmit }: { prediction: Prediction; onSubmit: (answer: number) => void }) {
  const id = useId();
  const [choice, setChoice] = useState<number | null>(null);
  const [text, setText] = useState('');
  const value = p.kind === 'choice' ? choice : text.trim() === '' ? null : Number(text.replace(/,/g, ''));
  const valid = value !== null && Number.isFinite(value);
  return (
    <form
      className="prediction"
      aria-label="Your prediction"
      onSubmit={(e) => {
        e.preventDefault();
        if (valid) onSubmit(value);
      }}
    >
      {p.kind === 'choice' ? (
        <fieldset className="choices">
          <legend className="visually-hidden">{p.question}</legend>
          {p.choices.map((c, k) => (
            <label key={c.label} className="choice">
              <input type="radio" name={`${id}-choice`} value={k} checked={choice === k} onChange={() => setChoice(k)} />
              <span className="choice-key" aria-hidden="true">
                {k + 1}
              </span>
              <span>{c.label}</span>
            </label>
          ))}
        </fieldset>
      ) : (
        <div className="number-answer">
          <label htmlFor={`${id}-n`}>Your number</label>
          <input id={`${id}-n`} type="text" inputMode="decimal" autoComplete="off" value={text} onChange={(e) => setText(e.target.value)} />
          <span className="unit">{p.unit.unit}</span>
        </div>
      )}
      <button type="submit" className="btn btn-primary" disabled={!valid}>
        Lock in and run
      </button>
    </form>
  );
}
