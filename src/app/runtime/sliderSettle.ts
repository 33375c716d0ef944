/**
 * Quiet time after the last slider movement before the change is sent, ms: one mark per gesture, not
 * per pixel. A module of its own, free of imports, so the lazily loaded knobs (mitigation settings,
 * tier knobs) read the lab's one value without pulling the runtime's chunks apart.
 */
export const SLIDER_SETTLE_MS = 250;
