/**
 * Whether the lessons column is open and whether the page is in presenter view. Read once from the
 * address (`?view=present`, `?lesson=herd`, through the address table in src/share/address.ts) and kept in a tiny store of its own, so the lab's first
 * load carries none of the workshop code: that is imported only when the column opens.
 */
import { createStore } from 'zustand/vanilla';
import { readQuery } from '../../share/address';

export interface WorkshopView {
  open: boolean;
  present: boolean;
  /** Lesson to open first (from `?lesson=`), if any. */
  lessonId: string | null;
}

export function readWorkshopView(search: string): WorkshopView {
  const { view, lesson } = readQuery(search).values;
  const present = view === 'present';
  const lessonId = lesson ?? null;
  return { open: present || lessonId !== null, present, lessonId };
}

export const workshopView = createStore<WorkshopView>()(() => readWorkshopView(typeof location === 'undefined' ? '' : location.search));
