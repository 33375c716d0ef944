/** The lesson's tasks: each ticks itself off when the run shows it done. */
import { useMemo } from 'react';
import { useWorkshop, useWorkshopState } from './WorkshopContext';
import { useLab } from '../../runtime/LabContext';
import { findTermsInBlock } from '../../glossary/termMatch';
import { TermSegments } from '../../glossary/TermText';

export function TaskList() {
  const lab = useLab();
  const lesson = useWorkshopState((s) => s.lesson);
  const ticked = useWorkshopState((s) => s.progress.ticked);
  useWorkshop();
  // Each task's text and hint, read as one block: a term is explained at its first mention.
  const terms = useMemo(() => findTermsInBlock(lesson.tasks.flatMap((t) => [t.text, t.hint])), [lesson]);
  return (
    <section className="tasks" aria-labelledby="tasks-heading">
      <h3 id="tasks-heading">
        Tasks{' '}
        <span className="count">
          {ticked.length}/{lesson.tasks.length}
        </span>
      </h3>
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
    </section>
  );
}
