/**
 * The lessons column (lazy-loaded): pick a lesson, work through its steps, watch its tasks tick off.
 * It also owns the lectern keys and the QR code of the moment on screen.
 */
import { useEffect, useMemo } from 'react';
import { useStore } from 'zustand';
import { useLab } from '../../runtime/LabContext';
import { setHighlight } from '../../store/labActions';
import { workshopView } from '../viewState';
import { LESSONS } from '../lessons';
import { readMoment } from '../../room/momentLink';
import { KeysButton } from '../../controls/KeysDialog';
import { QrPanel } from './QrPanel';
import { StepCard } from './StepCard';
import { TaskList } from './TaskList';
import { usePresenterKeys } from './usePresenterKeys';
import { createWorkshop } from './workshopStore';
import { WorkshopContext, useWorkshop, useWorkshopState } from './WorkshopContext';
import { WorkshopRoom } from './WorkshopRoom';
import './workshop.css';
import './presenter.css';

export default function Workshop() {
  const lab = useLab();
  const view = workshopView.getState();
  const workshop = useMemo(
    () => createWorkshop(lab, view.lessonId, new URLSearchParams(location.search).has('speed'), readMoment(location.search)),
    [lab, view.lessonId],
  );
  useEffect(() => {
    workshop.start();
    const poll = setInterval(() => workshop.poll(), 250);
    return () => {
      clearInterval(poll);
      setHighlight(lab.store, null);
      delete document.documentElement.dataset.focus;
      document.documentElement.removeAttribute('data-answer-hidden');
    };
  }, [workshop, lab]);
  return (
    <WorkshopContext.Provider value={workshop}>
      <WorkshopColumn />
    </WorkshopContext.Provider>
  );
}

function WorkshopColumn() {
  const workshop = useWorkshop();
  const present = useStore(workshopView, (s) => s.present);
  const lesson = useWorkshopState((s) => s.lesson);
  const controlsShown = useWorkshopState((s) => s.controlsShown);
  usePresenterKeys(workshop);
  useEffect(() => {
    document.documentElement.toggleAttribute('data-controls', controlsShown);
  }, [controlsShown]);
  return (
    <aside className="lab-workshop" aria-labelledby="lesson-heading">
      <div className="lesson-picker">
        <label htmlFor="lesson-select" className="visually-hidden">
          Lesson
        </label>
        <select id="lesson-select" value={lesson.id} onChange={(e) => workshop.openLesson(e.target.value)}>
          {LESSONS.map((l, k) => (
            <option key={l.id} value={l.id}>
              {k + 1}. {shortTitle(l.title)}
            </option>
          ))}
        </select>
        {present && <KeysButton />}
      </div>
      <h2 id="lesson-heading" className="lesson-title">
        {lesson.title}
      </h2>
      <WorkshopRoom />
      <StepCard />
      <TaskList />
      <QrPanel />
    </aside>
  );
}

/**
 * A lesson's name in the picker: its title up to the colon ("The herd effect", "Reddit 2017"). A
 * closed select cannot wrap, and the full title is the heading right under it.
 */
export function shortTitle(title: string): string {
  return title.split(':')[0];
}
