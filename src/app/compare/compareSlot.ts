/**
 * Where the page finds the compare view's runtime once it exists. The charts' run-B line and
 * caption value read it through here, so the runtime (its store, its worker wiring, the variant and
 * the mitigation catalogue it reads) loads with the Compare tab instead of with the first paint.
 * Type imports only, on purpose: anything else imported here would be part of the first load.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { FrameRing } from '../data/frameRing';
import type { LabRuntime } from '../runtime/labRuntime';
import type { ComparePlan } from './variant';

export interface CompareState {
  enabled: boolean;
  plan: ComparePlan;
  /** Bumped whenever run B starts over, so readers re-read its ring. */
  bRunId: number;
}

/** What compareRuntime.ts creates per lab; declared here so that this module imports nothing of it. */
export interface CompareRuntime {
  store: StoreApi<CompareState>;
  /** Run B's frames while comparing, else null. */
  ring(): FrameRing | null;
  /** Simulated seconds run B has reached. */
  nowS(): number;
  setEnabled(on: boolean): void;
  setPlan(plan: ComparePlan): void;
}

const runtimes = new WeakMap<LabRuntime, CompareRuntime>();
const listeners = new Set<() => void>();

/** The lab's compare runtime, or null while nobody has opened the compare view. */
export const loadedCompare = (lab: LabRuntime): CompareRuntime | null => runtimes.get(lab) ?? null;

/** Records the lab's runtime (compareRuntime.ts does, on creating it) and tells the readers. */
export function putCompare(lab: LabRuntime, compare: CompareRuntime): void {
  runtimes.set(lab, compare);
  // After the render that created it (ComparePanel calls compareFor while rendering): readers re-render next.
  queueMicrotask(() => listeners.forEach((l) => l()));
}

/** Calls `listener` whenever a lab's runtime appears; returns the unsubscribe (useSyncExternalStore's shape). */
export function onCompareLoaded(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
