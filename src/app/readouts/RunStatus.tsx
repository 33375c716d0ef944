/**
 * Where the run is (simulated time out of the scheduled duration, running or not), and the run's
 * fingerprint: a hash of every frame value, so a room can check everyone sees the same run.
 */
import { useRef } from 'react';
import { formatSimTime } from '../format';
import { useLab, useLabState } from '../runtime/LabContext';
import { usePainter } from '../runtime/usePainter';
import { runPhase, runStatusText } from './runStatus';

export function RunClock() {
  const lab = useLab();
  const playing = useLabState((s) => s.playing);
  const done = useLabState((s) => s.done);
  const speed = useLabState((s) => s.speed);
  // No capacities yet: the worker has not answered since the run was loaded (it is still building it).
  const preparing = useLabState((s) => s.capacities === null);
  const time = useRef<HTMLSpanElement>(null);
  usePainter(() => {
    const d = lab.data();
    const text = `${formatSimTime(d.nowS)} / ${formatSimTime(d.endS)}`;
    if (time.current && time.current.textContent !== text) time.current.textContent = text;
  });
  const facts = { preparing, playing, done, speed };
  return (
    <div className="run-clock">
      <span className="sim-time" ref={time} aria-label="Simulated time">
        0:00 / 0:00
      </span>
      <span className="run-state" data-run-state={runPhase(facts)} role="status">
        {runStatusText(facts)}
      </span>
    </div>
  );
}

export function Fingerprint() {
  const lab = useLab();
  const print = useRef<HTMLElement>(null);
  const frames = useRef<HTMLSpanElement>(null);
  usePainter(() => {
    const d = lab.data();
    if (print.current) print.current.textContent = d.digest.hex();
    if (frames.current) frames.current.textContent = String(d.ring.received);
  });
  return (
    <p className="fingerprint" title="FNV-1a hash of every value of every frame so far: same scenario and seed, same fingerprint, in any browser and in Node">
      Run fingerprint{' '}
      <code ref={print} data-testid="fingerprint">
        811c9dc5
      </code>{' '}
      over{' '}
      <span ref={frames} data-testid="frame-count">
        0
      </span>{' '}
      frames
    </p>
  );
}
