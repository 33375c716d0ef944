import { describe, expect, it } from 'vitest';
import { TimeoutLanes } from './timeoutLanes';

/** Pops every deadline as [time, a]. */
function drain(lanes: TimeoutLanes): number[][] {
  const out: number[][] = [];
  while (lanes.peekTime() !== Infinity) {
    const t = lanes.peekTime();
    lanes.pop();
    out.push([t, lanes.popA]);
  }
  return out;
}

describe('TimeoutLanes.compact', () => {
  it('sweeps out the deadlines nobody waits for and keeps the rest in their global order', () => {
    const lanes = new TimeoutLanes();
    let seq = 0;
    // Two timeouts in force over the run (a mid-run change), 3000 deadlines: more than a lane's first ring.
    for (let i = 0; i < 3000; i++) lanes.push(i, i < 1500 ? 1000 : 400, seq++, i, 0);
    const keep = (a: number) => a % 3 === 0;
    const expected = drainCopy(3000, keep);
    lanes.compact(keep);
    expect(lanes.size).toBe(1000);
    expect(drain(lanes)).toEqual(expected);
  });

  it('leaves nothing behind when no deadline is wanted', () => {
    const lanes = new TimeoutLanes();
    for (let i = 0; i < 10; i++) lanes.push(i, 50, i, i, 0);
    lanes.compact(() => false);
    expect(lanes.size).toBe(0);
    expect(lanes.peekTime()).toBe(Infinity);
  });
});

/** What draining the same 3000 pushes would give with only the kept ones present. */
function drainCopy(n: number, keep: (a: number) => boolean): number[][] {
  const lanes = new TimeoutLanes();
  let seq = 0;
  for (let i = 0; i < n; i++) if (keep(i)) lanes.push(i, i < 1500 ? 1000 : 400, seq++, i, 0);
  return drain(lanes);
}
