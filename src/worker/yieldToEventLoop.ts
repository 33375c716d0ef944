/**
 * Schedules the next slice of simulation as a new task without timer clamping.
 *
 * Browsers clamp nested setTimeout calls to ≥ 4 ms, which would cap a simulator that yields often
 * at a fraction of its speed. A message posted to our own MessageChannel runs as the next task
 * immediately, yet still lets queued Comlink commands (pause, apply…) run in between slices.
 */
export function createYielder(): (run: () => void) => void {
  const channel = new MessageChannel();
  const queue: Array<() => void> = [];
  channel.port1.onmessage = () => {
    const next = queue.shift();
    if (next) next();
  };
  return (run) => {
    queue.push(run);
    channel.port2.postMessage(0);
  };
}
