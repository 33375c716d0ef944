import { describe, expect, it } from 'vitest';
import { choiceById } from './axisChoices';
import { axisValueText, cellLabel, explainCell } from './cellText';

const load = choiceById('load')!;
const hottest = choiceById('hottest')!;

describe('cell explanations', () => {
  it('names both axis values and the outcome with its numbers', () => {
    const e = explainCell(load, 2000, hottest, 400, { outcome: 'recovered', recoverS: 23.4, finalShare: 0.987, stoppedAtS: 212 });
    expect(e.heading).toBe('2,000 req/s · 400 hottest keys flushed');
    expect(e.lines).toEqual(['Recovered 23 s after the trigger ended.', 'Final goodput: 99% of demand.', 'Click or press Enter to open this run in the lab.']);
  });

  it('explains stuck, never-healthy, instant recovery and pending cells', () => {
    const stuck = explainCell(load, 3000, hottest, 900, { outcome: 'stuck', recoverS: null, finalShare: 0.12, stoppedAtS: 212 });
    expect(stuck.lines[0]).toBe('Stuck: a metastable failure, still failing long after the trigger ended (run stopped at 3:32).');
    expect(stuck.lines[1]).toBe('Final goodput: 12% of demand.');
    expect(explainCell(load, 4000, hottest, 25, { outcome: 'never-healthy', recoverS: null, finalShare: 0.6, stoppedAtS: 150 }).lines[0]).toMatch(
      /^Never healthy/,
    );
    expect(explainCell(load, 1000, hottest, 25, { outcome: 'recovered', recoverS: 0, finalShare: 1, stoppedAtS: 182 }).lines[0]).toBe(
      'Recovered at once: healthy right after the trigger.',
    );
    const pending = explainCell(load, 1000, hottest, 25, null);
    expect(cellLabel(pending)).toBe('1,000 req/s · 25 hottest keys flushed. Not computed yet.');
  });

  it('words every picker axis', () => {
    expect(axisValueText(choiceById('timeout')!, 1500)).toBe('timeout 1,500 ms');
    expect(axisValueText(choiceById('retries')!, 1)).toBe('1 retry');
    expect(axisValueText(choiceById('outage')!, 12)).toBe('12 s outage');
    expect(axisValueText(choiceById('workers')!, 16)).toBe('16 DB workers');
    expect(axisValueText(choiceById('shedding')!, 200)).toBe('shed above 200 ms queue delay');
  });
});
