/**
 * What a live control shows while the user moves it: the user's value (the draft) from the first
 * movement until the worker's value in force has caught up with it. The draft goes through three
 * stages: `moving` (not sent yet: the gesture may go on), `sent` (the worker has not answered) and
 * `confirmed` (applied; the value in force may arrive later, with the next batch). It never snaps
 * back to the old value while the worker confirms: it ends when the value in force reaches the
 * draft, when the worker refuses it, or when the value in force changes for another reason (a new
 * run, a scripted change), which the control then shows.
 *
 * Pure functions over an immutable draft; `useSliderDraft` holds one per control.
 */

export type DraftValue = number | string | boolean;

export interface SliderDraft<T extends DraftValue> {
  /** What the user chose last; the control shows it. */
  value: T;
  stage: 'moving' | 'sent' | 'confirmed';
  /** The value in force the draft was made over (updated as the draft's own earlier changes land). */
  over: T;
  /** The values sent during this draft (a long drag sends one per settled pause). */
  sent: readonly T[];
}

/** The user moved the control to `value`. */
export function moved<T extends DraftValue>(draft: SliderDraft<T> | null, inForce: T, value: T): SliderDraft<T> {
  return { value, stage: 'moving', over: draft?.over ?? inForce, sent: draft?.sent ?? [] };
}

/** The draft's value is sent to the worker. */
export function markSent<T extends DraftValue>(draft: SliderDraft<T>): SliderDraft<T> {
  return { ...draft, stage: 'sent', sent: [...draft.sent, draft.value] };
}

/** The worker answered the change to `value`: applied (`ok`) or refused. */
export function answered<T extends DraftValue>(draft: SliderDraft<T> | null, value: T, ok: boolean): SliderDraft<T> | null {
  if (draft === null) return null;
  const current = Object.is(draft.value, value);
  if (!ok) return current ? null : { ...draft, sent: draft.sent.filter((v) => !Object.is(v, value)) };
  return current && draft.stage === 'sent' ? { ...draft, stage: 'confirmed' } : draft;
}

/**
 * The draft as it stands against the value in force now: unchanged (the same object), with its own
 * earlier change landed, or over (null). Called on every render, so it must not allocate when
 * nothing changed.
 */
export function reconcile<T extends DraftValue>(draft: SliderDraft<T> | null, inForce: T): SliderDraft<T> | null {
  if (draft === null) return null;
  const reached = Object.is(inForce, draft.value);
  if (draft.stage === 'confirmed' && reached) return null;
  if (Object.is(inForce, draft.over)) return draft;
  // The worker put one of this draft's own changes in force: the gesture goes on over it.
  if (draft.sent.some((v) => Object.is(v, inForce))) return { ...draft, over: inForce };
  return null;
}
