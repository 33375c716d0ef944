/**
 * The lesson's tasks: each ticks itself off when the run shows it done; then what the room takes
 * home. A disclosure: open in the lab, folded to its one-line count in the presenter view, where a
 * projector's height goes to the step being asked (the facilitator opens it when the room gets to it).
 */
import { useMemo, useState } from 'react';
import { workshopView } from '../viewState';
import { useWorkshop, useWorkshopState } from './WorkshopContext';
import { useLab } from '../../runtime/LabContext';
import { findTermsInBlock } from '../../glossary/termMatch';
import { TermSegments, TermText } from '../../glossary/TermText';

export function TaskList() {
  const lab = useLab();
  const lesson = useWorkshopState((s) => s.lesson);
  const ticked = useWorkshopState((s) => s.progress.ticked);
  useWorkshop();
  const [startOpen] = useState(() => !workshopView.getState().present);
  // Each task's text and hint, read as one block: a term is explained at its first mention.
  const terms = useMemo(() => findTermsInBlock(lesson.tasks.flatMap((t) => [t.text, t.hint])), [lesson]);
  return (
    <details className="tasks" open={startOpen}>
      <summary>
        <h3 id="tasks-heading">
          Tasks{' '}
          <span className="count">
            {ticked.length}/{lesson.tasks.length}
          </span>
        </h3>
      </summary>
      <ul>
        {lesson.tasks.map((t, k) => {
          const done = ticked.includes(t.id);
          return (
            <li key={t.id} className="task" data-task={t.id} data-done={done || undefined}>
              <span className="task-box" aria-hidden="true">
                {done ? '✓' : ''}
              </span>
              <span>
                <TermSegments segments={terms[2 * k]} /> <span className="visually-hidden">{done ? '(done)' : '(not yet)'}</span>
                <span className="task-hint">
                  <TermSegments segments={terms[2 * k + 1]} />
                </span>
              </span>
            </li>
          );
        })}
      </ul>
      {lesson.actions && (
        <div className="lesson-actions">
          {lesson.actions.map((a) => (
            <button key={a.label} type="button" className="btn btn-trigger" onClick={() => lab.trigger(a.trigger)}>
              {a.label}
            </button>
          ))}
        </div>
      )}
      <p className="lesson-takeaway">
        <strong>Take home:</strong> <TermText text={lesson.takeaway} />
      </p>
    </details>
  );
}
