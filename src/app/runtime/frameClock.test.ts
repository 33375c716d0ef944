import { describe, expect, it } from 'vitest';
import { FrameClock, type ClockHost } from './frameClock';

/** A host whose animation frames and delays run only when the test says so. */
function manualHost() {
  let now = 0;
  let frames: ((t: number) => void)[] = [];
  const delays: { at: number; cb: () => void }[] = [];
  const host: ClockHost = {
    requestFrame: (cb) => frames.push(cb),
    delay: (cb, ms) => delays.push({ at: now + ms, cb }),
  };
  return {
    host,
    /** Advances time by `ms` and runs one animation frame, plus any delays due. */
    frame(ms = 16) {
      now += ms;
      for (const d of delays.splice(0).filter((d) => (d.at <= now ? (d.cb(), false) : true))) delays.push(d);
      const due = frames;
      frames = [];
      for (const f of due) f(now);
    },
  };
}

describe('FrameClock', () => {
  it('paints every painter once per animation frame, however many batches arrived', () => {
    const m = manualHost();
    const clock = new FrameClock(m.host);
    let paints = 0;
    clock.add(() => paints++);
    m.frame();
    expect(paints).toBe(1);
    for (let i = 0; i < 10; i++) clock.invalidate();
    m.frame();
    expect(paints).toBe(2);
  });

  it('does not paint when nothing changed', () => {
    const m = manualHost();
    const clock = new FrameClock(m.host);
    let paints = 0;
    clock.add(() => paints++);
    m.frame();
    m.frame();
    m.frame();
    expect(paints).toBe(1);
  });

  it('spaces paints by minIntervalMs (reduced motion), without losing the last change', () => {
    const m = manualHost();
    const clock = new FrameClock(m.host);
    clock.minIntervalMs = 250;
    let paints = 0;
    clock.add(() => paints++);
    m.frame();
    expect(paints).toBe(1);
    for (let i = 0; i < 10; i++) {
      clock.invalidate();
      m.frame(20);
    }
    // 200 ms later: still only the first paint…
    expect(paints).toBe(1);
    for (let i = 0; i < 5; i++) m.frame(20);
    // …and the pending change is painted once the interval has passed.
    expect(paints).toBe(2);
  });

  it('stops painting a painter once it is removed', () => {
    const m = manualHost();
    const clock = new FrameClock(m.host);
    let paints = 0;
    const remove = clock.add(() => paints++);
    remove();
    m.frame();
    expect(paints).toBe(0);
  });
});
