/** The lesson's tasks: each ticks itself off when the run shows it done. */
import { useWorkshop, useWorkshopState } from './WorkshopContext';
import { useLab } from '../../runtime/LabContext';

export function TaskList() {
  const lab = useLab();
  const lesson = useWorkshopState((s) => s.lesson);
  const ticked = useWorkshopState((s) => s.progress.ticked);
  useWorkshop();
  return (
    <section className="tasks" aria-labelledby="tasks-heading">
      <h3 id="tasks-heading">
        Tasks{' '}
        <span className="count">
          {ticked.length}/{lesson.tasks.length}
        </span>
      </h3>
      <ul>
        {lesson.tasks.map((t) => {
          const done = ticked.includes(t.id);
          return (
            <li key={t.id} className="task" data-task={t.id} data-done={done || undefined}>
              <span className="task-box" aria-hidden="true">
                {done ? '✓' : ''}
              </span>
              <span>
                {t.text} <span className="visually-hidden">{done ? '(done)' : '(not yet)'}</span>
                <span className="task-hint">{t.hint}</span>
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
