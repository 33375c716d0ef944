import { describe, expect, it } from 'vitest';
import { presetById, presetScenario } from '../../presets';
import { defaultScenario } from '../../sim/parseScenario';
import { planMap } from '../../map';
import { axisChoicesFor, choiceForAxis } from './axisChoices';
import { axisValueText } from './cellText';

const retryAmplification = () => presetScenario(presetById('retry-amplification')!);

describe('axis choices of a scenario with a stack', () => {
  it('list every numeric field of each tier by the tier’s name, after the common choices', () => {
    const labels = axisChoicesFor(retryAmplification()).map((c) => c.label);
    expect(labels.slice(0, 8).map((l) => l.replace('×10', '×5'))).toEqual(axisChoicesFor(defaultScenario()).map((c) => c.label));
    expect(labels).toContain('app: retries');
    expect(labels).toContain('web: instances');
    expect(labels).toContain('api: timeout (ms)');
    expect(labels.filter((l) => l.startsWith('app: '))).toHaveLength(13);
  });

  it('address the tier in the document by its place in the stack', () => {
    const s = retryAmplification();
    const app = axisChoicesFor(s).find((c) => c.label === 'app: retries')!;
    expect(app.path).toBe('stack[2].retries');
    expect(choiceForAxis('stack[2].retries', s)).toBe(app);
    expect(axisValueText(app, 2)).toBe('app: retries 2');
    expect(axisValueText(choiceForAxis('stack[1].timeoutMs', retryAmplification()), 1000)).toBe('api: timeout 1,000 ms');
  });

  it('default to a range around the tier’s own value that the planner accepts', () => {
    const s = retryAmplification();
    const choices = axisChoicesFor(s).filter((c) => c.path.startsWith('stack['));
    const load = axisChoicesFor(s)[0].range(s, 3);
    for (const c of choices) expect(() => planMap(s, load, c.range(s, 4)), c.label).not.toThrow();
    const byLabel = (l: string) => choices.find((c) => c.label === l)!.range(s, 5);
    expect(byLabel('app: instances')).toMatchObject({ from: 2, to: 8 });
    expect(byLabel('app: retries')).toMatchObject({ from: 0, to: 4 });
    expect(byLabel('app: load knee (× slots)')).toMatchObject({ from: 0.5, to: 4 });
  });

  it('word the slowdown axis with the scenario’s own factor', () => {
    const s = retryAmplification();
    expect(choiceForAxis('events[0].forS', s)).toMatchObject({ id: 'slowdown', label: 'Trigger: DB slowdown ×10 length (s)', unitLabel: 'slowdown ×10 (s)' });
    expect(axisChoicesFor(s).filter((c) => c.id === 'slowdown')).toHaveLength(1);
  });

  it('offer nothing new without a stack', () => {
    expect(axisChoicesFor(defaultScenario()).some((c) => c.path.startsWith('stack'))).toBe(false);
  });
});
