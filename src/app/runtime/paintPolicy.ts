/**
 * How often the charts repaint. Every animation frame normally; a few times a second under reduced
 * motion; ~20 times a second at max speed, where the worker needs the CPU more than the eye needs
 * 60 redraws of a blur (this machine has two cores: the worker's, and everything else's).
 */
import type { Speed } from '../../worker/protocol';

export const REDUCED_MOTION_INTERVAL_MS = 250;
export const MAX_SPEED_INTERVAL_MS = 50;

export function paintIntervalMs(speed: Speed, reducedMotion: boolean): number {
  if (reducedMotion) return REDUCED_MOTION_INTERVAL_MS;
  return speed === 'max' ? MAX_SPEED_INTERVAL_MS : 0;
}
