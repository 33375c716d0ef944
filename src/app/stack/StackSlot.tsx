/**
 * Where the stack shows up in the lab, at first-load cost of a few lines: the diagram (over the
 * charts) when the scenario has tiers or the user is adding the first one, the tier editor (in the
 * controls column) while a tier is selected, and the button that opens the diagram for a scenario
 * without tiers. The diagram and the editor load on first use.
 */
import { lazy, Suspense } from 'react';
import { useStore } from 'zustand';
import { useLab, useLabState } from '../runtime/LabContext';
import { stackViewFor } from './stackView';

const StackDiagram = lazy(() => import('./StackDiagram').then((m) => ({ default: m.StackDiagram })));
const TierEditor = lazy(() => import('./TierEditor').then((m) => ({ default: m.TierEditor })));

export function StackSlot() {
  const lab = useLab();
  const hasTiers = useLabState((s) => s.stack.length > 0);
  const building = useStore(stackViewFor(lab), (s) => s.building);
  if (!hasTiers && !building) return null;
  return (
    <Suspense fallback={null}>
      <StackDiagram />
    </Suspense>
  );
}

export function TierEditorSlot() {
  const lab = useLab();
  const selected = useStore(stackViewFor(lab), (s) => s.selected);
  const exists = useLabState((s) => selected !== null && s.stack.some((t) => t.name === selected));
  if (!exists) return null;
  return (
    <Suspense fallback={null}>
      <TierEditor />
    </Suspense>
  );
}

/** Opens the diagram of a scenario without tiers, to compose its request path. */
export function StackButton() {
  const lab = useLab();
  const view = stackViewFor(lab);
  const hasTiers = useLabState((s) => s.stack.length > 0);
  const building = useStore(view, (s) => s.building);
  if (hasTiers || building) return null;
  return (
    <button type="button" className="btn btn-small stack-open" onClick={() => view.setState({ building: true })} aria-describedby="stack-open-hint">
      Compose the request path…
      <span id="stack-open-hint" className="visually-hidden">
        Put tiers between the users and the cache: services with instances, slots, queues, balancers and their own retries, and edge caches.
      </span>
    </button>
  );
}
