/** The room card fed with the lesson step on screen: its question, and its run's value once revealed here. */
import { useMemo } from 'react';
import { useStore } from 'zustand';
import { RoomSlot } from '../../room/RoomSlot';
import { lessonRoomQuestion, roomRunValue } from '../lessonRoomQuestion';
import { workshopView } from '../viewState';
import { useWorkshopState } from './WorkshopContext';

export function WorkshopRoom() {
  const present = useStore(workshopView, (s) => s.present);
  const lesson = useWorkshopState((s) => s.lesson);
  const stepIndex = useWorkshopState((s) => s.progress.step);
  const revealed = useWorkshopState((s) => s.progress.steps[s.progress.step].phase === 'revealed');
  const value = useWorkshopState((s) => s.value);
  const question = useMemo(() => lessonRoomQuestion(lesson, stepIndex), [lesson, stepIndex]);
  const p = lesson.steps[stepIndex].predict;
  const reveal = useMemo(() => (revealed && Number.isFinite(value) ? roomRunValue(p, value) : null), [revealed, value, p]);
  const step = useMemo(() => ({ title: lesson.title, question, reveal }), [lesson.title, question, reveal]);
  return <RoomSlot step={step} present={present} />;
}
