import { describe, expect, it } from 'vitest';
import type { Mark } from '../../sim/api';
import { defaultScenario, parseScenario } from '../../sim/parseScenario';
import { createSimulation } from '../../sim/simulation';
import { FrameDigest } from '../data/frameDigest';
import { capacities } from '../../sim/capacity';
import type { Scenario, Trigger } from '../../sim/scenario';
import { liveTimeMs } from '../../worker/liveTime';
import type { FrameBatch } from '../../worker/protocol';
import { RunLoop } from '../../worker/runLoop';
import { insertEvent, recordLiveMarks, scriptTimeOf } from './liveScript';

describe('liveTimeMs', () => {
  it('is the next odd multiple of 1/1024 s, never a whole ms, and survives ms → s → ms exactly', () => {
    expect(liveTimeMs(0)).toBe(125 / 128);
    expect(liveTimeMs(125 / 128)).toBe(125 / 128);
    expect(liveTimeMs(1)).toBe((3 * 125) / 128);
    expect(liveTimeMs(150_000) / 1000).toBe(153_601 / 1024);
    let x = 12345;
    for (let i = 0; i < 50_000; i++) {
      x = (x * 1103515245 + 12345) % 2147483648;
      const t = liveTimeMs((x / 2147483648) * 86_400_000);
      expect(scriptTimeOf(t / 1000) * 1000).toBe(t);
      expect(Number.isInteger(t)).toBe(false);
      expect(t - 2).toBeLessThan((x / 2147483648) * 86_400_000);
    }
  });
});

describe('insertEvent', () => {
  it('keeps time order and puts equal times after existing ones', () => {
    const evs = insertEvent(
      [
        { atS: 1, type: 'flush' },
        { atS: 5, type: 'rollback' },
      ],
      { atS: 1, type: 'outage', forS: 2 },
    );
    expect(evs.map((e) => e.type)).toEqual(['flush', 'outage', 'rollback']);
  });
});

describe('recordLiveMarks', () => {
  const live = (tS: number): Mark => ({ tS, source: 'live', label: 'flush', trigger: { type: 'flush' } });
  it('ignores scripted marks and leaves the scenario untouched', () => {
    const s = defaultScenario();
    expect(recordLiveMarks(s, [{ ...live(3), source: 'script' }]).scenario).toBe(s);
  });
  it('drops marks at the end of the run', () => {
    const s = { ...defaultScenario(), durationS: 10, events: [] };
    const r = recordLiveMarks(s, [live(10), live(4)]);
    expect(r.dropped).toBe(1);
    expect(r.scenario.events.map((e) => e.type)).toEqual(['flush']);
  });

  /**
   * Plays a scenario through the worker's real RunLoop, sending `live` commands between slices. At
   * max speed each clock reading costs 7 ms, so slices end on their time budget, at an event's time;
   * paced at 60×, they end on the pacing target, between events.
   */
  function play(scenario: Scenario, live: { afterMs: number; trigger: Trigger }[] = [], mode: 'max' | 'paced' = 'max') {
    let clock = 0;
    const tasks: (() => void)[] = [];
    const digest = new FrameDigest();
    const tierDigest = new FrameDigest();
    const marks: Mark[] = [];
    const loop = new RunLoop({
      createSimulation,
      capacities,
      yieldNow: (run) => tasks.push(run),
      later: (run) => tasks.push(run),
      now: () => (clock += mode === 'max' ? 7 : 1),
      deliver: (b: FrameBatch) => {
        digest.update(b.frames);
        tierDigest.update(b.tierFrames);
        marks.push(...b.marks);
      },
    });
    loop.load(scenario, 1);
    loop.setSpeed(mode === 'max' ? 'max' : 60);
    loop.play();
    const pending = [...live];
    while (tasks.length > 0) {
      tasks.shift()!();
      const nowMs = loop.stats().nowMs;
      while (pending.length > 0 && nowMs >= pending[0].afterMs) loop.apply(pending.shift()!.trigger);
    }
    return { hex: digest.hex(), tierHex: tierDigest.hex(), marks };
  }

  it('a run with live changes and its recorded script give the same frames, bit for bit', () => {
    const base = { ...defaultScenario(), durationS: 60, events: [] };
    const live = [
      { afterMs: 10_000, trigger: { type: 'set', changes: { workload: { rps: 3300 } } } as Trigger },
      { afterMs: 20_000, trigger: { type: 'flush' } as Trigger },
      { afterMs: 30_000, trigger: { type: 'outage', forS: 5 } as Trigger },
      { afterMs: 40_000, trigger: { type: 'set', changes: { shedding: { mode: 'queue-delay', maxQueueDelayMs: 100 } } } as Trigger },
    ];
    for (const mode of ['max', 'paced'] as const) {
      const played = play(base, live, mode);
      const recorded = recordLiveMarks(base, played.marks).scenario;
      expect(recorded.events).toHaveLength(4);
      expect(play(recorded).hex).toBe(played.hex);
      expect(play(base).hex).not.toBe(played.hex);
    }
  });

  it('live tier changes and faults, recorded into the script, replay the same run, tiers included, bit for bit', () => {
    const base = parseScenario({
      durationS: 40,
      workload: { rps: 500 },
      stack: [
        { kind: 'service', name: 'web', retries: 1 },
        { kind: 'service', name: 'app', instances: 2 },
      ],
    }).value;
    const live = [
      { afterMs: 5_000, trigger: { type: 'tier-set', tier: 'app', changes: { instances: 4, balancer: 'least-connections' } } as Trigger },
      // Instance 3 exists only since the change above: the recorded script must still accept it.
      { afterMs: 10_000, trigger: { type: 'tier-fault', tier: 'app', fault: 'crash', instance: 3, forS: 10 } as Trigger },
      { afterMs: 15_000, trigger: { type: 'tier-set', tier: 'web', changes: { retryBudget: 0.1 } } as Trigger },
    ];
    for (const mode of ['max', 'paced'] as const) {
      const played = play(base, live, mode);
      const recorded = recordLiveMarks(base, played.marks).scenario;
      const reparsed = parseScenario(JSON.parse(JSON.stringify(recorded)));
      expect(reparsed.errors).toEqual([]);
      expect(reparsed.value.events).toHaveLength(3);
      const replayed = play(reparsed.value);
      expect(replayed.hex).toBe(played.hex);
      expect(replayed.tierHex).toBe(played.tierHex);
      expect(play(base).tierHex).not.toBe(played.tierHex);
    }
  });
});
