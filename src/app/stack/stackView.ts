/**
 * The stack view's own state, one per lab: which tier is selected (the editor shows its knobs and
 * the charts follow it) and whether the diagram is open for a scenario without tiers (the user is
 * about to add the first one). A small Zustand store beside the lab's, like the compare view's: the
 * lab store holds only what the run needs. Tiny on purpose: the first-load chart layer reads it.
 */
import { createStore } from 'zustand/vanilla';
import type { LabRuntime } from '../runtime/labRuntime';

export interface StackViewState {
  /** Name of the selected tier, or null. */
  selected: string | null;
  /** The diagram is shown without tiers, to add the first one. */
  building: boolean;
}

export type StackViewStore = ReturnType<typeof createStackViewStore>;

const createStackViewStore = () => createStore<StackViewState>()(() => ({ selected: null, building: false }));

const views = new WeakMap<LabRuntime, StackViewStore>();

export function stackViewFor(lab: LabRuntime): StackViewStore {
  let v = views.get(lab);
  if (!v) {
    v = createStackViewStore();
    views.set(lab, v);
  }
  return v;
}

/** The selected tier's index in the stack in force, or −1 (none selected, or no longer there). */
export function selectedIndex(lab: LabRuntime): number {
  const name = stackViewFor(lab).getState().selected;
  return name === null ? -1 : lab.store.getState().stack.findIndex((t) => t.name === name);
}
