/** Hands the LabRuntime to components, and a selector hook over its slow-changing store. */
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { LabState } from '../store/labStore';
import type { LabRuntime } from './labRuntime';

export const LabContext = createContext<LabRuntime | null>(null);

export function useLab(): LabRuntime {
  const lab = useContext(LabContext);
  if (!lab) throw new Error('useLab: no LabContext.Provider above this component');
  return lab;
}

export function useLabState<T>(select: (s: LabState) => T): T {
  return useStore(useLab().store, select);
}
