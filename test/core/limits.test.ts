/**
 * The simulation's memory caps (src/sim/limits.ts): a link that asks for more than a tab can hold
 * runs in bounded memory, and what the caps turn away is counted, not lost.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { Totals } from '../../src/sim/api';
import { MAX_REQUESTS_IN_FLIGHT } from '../../src/sim/limits';

interface Probe {
  arrayMiB: Record<'15' | '60', number>;
  capDropped: number;
  first: number;
  offered: number;
  maxInFlight: number;
  totals: Totals;
}

/** Runs test/core/capProbe.ts in a child Node with the garbage collector exposed; its JSON output. */
const probe = (...args: string[]): unknown =>
  JSON.parse(execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', 'test/core/capProbe.ts', ...args], { encoding: 'utf8', timeout: 120_000 }));

describe('the million-requests-a-second link of issue 15', () => {
  const run = probe() as Probe;

  it('holds its memory: from 15 s to 60 s of simulated time the typed arrays grow by less than 8 MiB', () => {
    // Without the caps they grew by about 450 MiB over these 45 s (10.7 million requests more in flight).
    expect(run.arrayMiB['60'] - run.arrayMiB['15']).toBeLessThan(8);
    expect(run.arrayMiB['60']).toBeLessThan(300);
  });

  it('never holds more requests than the cap, and counts the ones it turns away as dropped', () => {
    expect(run.maxInFlight).toBe(MAX_REQUESTS_IN_FLIGHT);
    // A million a second arrive and, once full, nearly all of them are dropped: tens of millions in a minute.
    expect(run.capDropped).toBeGreaterThan(40_000_000);
    expect(run.totals.droppedAtCap).toBe(run.capDropped);
  });

  it('still accounts for every request: delivered, failed, dropped at a cap, or in flight', () => {
    const t = run.totals;
    expect(t.delivered + t.failedTimeout + t.failedRejected + t.failedShed + t.failedBreaker + t.droppedAtCap + t.inFlight).toBe(t.requests);
  });

  it("counts a dropped request as demand: the frames' first attempts and attempts add up to the totals", () => {
    expect(run.first).toBe(run.totals.requests);
    expect(run.offered).toBe(run.totals.attempts);
    // About a million a second asked for over the minute.
    expect(run.first).toBeGreaterThan(59_000_000);
  });
});

describe('a healthy run with an hour-long timeout', () => {
  it('sweeps out the deadlines of answered attempts: from 25 s to 45 s its typed arrays grow by less than 8 MiB', () => {
    const run = probe('deadlines') as { arrayMiB: Record<'25' | '45', number>; totals: Totals };
    // Every one of the ~4.5 million requests was answered in time; none timed out, nothing was dropped…
    expect(run.totals.requests).toBeGreaterThan(4_000_000);
    expect(run.totals.failedTimeout).toBe(0);
    expect(run.totals.droppedAtCap).toBe(0);
    // …but each left a deadline an hour ahead: kept, they took the typed arrays from 100 to 196 MiB.
    expect(run.arrayMiB['45'] - run.arrayMiB['25']).toBeLessThan(8);
  });
});
