import { describe, expect, it } from 'vitest';
import { answerWithin, watchHeartbeat, type WatchTimers } from './watchdog';

/** Timers driven by hand: `advance(ms)` runs whatever falls due. */
function manualTimers() {
  let now = 0;
  let id = 0;
  const due = new Map<number, { at: number; run: () => void }>();
  const timers: WatchTimers = {
    setTimeout: (run, ms) => {
      due.set(++id, { at: now + ms, run });
      return id;
    },
    clearTimeout: (h) => void due.delete(h as number),
  };
  const advance = async (ms: number) => {
    const until = now + ms;
    for (;;) {
      await Promise.resolve();
      const next = [...due.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
      if (!next) break;
      due.delete(next[0]);
      now = next[1].at;
      next[1].run();
    }
    now = until;
    await Promise.resolve();
  };
  return { timers, advance };
}

const never = () => new Promise<never>(() => {});

describe('answerWithin', () => {
  it('says nothing about a call answered within its bound', async () => {
    const t = manualTimers();
    let silent = 0;
    await answerWithin(Promise.resolve(1), 1000, () => silent++, t.timers);
    await t.advance(5000);
    expect(silent).toBe(0);
  });

  it('reports a call left unanswered past its bound, once', async () => {
    const t = manualTimers();
    let silent = 0;
    void answerWithin(never(), 1000, () => silent++, t.timers);
    await t.advance(999);
    expect(silent).toBe(0);
    await t.advance(10_000);
    expect(silent).toBe(1);
  });
});

describe('watchHeartbeat', () => {
  it('keeps asking a worker that answers, and never calls it stuck', async () => {
    const t = manualTimers();
    let pings = 0;
    let stuck = 0;
    const stop = watchHeartbeat(
      () => (pings++, Promise.resolve()),
      () => 500,
      () => stuck++,
      2000,
      t.timers,
    );
    await t.advance(20_000);
    expect(pings).toBe(10);
    expect(stuck).toBe(0);
    stop();
    await t.advance(20_000);
    expect(pings).toBe(10);
  });

  it('calls a worker stuck once a ping goes unanswered past the bound, and stops asking', async () => {
    const t = manualTimers();
    let pings = 0;
    let stuck = 0;
    watchHeartbeat(
      () => (++pings < 3 ? Promise.resolve() : never()),
      () => 5000,
      () => stuck++,
      1000,
      t.timers,
    );
    await t.advance(3000 + 4999);
    expect(stuck).toBe(0);
    await t.advance(1);
    expect(stuck).toBe(1);
    await t.advance(60_000);
    expect([pings, stuck]).toEqual([3, 1]);
  });
});
