/**
 * Every lesson against the model: each prediction's "expected" answer is what the core really
 * produces for the step's scenario, and each task ticks off for the moves its hint names (and not
 * for the ones it says fail). If the model changes, these fail before a room is told a wrong story.
 */
import { describe, expect, it } from 'vitest';
import type { Mark } from '../../sim/api';
import { createSimulation } from '../../sim/simulation';
import type { Params, Scenario, Trigger } from '../../sim/scenario';
import { FrameRing } from '../data/frameRing';
import { measure } from './frameQuery';
import { LESSONS, lessonById } from './lessons';
import { choiceFor } from './prediction';
import type { Lesson, TaskContext } from './types';

interface Run {
  ring: FrameRing;
  marks: Mark[];
  params: Params;
  scenario: Scenario;
}

/** Runs a scenario to its end (or `untilS`), applying live triggers at their times, like the worker. */
function run(scenario: Scenario, live: [number, Trigger][] = [], untilS = Infinity): Run {
  const sim = createSimulation(scenario);
  for (const [t, trigger] of live) {
    sim.advance(t * 1000);
    sim.apply(trigger);
  }
  sim.advance(untilS * 1000);
  const frames = sim.takeFrames();
  const ring = new FrameRing(Math.max(1, frames.length));
  ring.push(frames);
  return { ring, marks: sim.takeMarks(), params: sim.params(), scenario };
}

const ctx = (r: Run): TaskContext => ({ frames: r.ring, marks: r.marks, params: r.params, scenario: r.scenario });
const task = (lesson: string, id: string) => lessonById(lesson)!.tasks.find((t) => t.id === id)!;
const setupOf = (l: Lesson, k: number) => [...l.steps.slice(0, k + 1)].reverse().find((s) => s.setup)!.setup!;

describe('lesson predictions match the model', () => {
  for (const lesson of LESSONS) {
    it(`${lesson.id}: every step's expected answer is what the run produces`, () => {
      const runs = new Map<unknown, Run>();
      lesson.steps.forEach((step, k) => {
        const setup = setupOf(lesson, k);
        if (!runs.has(setup)) runs.set(setup, run(setup.scenario()));
        const value = measure(runs.get(setup)!.ring, step.predict.measure);
        const p = step.predict;
        if (p.kind === 'choice') expect(choiceFor(p, value), `${step.id}: ${value}`).toBe(p.expected);
        else expect(Math.abs(value - p.expected), `${step.id}: ${value}`).toBeLessThanOrEqual(Math.max(p.tolerance * p.expected, p.slack) / 2);
      });
    });
  }
  it('every lesson has steps, a chart to point at, and at least one task', () => {
    expect(LESSONS.map((l) => l.id)).toEqual([
      'herd',
      'retries',
      'wasted-work',
      'capacity',
      'closed-loop',
      'deploy-2019',
      'reddit-2017',
      'shopify-2020',
      'twitter-2022',
      'cloudflare-2024',
      'coordinated-omission',
    ]);
    for (const l of LESSONS) {
      expect(l.steps[0].setup).toBeDefined();
      expect(l.tasks.length).toBeGreaterThan(0);
    }
  });
});

const shed = (ms: number): Trigger => ({ type: 'set', changes: { shedding: { mode: 'queue-delay', maxQueueDelayMs: ms } } });

