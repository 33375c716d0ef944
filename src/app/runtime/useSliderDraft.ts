/**
 * The one draft of a live control (a parameter's slider, a mitigation's setting, a tier's knob):
 * the control shows the user's value from the first movement; the change is sent once the gesture
 * settles (SLIDER_SETTLE_MS after the last movement, so a drag or a run of arrow keys makes one
 * mark) or at once when the pointer is released, the control loses focus, or a choice is made; the
 * value stays until the worker's value in force has caught up (see sliderDraft.ts), so it never
 * snaps back while the worker confirms. A new run (restart, another scenario) ends every draft: a
 * change the user made to the old run is not sent into the new one.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useLabState } from './LabContext';
import { answered, markSent, moved, reconcile, type DraftValue, type SliderDraft } from './sliderDraft';
import { SLIDER_SETTLE_MS } from './sliderSettle';

export interface SliderDraftControl<T extends DraftValue> {
  /** What the control shows: the draft, else the value in force. */
  shown: T;
  /** Whether a draft is showing (the control marks itself `data-pending`). */
  pending: boolean;
  /** The user moved the control: show `value`, send it once the gesture settles. */
  move(value: T): void;
  /** Send the value now (pointer released, focus left); with `value`, move there first (a choice, a switch). */
  commit(value?: T): void;
}

/**
 * @param inForce the worker's value in force, as the store last reported it
 * @param send applies the change; resolves true when the worker applied it, false when it refused
 */
export function useSliderDraft<T extends DraftValue>(inForce: T, send: (value: T) => Promise<boolean>): SliderDraftControl<T> {
  const runId = useLabState((s) => s.runId);
  const [stored, setStored] = useState<{ runId: number; draft: SliderDraft<T> } | null>(null);
  const draft = stored === null || stored.runId !== runId ? null : reconcile(stored.draft, inForce);
  // The value in force moved on: adopt the reconciled draft while rendering (React's pattern for
  // state that follows a prop), so no render shows a stale draft.
  if (draft !== (stored?.draft ?? null)) setStored(draft === null ? null : { runId, draft });

  const latest = useRef({ draft, inForce, send, runId });
  useEffect(() => {
    latest.current = { draft, inForce, send, runId };
  });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const update = useCallback((next: SliderDraft<T> | null) => {
    latest.current = { ...latest.current, draft: next };
    setStored(next === null ? null : { runId: latest.current.runId, draft: next });
  }, []);

  const commit = useCallback(
    (value?: T) => {
      clearTimeout(timer.current);
      timer.current = undefined;
      const { inForce: now, send: apply } = latest.current;
      const d = value === undefined ? latest.current.draft : moved(latest.current.draft, now, value);
      if (d === null || d.stage !== 'moving') return;
      // Moved back to where it was: nothing to send, no mark.
      if (Object.is(d.value, d.over) && d.sent.length === 0) return update(null);
      update(markSent(d));
      const sentIn = latest.current.runId;
      void apply(d.value).then((ok) => {
        if (latest.current.runId !== sentIn) return;
        const next = answered(latest.current.draft, d.value, ok);
        if (next !== latest.current.draft) update(next);
      });
    },
    [update],
  );

  const move = useCallback(
    (value: T) => {
      update(moved(latest.current.draft, latest.current.inForce, value));
      clearTimeout(timer.current);
      timer.current = setTimeout(() => commit(), SLIDER_SETTLE_MS);
    },
    [commit, update],
  );

  // Leaving (the tier editor closes, the panel switches tab) sends what the user chose.
  useEffect(() => () => commit(), [commit]);

  return { shown: draft === null ? inForce : draft.value, pending: draft !== null, move, commit };
}
