/**
 * When a live command takes effect. The simulation applies a command at its current time, which is
 * wherever the last slice stopped: an arbitrary double, possibly the time of an event just processed.
 * A share link replays the command as a scripted event at `atS`, which the core schedules at
 * `atS × 1000` ms. That must be *exactly* the live time (one bit of difference in the clock changes
 * every later arrival time), with no other event at that instant (a scripted event runs before
 * same-time events, a live one after them). So the loop first advances the simulation to the next
 * odd multiple of 1/1024 s (≈ 2 ms apart): such a time is exact in seconds and in ms (j·125/128),
 * so ms → s → ms gives it back bit for bit, and it is never a whole number of milliseconds, so no
 * frame boundary and no scripted event with fewer than ten decimals can fall on it.
 */

/** The first odd multiple of 1/1024 s at or after `nowMs`, in ms. */
export function liveTimeMs(nowMs: number): number {
  let j = Math.ceil((nowMs * 128) / 125);
  if (j % 2 === 0) j += 1;
  while ((j * 125) / 128 < nowMs) j += 2;
  return (j * 125) / 128;
}
