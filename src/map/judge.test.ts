import { describe, expect, it } from 'vitest';
import { OutcomeJudge, triggerTiming } from './judge';
import { STATE_NAMES, type StateName } from '../sim/metrics';
import { parseScenario } from '../sim/parseScenario';
import { frameRows } from '../../test/support/frameRows';

/** Synthetic frames, one per second from t = 1: [state, goodput share]. */
function frames(rows: [StateName, number][]): Float64Array {
  return frameRows(rows.map(([state, share], r) => ({ t_s: r + 1, first_rps: 1000, goodput_rps: 1000 * share, state: STATE_NAMES.indexOf(state) })));
}
const repeat = (n: number, row: [StateName, number]) => Array.from({ length: n }, () => row);
const FLUSH_AT_20 = { firstTriggerS: 20, quietFromS: 20 };

describe('outcome judge', () => {
  it('takes trigger timing from events, ends included', () => {
    const s = parseScenario({
      durationS: 300,
      events: [
        { atS: 90, type: 'outage', forS: 15 },
        { atS: 60, type: 'flush' },
      ],
    }).value;
    expect(triggerTiming(s)).toEqual({ firstTriggerS: 60, quietFromS: 105 });
    expect(triggerTiming(parseScenario({}).value)).toEqual({ firstTriggerS: Infinity, quietFromS: 0 });
  });

  it('recovered: 30 s healthy after the trigger, timed from the start of the healthy stretch', () => {
    const j = new OutcomeJudge(FLUSH_AT_20, 1);
    const rows = [...repeat(20, ['vulnerable', 1]), ...repeat(10, ['triggered', 0.4]), ...repeat(5, ['recovering', 0.95]), ...repeat(40, ['vulnerable', 1])];
    const v = j.feed(frames(rows));
    expect(v).toMatchObject({ outcome: 'recovered', recoverS: 10, decidedAtS: 60 });
  });

  it('stuck: failing for 60 s after the trigger with no upward trend', () => {
    const rows = [...repeat(20, ['vulnerable', 1]), ...repeat(10, ['triggered', 0.5]), ...repeat(70, ['metastable', 0.5])];
    const v = new OutcomeJudge(FLUSH_AT_20, 1).feed(frames(rows));
    expect(v).toMatchObject({ outcome: 'stuck', recoverS: null, decidedAtS: 90 });
    expect(v?.finalShare).toBeCloseTo(0.5);
  });

  it('a slow climb is not called stuck early; the end of the run decides', () => {
    const climb: [StateName, number][] = Array.from({ length: 120 }, (_, k) => ['metastable', 0.3 + k * 0.005]);
    const j = new OutcomeJudge(FLUSH_AT_20, 1);
    expect(j.feed(frames([...repeat(20, ['vulnerable', 1]), ...climb]))).toBeNull();
    expect(j.finish()).toMatchObject({ outcome: 'stuck' });
  });

  it('recovering blips with low goodput count as failing, not as health', () => {
    const rows: [StateName, number][] = [...repeat(20, ['vulnerable', 1])];
    for (let k = 0; k < 80; k++) rows.push(k % 7 === 0 ? ['recovering', 0.6] : ['metastable', 0.55]);
    expect(new OutcomeJudge(FLUSH_AT_20, 1).feed(frames(rows))?.outcome).toBe('stuck');
  });

  it('never-healthy: unhealthy in the 20 s before the first trigger; a cold start that warms up in time is fine', () => {
    const over = [...repeat(20, ['overloaded', 0.3]), ...repeat(5, ['triggered', 0.3])] as [StateName, number][];
    expect(new OutcomeJudge(FLUSH_AT_20, 1).feed(frames(over))).toMatchObject({ outcome: 'never-healthy', decidedAtS: 20 });
    const late = { firstTriggerS: 40, quietFromS: 40 };
    const warmed = [...repeat(15, ['overloaded', 0.3]), ...repeat(25, ['stable', 1]), ...repeat(40, ['stable', 1])] as [StateName, number][];
    expect(new OutcomeJudge(late, 1).feed(frames(warmed))).toMatchObject({ outcome: 'recovered', recoverS: 0 });
  });

  it('ignores frames that began before an outage ended', () => {
    const outage = { firstTriggerS: 20, quietFromS: 40 };
    const rows = [...repeat(20, ['vulnerable', 1]), ...repeat(20, ['triggered', 0]), ...repeat(30, ['vulnerable', 1])] as [StateName, number][];
    expect(new OutcomeJudge(outage, 1).feed(frames(rows))).toMatchObject({ outcome: 'recovered', recoverS: 0, decidedAtS: 70 });
  });

  it('at the end: recovered if healthy (even briefly), else stuck; no trigger means judged on health alone', () => {
    const j = new OutcomeJudge(FLUSH_AT_20, 1);
    j.feed(frames([...repeat(20, ['vulnerable', 1]), ...repeat(30, ['metastable', 0.4]), ...repeat(10, ['recovering', 0.95])]));
    expect(j.finish()).toMatchObject({ outcome: 'recovered', recoverS: 30 });
    const none = new OutcomeJudge({ firstTriggerS: Infinity, quietFromS: 0 }, 1);
    none.feed(frames(repeat(30, ['stable', 1])));
    expect(none.finish().outcome).toBe('recovered');
    const bad = new OutcomeJudge({ firstTriggerS: Infinity, quietFromS: 0 }, 1);
    bad.feed(frames(repeat(30, ['overloaded', 0.2])));
    expect(bad.finish().outcome).toBe('never-healthy');
  });
});
