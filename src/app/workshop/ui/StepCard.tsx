/** One lesson step: the setup text, the question, then the run's answer next to the prediction. */
import { useMemo } from 'react';
import { useLabState } from '../../runtime/LabContext';
import { findTermsInBlock } from '../../glossary/termMatch';
import { TermSegments } from '../../glossary/TermText';
import { formatSimTime } from '../../format';
import { denominatorText, scorePrediction, VERDICT_TEXT } from '../prediction';
import { PredictionForm } from './PredictionForm';
import { useWorkshop, useWorkshopState } from './WorkshopContext';

export function StepCard() {
  const workshop = useWorkshop();
  const lesson = useWorkshopState((s) => s.lesson);
  const progress = useWorkshopState((s) => s.progress);
  const value = useWorkshopState((s) => s.value);
  const ready = useWorkshopState((s) => s.ready);
  const playing = useLabState((s) => s.playing);
  const step = lesson.steps[progress.step];
  const state = progress.steps[progress.step];
  const p = step.predict;
  const last = progress.step === lesson.steps.length - 1;
  // The step's jargon explains itself, each term at its first mention in the step.
  const [textTerms, questionTerms, explainTerms] = useMemo(() => findTermsInBlock([step.text, p.question, step.explain]), [step, p]);
  return (
    <section className="step-card" aria-labelledby="step-heading" data-phase={state.phase}>
      <nav className="step-nav" aria-label="Lesson steps">
        <button type="button" className="btn btn-small" onClick={() => workshop.go(-1)} disabled={progress.step === 0} aria-keyshortcuts="P ArrowLeft">
          ← Previous
        </button>
        <span className="step-count" aria-live="polite">
          Step {progress.step + 1} of {lesson.steps.length}
        </span>
        <button type="button" className="btn btn-small" onClick={() => workshop.go(1)} disabled={last} aria-keyshortcuts="N ArrowRight">
          Next →
        </button>
      </nav>
      <h3 id="step-heading" className="step-title">
        {step.title}
      </h3>
      <p className="step-text">
        <TermSegments segments={textTerms} />
      </p>
      <p className="step-question">
        <TermSegments segments={questionTerms} />
      </p>
      {state.phase === 'predict' && <p className="step-hidden-note">A fresh run; its values stay hidden until you lock in.</p>}
      {state.phase === 'predict' && <PredictionForm key={`${lesson.id}-${progress.step}`} prediction={p} onSubmit={(a) => workshop.submit(a)} />}
      {state.phase === 'running' && (
        <div className="step-running" role="status">
          <p>
            Prediction locked in.{' '}
            {ready
              ? 'The run has reached the answer.'
              : `The answer comes at ${formatSimTime(p.measure.toS)} of simulated time${playing ? '…' : ' (press Play).'}`}
          </p>
          <button type="button" className="btn btn-primary" onClick={() => workshop.reveal()} disabled={!ready} aria-keyshortcuts="V">
            Reveal
          </button>
        </div>
      )}
      {state.phase === 'revealed' && state.answer !== null && <Reveal />}
    </section>
  );

  function Reveal() {
    const scored = scorePrediction(p, state.answer!, value);
    return (
      <div className="step-reveal" role="status" data-verdict={scored.verdict}>
        <p className="reveal-line">
          <span className="reveal-verdict">{VERDICT_TEXT[scored.verdict]}.</span> The run: <strong className="reveal-actual">{scored.actualText}</strong>
          {p.measure.per ? ` ${denominatorText(p.measure)}` : ''}
          {p.kind === 'choice' && scored.rightChoice >= 0 ? ` (${p.choices[scored.rightChoice].label})` : ''}. You said: {scored.predictedText}.
        </p>
        <p className="step-explain">
          <TermSegments segments={explainTerms} />
        </p>
        <p className="reveal-where">
          Look at the highlighted span, {formatSimTime(p.measure.fromS)}–{formatSimTime(p.measure.toS)}, on the outlined chart.
        </p>
        <button type="button" className="btn btn-small" onClick={() => workshop.again()}>
          Ask again on a fresh run
        </button>
      </div>
    );
  }
}
