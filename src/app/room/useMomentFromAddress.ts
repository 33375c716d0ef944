/**
 * Opens the moment a QR link names (`?at=`, see momentLink.ts) when no lesson is open: the linked
 * run, paused, stepped to that simulated time. With a lesson the lessons column does this itself,
 * after it has set up the step. Unreadable values are named with the address's other messages
 * (runtime/startupOptions reads the whole query once).
 */
import { useEffect } from 'react';
import type { LabRuntime } from '../runtime/labRuntime';
import { readMoment } from './momentLink';

/** Once per page: React's development double effects must not step the run twice. */
let opened = false;

/**
 * @param lessonOpens whether the address opens a lesson (the workshop's view state knows; App passes
 *   it in, so the room needs nothing of the workshop, which builds on the room).
 */
export function useMomentFromAddress(lab: LabRuntime, lessonOpens: boolean): void {
  useEffect(() => {
    if (opened) return;
    opened = true;
    const m = readMoment(location.search);
    if (m.atS === null || lessonOpens) return;
    const atS = m.atS;
    // Only a moment link needs the stepping code: it loads then, not with every page.
    void import('./seekTo').then(({ seekTo }) => seekTo(lab, atS, lab.store.getState().scenario.intervalMs / 1000));
  }, [lab, lessonOpens]);
}
