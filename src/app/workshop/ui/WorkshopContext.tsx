/**
 * Hands the lesson's Workshop (its store and commands) to the parts of the lessons column. A module of
 * its own, like LabContext.tsx, so the column's parts and the column that provides it never import
 * each other.
 */
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { Workshop, WorkshopState } from './workshopStore';

export const WorkshopContext = createContext<Workshop | null>(null);

export function useWorkshop(): Workshop {
  const w = useContext(WorkshopContext);
  if (!w) throw new Error('useWorkshop: no workshop above this component');
  return w;
}

export function useWorkshopState<T>(select: (s: WorkshopState) => T): T {
  return useStore(useWorkshop().store, select);
}
