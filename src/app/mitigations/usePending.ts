/**
 * A control's requested value until the worker confirms it: the switch or slider shows what the
 * user chose at once, then follows the parameters in force (which arrive with the next batch).
 */
import { useEffect, useState } from 'react';

/** How long to wait for a confirmation before showing the parameters in force again (a refused change). */
const GIVE_UP_MS = 2000;

export function usePending<T>(actual: T): [shown: T, request: (v: T) => void] {
  const [draft, setDraft] = useState<{ value: T } | null>(null);
  // Confirmed: drop the draft while rendering (React's pattern for state that follows a prop), so
  // the control never shows a stale draft for one extra render.
  if (draft !== null && Object.is(draft.value, actual)) setDraft(null);
  useEffect(() => {
    if (draft === null || Object.is(draft.value, actual)) return;
    const t = setTimeout(() => setDraft(null), GIVE_UP_MS);
    return () => clearTimeout(t);
  }, [draft, actual]);
  return [draft === null ? actual : draft.value, (value: T) => setDraft({ value })];
}
