import { describe, expect, it } from 'vitest';
import { planMap } from '../../map';
import { defaultScenario } from '../../sim/parseScenario';
import { choiceById } from './axisChoices';
import { sweptScenario, type AxisPick } from './sweptScenario';

const pick = (id: string, steps = 3): AxisPick => {
  const choice = choiceById(id)!;
  return { choice, axis: choice.range({ ...defaultScenario(), durationS: 300 }, steps) };
};
const base = () => ({ ...defaultScenario(), durationS: 300 });

describe('the swept scenario', () => {
  it('runs exactly one trigger of the axis kind, sized mid-axis, and plans cleanly', () => {
    for (const id of ['hottest', 'outage', 'slowdown']) {
      const picks = [pick('load'), pick(id)];
      const { scenario, notes } = sweptScenario(base(), picks);
      expect(scenario.events).toHaveLength(1);
      expect(scenario.events[0].type).toBe(picks[1].choice.trigger);
      expect(scenario.events[0].atS).toBe(150);
      expect(notes.length).toBe(1);
      expect(planMap(scenario, picks[0].axis, picks[1].axis).cells).toHaveLength(9);
    }
  });

  it('is idempotent: preparing a prepared scenario changes nothing', () => {
    for (const ids of [
      ['load', 'hottest'],
      ['load', 'outage'],
      ['load', 'timeout'],
      ['shedding', 'load'],
    ]) {
      const picks = ids.map((id) => pick(id));
      const once = sweptScenario(base(), picks).scenario;
      const twice = sweptScenario(once, picks);
      expect(twice.scenario).toBe(once);
      expect(twice.notes).toEqual([]);
    }
  });

  it('keeps the scenario trigger for parameter axes, adds a flush when there is none', () => {
    expect(sweptScenario(base(), [pick('load'), pick('retries')]).scenario.events).toEqual(base().events);
    const none = sweptScenario({ ...base(), events: [] }, [pick('load'), pick('timeout')]).scenario;
    expect(none.events).toEqual([{ atS: 60, type: 'flush' }]);
  });

  it('turns queue-delay shedding on for the shedding axis', () => {
    expect(sweptScenario(base(), [pick('load'), pick('shedding')]).scenario.shedding.mode).toBe('queue-delay');
  });

  it('refuses two trigger axes', () => {
    expect(() => sweptScenario(base(), [pick('hottest'), pick('outage')])).toThrow(/at most one trigger axis/);
  });
});
