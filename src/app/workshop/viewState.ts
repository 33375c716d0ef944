/**
 * Whether the lessons column is open and whether the page is in presenter view. Read once from the
 * address (`?view=present`, `?lesson=herd`) and kept in a tiny store of its own, so the lab's first
 * load carries none of the workshop code: that is imported only when the column opens.
 */
import { createStore } from 'zustand/vanilla';

export interface WorkshopView {
  open: boolean;
  present: boolean;
  /** Lesson to open first (from `?lesson=`), if any. */
  lessonId: string | null;
}

export function readWorkshopView(search: string): WorkshopView {
  const q = new URLSearchParams(search);
  const present = q.get('view') === 'present';
  const lessonId = q.get('lesson');
  return { open: present || lessonId !== null, present, lessonId };
}

export const workshopView = createStore<WorkshopView>()(() => readWorkshopView(typeof location === 'undefined' ? '' : location.search));
