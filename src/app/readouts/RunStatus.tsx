/**
 * Where the run is: simulated time out of the scheduled duration, whether it is running, and the
 * run's fingerprint (a hash of every frame value) so a room can check everyone sees the same run.
 */
import { useRef } from 'react';
import { formatSimTime } from '../format';
import { useLab, useLabState } from '../runtime/LabContext';
import { usePainter } from '../runtime/usePainter';

export function RunStatus() {
  const lab = useLab();
  const playing = useLabState((s) => s.playing);
  const done = useLabState((s) => s.done);
  const time = useRef<HTMLSpanElement>(null);
  const print = useRef<HTMLElement>(null);
  const frames = useRef<HTMLSpanElement>(null);
  usePainter(() => {
    const d = lab.data();
    if (time.current) time.current.textContent = `${formatSimTime(d.nowS)} / ${formatSimTime(d.endS)}`;
    if (print.current) print.current.textContent = d.digest.hex();
    if (frames.current) frames.current.textContent = String(d.ring.received);
  });
  const status = done ? 'Finished' : playing ? 'Running' : 'Paused';
  return (
    <div className="run-status">
      <span className="sim-time" ref={time} aria-label="Simulated time">
        0:00 / 0:00
      </span>
      <span className="run-state" data-run-state={status.toLowerCase()} role="status">
        {status}
      </span>
      <span className="fingerprint" title="FNV-1a hash of every value of every frame so far: same scenario and seed, same fingerprint">
        Run fingerprint <code ref={print} data-testid="fingerprint">811c9dc5</code> over <span ref={frames} data-testid="frame-count">0</span> frames
      </span>
    </div>
  );
}