describe('tasks tick off from frames and parameters', () => {
  const herd = lessonById('herd')!.steps[0].setup!.scenario();
  it('herd: shedding at 500 ms mid-storm recovers within 60 s; 1,000 ms recovers too slowly for the gentle task', () => {
    const nothing = run(herd);
    expect(task('herd', 'shed').done(ctx(nothing))).toBe(false);
    const at500 = run(herd, [[200, shed(500)]]);
    expect(task('herd', 'shed').done(ctx(at500))).toBe(true);
    expect(task('herd', 'shed-gently').done(ctx(at500))).toBe(true);
    const at1000 = run(herd, [[200, shed(1000)]]);
    expect(task('herd', 'shed-gently').done(ctx(at1000))).toBe(false);
    const at100 = run(herd, [[200, shed(100)]]);
    expect(task('herd', 'shed').done(ctx(at100))).toBe(true);
    expect(task('herd', 'shed-gently').done(ctx(at100))).toBe(false);
  });

  it('retries: retries → 0 after the outage stays stuck; load → 100 req/s recovers', () => {
    const s = lessonById('retries')!.steps[0].setup!.scenario();
    const noRetries = run(s, [[120, { type: 'set', changes: { client: { retries: 0 } } }]]);
    expect(task('retries', 'no-retries').done(ctx(noRetries))).toBe(true);
    expect(task('retries', 'less-load').done(ctx(noRetries))).toBe(false);
    const lessLoad = run(s, [[120, { type: 'set', changes: { workload: { rps: 100 } } }]]);
    expect(task('retries', 'less-load').done(ctx(lessLoad))).toBe(true);
  });

  it('wasted work: the lesson action (queue of 300) recovers within 60 s without more capacity', () => {
    const l = lessonById('wasted-work')!;
    const s = l.steps[0].setup!.scenario();
    expect(task('wasted-work', 'no-capacity').done(ctx(run(s)))).toBe(false);
    const short = run(s, [[300, l.actions![0].trigger]]);
    expect(task('wasted-work', 'short-queue').done(ctx(short))).toBe(true);
    expect(task('wasted-work', 'no-capacity').done(ctx(short))).toBe(true);
  });

  it('capacity: 20 workers make the flush a bad minute, 16 do not; 60 workers mid-storm rescue 16, not 8', () => {
    const s16 = lessonById('capacity')!.steps[2].setup!.scenario();
    const at = (workers: number) => ({ ...s16, db: { ...s16.db, workers } });
    expect(task('capacity', 'smallest').done(ctx(run(at(20))))).toBe(true);
    expect(task('capacity', 'smallest').done(ctx(run(at(16))))).toBe(false);
    const raised = run(s16, [[150, { type: 'set', changes: { db: { workers: 60 } } }]]);
    expect(task('capacity', 'add-capacity').done(ctx(raised))).toBe(true);
    expect(task('capacity', 'add-capacity').done(ctx(run(s16, [[150, { type: 'set', changes: { db: { workers: 17 } } }]])))).toBe(false);
    // …while the HotOS run (8 workers) stays stuck with the same 60 workers: its hole is deeper.
    const hotos = lessonById('herd')!.steps[0].setup!.scenario();
    expect(task('capacity', 'add-capacity').done(ctx(run(hotos, [[200, { type: 'set', changes: { db: { workers: 60 } } }]])))).toBe(false);
  });

  it('closed loop: open loop at 1,000 req/s survives the flush, 2,900 does not', () => {
    const open = lessonById('closed-loop')!.steps[2].setup!.scenario();
    expect(task('closed-loop', 'open-bad-minute').done(ctx(run(open)))).toBe(false);
    expect(task('closed-loop', 'open-bad-minute').done(ctx(run({ ...open, workload: { ...open.workload, rps: 1000 } })))).toBe(true);
  });

  it('Twitter 2022: shedding alone and the seed alone stay stuck; both recover', () => {
    const l = lessonById('twitter-2022')!;
    const s = l.steps[0].setup!.scenario();
    const [shed, seed] = l.actions!.map((a) => a.trigger);
    const shedOnly = run(s, [[600, shed]], 960);
    expect(task('twitter-2022', 'shed-alone').done(ctx(shedOnly))).toBe(true);
    expect(task('twitter-2022', 'both').done(ctx(shedOnly))).toBe(false);
    const seedOnly = run(s, [[600, seed]], 960);
    expect(task('twitter-2022', 'seed-alone').done(ctx(seedOnly))).toBe(true);
    const both = run(
      s,
      [
        [600, shed],
        [620, seed],
      ],
      900,
    );
    expect(task('twitter-2022', 'both').done(ctx(both))).toBe(true);
    expect(task('twitter-2022', 'shed-alone').done(ctx(both))).toBe(false);
  });

  it('2019 deploy: the hit-rate canary and an early rollback keep the hit rate; the scripted run does neither', () => {
    const l = lessonById('deploy-2019')!;
    const s = l.steps[0].setup!.scenario();
    const scripted = run(s, [], 1500);
    expect(task('deploy-2019', 'canary').done(ctx(scripted))).toBe(false);
    expect(task('deploy-2019', 'sooner').done(ctx(scripted))).toBe(false);
    const canary = run({ ...s, cache: { ...s.cache, canaryHitRate: 0.7 } }, [], 1500);
    expect(task('deploy-2019', 'canary').done(ctx(canary))).toBe(true);
    const early = run(s, [[420, l.actions![0].trigger]], 900);
    expect(task('deploy-2019', 'sooner').done(ctx(early))).toBe(true);
    const late = run(s, [[600, l.actions![0].trigger]], 900);
    expect(task('deploy-2019', 'sooner').done(ctx(late))).toBe(false);
  });

  const setCache = (changes: Record<string, unknown>): Trigger => ({ type: 'set', changes: { cache: changes } });
  const done = (lesson: string, r: Run) =>
    lessonById(lesson)!
      .tasks.filter((t) => t.done(ctx(r)))
      .map((t) => t.id);

  it('Reddit 2017: single-flight or XFetch after the deploy ends the peaks; TTL jitter alone does not', () => {
    const s = lessonById('reddit-2017')!.steps[0].setup!.scenario();
    expect(done('reddit-2017', run(s, [], 900))).toEqual([]);
    expect(done('reddit-2017', run(s, [[600, setCache({ coalesce: true })]], 900))).toEqual(['single-flight']);
    expect(done('reddit-2017', run(s, [[600, setCache({ ttlJitter: 0.2 })]], 900))).toEqual(['jitter']);
    expect(done('reddit-2017', run(s, [[600, setCache({ xfetchBeta: 1 })]], 900))).toEqual(['xfetch']);
  });

  it('Shopify 2020: stale-grace by 12:02 or single-flight ends the outages before the push; stale-grace at 12:07 is too late', () => {
    const l = lessonById('shopify-2020')!;
    const s = l.steps[0].setup!.scenario();
    const grace = l.actions![0].trigger;
    expect(done('shopify-2020', run(s, [], 900))).toEqual([]);
    expect(done('shopify-2020', run(s, [[400, grace]], 900))).toEqual(['stale-sooner']);
    expect(done('shopify-2020', run(s, [[700, grace]], 900))).toEqual([]);
    expect(done('shopify-2020', run(s, [[400, setCache({ coalesce: true })]], 900))).toEqual(['single-flight']);
  });

  it('Cloudflare 2024: the guard flag by 7:00 or stale serving keeps the origin at the coalesced load; the script does neither', () => {
    const l = lessonById('cloudflare-2024')!;
    const s = l.steps[0].setup!.scenario();
    expect(done('cloudflare-2024', run(s, [], 700))).toEqual([]);
    expect(done('cloudflare-2024', run(s, [[400, l.actions![0].trigger]], 600))).toEqual(['guard-sooner']);
    expect(done('cloudflare-2024', run(s, [[480, l.actions![0].trigger]], 600))).toEqual([]);
    expect(done('cloudflare-2024', run(s, [[400, setCache({ staleMs: 30_000 })]], 600))).toEqual(['stale-layer']);
  });

  it("coordinated omission: shedding brings the users' p99 back; retries → 0 only moves it to the timeout while the delivered p99 stays tiny", () => {
    const s = { ...lessonById('coordinated-omission')!.steps[0].setup!.scenario(), durationS: 420 };
    expect(done('coordinated-omission', run(s))).toEqual([]);
    expect(done('coordinated-omission', run(s, [[150, shed(500)]]))).toEqual(['users-p99']);
    expect(done('coordinated-omission', run(s, [[150, { type: 'set', changes: { client: { retries: 0 } } }]]))).toEqual(['retries-off']);
  });
});
