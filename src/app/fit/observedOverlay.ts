/**
 * The fit feature's own store for the overlay: the imported observed series, where they came from,
 * and how far they are shifted along the run's time axis. Kept out of the lab store: the overlay is
 * what the team saw, not part of the scenario, so it survives loading the fitted run. One per lab,
 * created on first use; every change repaints the charts.
 */
import { createStore } from 'zustand/vanilla';
import type { Observed } from '../../fit/observed';
import type { LabRuntime } from '../runtime/labRuntime';

/** How far the observed trace may be moved along the run's time axis, seconds either way. */
export const MAX_SHIFT_S = 3600;

export interface OverlayState {
  /** The observed series on the lab's frame grid; null: no overlay. */
  observed: Observed | null;
  /** The file they came from, for the controls' wording. */
  sourceName: string;
  /** Seconds added to the trace's own times to place it on the run's time axis. */
  shiftS: number;
}

export type OverlayStore = ReturnType<typeof createOverlayStore>;

const createOverlayStore = () => createStore<OverlayState>()(() => ({ observed: null, sourceName: '', shiftS: 0 }));

/** Draws an import on the charts; a re-read of the same file (a new mapping) keeps the shift. */
export function showObserved(store: OverlayStore, observed: Observed, sourceName: string): void {
  const keepShift = store.getState().sourceName === sourceName;
  store.setState({ observed, sourceName, shiftS: keepShift ? store.getState().shiftS : 0 });
}

/**
 * Moves the trace along the run's time axis. Returns a message naming the value and the allowed
 * range when `shiftS` is not a usable number of seconds (the shift is left as it was).
 */
export function shiftObserved(store: OverlayStore, shiftS: number): string | null {
  if (!Number.isFinite(shiftS)) return `Shift: ${String(shiftS)} is not a number of seconds (allowed: −${MAX_SHIFT_S} to ${MAX_SHIFT_S} s)`;
  if (Math.abs(shiftS) > MAX_SHIFT_S) return `Shift: ${shiftS} s is out of range (allowed: −${MAX_SHIFT_S} to ${MAX_SHIFT_S} s)`;
  store.setState({ shiftS });
  return null;
}

/** Takes the observed series off the charts. */
export function removeObserved(store: OverlayStore): void {
  store.setState({ observed: null, shiftS: 0 });
}

const overlays = new WeakMap<LabRuntime, OverlayStore>();

export function overlayFor(lab: LabRuntime): OverlayStore {
  let store = overlays.get(lab);
  if (!store) {
    store = createOverlayStore();
    store.subscribe(() => lab.clock.invalidate());
    overlays.set(lab, store);
  }
  return store;
}
