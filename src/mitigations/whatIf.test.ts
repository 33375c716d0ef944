import { describe, expect, it } from 'vitest';
import { createSimulation } from '../sim/simulation';
import { defaultScenario } from '../sim/parseScenario';
import type { Scenario } from '../sim/scenario';
import { mitigationById } from './catalog';
import { hotosWith } from './evaluate';
import { whatIf, type RunScenarios } from './whatIf';
import { whatIfMarkdown } from './whatIfMarkdown';
import { alreadyOn, incidentTrigger, withPatchFrom } from './whatIfScenarios';

const runAll: RunScenarios = (scenarios) =>
  Promise.resolve(
    scenarios.map((s) => {
      const sim = createSimulation(s);
      sim.advance(Infinity);
      return sim.takeFrames();
    }),
  );
const pick = (...ids: string[]) => ids.map((id) => mitigationById(id)!);
/** The HotOS example, shortened: flush at 150 s, 300 s in all. */
const hotos = (): Scenario => ({ ...hotosWith({}), durationS: 300 });
const LIFO = mitigationById('lifo')!.on;

describe('the runs behind "what would have saved us"', () => {
  it('takes the first event that starts an incident as the trigger, not an operator change', () => {
    const s = {
      ...hotos(),
      events: [
        { atS: 10, type: 'set' as const, changes: { client: { retries: 2 } } },
        { atS: 150, type: 'flush' as const },
      ],
    };
    expect(incidentTrigger(s)).toEqual({ atS: 150, type: 'flush' });
    expect(incidentTrigger({ ...s, events: s.events.slice(0, 1) })).toBeUndefined();
  });

  it('switches a mitigation on from the start, or with a set after every event at its time, and again after later sets', () => {
    const s = {
      ...hotos(),
      events: [
        { atS: 150, type: 'flush' as const },
        { atS: 200, type: 'set' as const, changes: { db: { queueOrder: 'fifo' as const } } },
      ],
    };
    expect(withPatchFrom(s, LIFO, 0).db.queueOrder).toBe('lifo');
    expect(withPatchFrom(s, LIFO, 150).events.map((e) => `${e.atS} ${e.type}`)).toEqual(['150 flush', '150 set', '200 set', '200 set']);
    expect(withPatchFrom(s, LIFO, 150).events[3]).toEqual({ atS: 200, type: 'set', changes: LIFO });
    expect(withPatchFrom(s, LIFO, 250).events.map((e) => `${e.atS} ${e.type}`)).toEqual(['150 flush', '200 set', '250 set']);
  });

  it('knows a mitigation that is already on', () => {
    expect(alreadyOn(hotos(), LIFO)).toBe(false);
    expect(alreadyOn(withPatchFrom(hotos(), LIFO, 0), LIFO)).toBe(true);
  });
});

describe('what would have saved the HotOS example', () => {
  it('finds that LIFO prevents the collapse, that equal jitter does not, and that stale-while-revalidate needs a TTL', async () => {
    const progress: string[] = [];
    const w = await whatIf(hotos(), runAll, {
      mitigations: pick('equal-jitter', 'stale-while-revalidate', 'lifo'),
      onProgress: (p) => progress.push(`${p.done}/${p.total}`),
    });
    expect(w.baseline.recoveredAfterS).toBeNull();
    expect(w.rows.map((r) => [r.mitigation.id, r.status, r.prevented])).toEqual([
      ['lifo', 'evaluated', true],
      ['equal-jitter', 'evaluated', false],
      ['stale-while-revalidate', 'no-effect', false],
    ]);
    expect(w.rows[0].fromStart!.goodputKept).toBeGreaterThan(w.baseline.goodputKept + 0.3);
    // 1 + 3 from the start, then 2 × 2 later for the two that changed anything.
    expect(w.runs).toBe(8);
    expect(progress.at(-1)).toBe('8/8');
    const md = whatIfMarkdown(w).join('\n');
    expect(md).toMatch(/Prevented it \(on from the start\): LIFO queue \(goodput \d+%\)\./);
    expect(md).toMatch(/\| Equal jitter \| no \| \d+% \([^)]+\) \| never \|/);
    expect(md).toContain('No effect on this run (the same frames as without): Stale-while-revalidate, which needs a TTL.');
  });

  it('says so when no mitigation helps', async () => {
    const w = await whatIf(hotos(), runAll, { mitigations: pick('ttl-jitter', 'equal-jitter') });
    const md = whatIfMarkdown(w).join('\n');
    expect(w.rows.some((r) => r.prevented)).toBe(false);
    expect(md).toMatch(/No mitigation on its own prevented it/);
    expect(md).not.toMatch(/Prevented it/);
  });

  it('has nothing to save when the trigger does no lasting harm, and refuses a scenario without a trigger', async () => {
    const light = { ...hotos(), workload: { ...hotos().workload, rps: 50 } };
    const md = whatIfMarkdown(await whatIf(light, runAll, { mitigations: pick('lifo') })).join('\n');
    expect(md).toContain('Nothing to save: without any mitigation, goodput stayed at 95% of demand or more after the flush.');
    await expect(whatIf({ ...defaultScenario(), events: [] }, runAll)).rejects.toThrow(/has no trigger/);
  });
});
