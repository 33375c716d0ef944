import { describe, expect, it } from 'vitest';
import { answered, markSent, moved, reconcile, type SliderDraft } from './sliderDraft';

/** A drag from 3 to `to`, sent and confirmed. */
function confirmedAt(to: number): SliderDraft<number> {
  return answered(markSent(moved(null, 3, to)), to, true)!;
}

describe('a slider draft', () => {
  it('shows the user’s value while the gesture goes on, over the value in force it started from', () => {
    const d = moved(moved(null, 3, 4), 3, 5);
    expect(d).toMatchObject({ value: 5, stage: 'moving', over: 3 });
    expect(reconcile(d, 3)).toBe(d);
  });

  it('stays, not snapping back, while the worker has not answered or has confirmed but the value in force is not in yet', () => {
    const sent = markSent(moved(null, 3, 5));
    expect(reconcile(sent, 3)).toBe(sent);
    const confirmed = answered(sent, 5, true)!;
    expect(confirmed.stage).toBe('confirmed');
    expect(reconcile(confirmed, 3)).toBe(confirmed);
  });

  it('ends once the confirmed value is in force', () => {
    expect(reconcile(confirmedAt(5), 5)).toBeNull();
  });

  it('ends at once when the worker refuses it, so the control shows the value in force', () => {
    expect(answered(markSent(moved(null, 3, 99)), 99, false)).toBeNull();
  });

  it('keeps a newer value when an older one is refused or confirmed', () => {
    const first = markSent(moved(null, 3, 5));
    const newer = moved(first, 3, 6);
    expect(answered(newer, 5, false)).toMatchObject({ value: 6, stage: 'moving', sent: [] });
    expect(answered(newer, 5, true)).toBe(newer);
  });

  it('goes on over its own earlier change when that lands mid-gesture (no snap back to it)', () => {
    const second = moved(confirmedAt(5), 3, 7);
    const landed = reconcile(second, 5);
    expect(landed).toMatchObject({ value: 7, stage: 'moving', over: 5 });
    expect(reconcile(answered(markSent(landed!), 7, true), 7)).toBeNull();
  });

  it('gives way to a value in force changed by something else (a new run, a scripted change)', () => {
    expect(reconcile(moved(null, 3, 5), 8)).toBeNull();
    expect(reconcile(confirmedAt(5), 8)).toBeNull();
  });

  it('works for a choice or a switch as for a number', () => {
    const choice = answered(markSent(moved<string>(null, 'round-robin', 'least-connections')), 'least-connections', true);
    expect(reconcile(choice, 'round-robin')).toBe(choice);
    expect(reconcile(choice, 'least-connections')).toBeNull();
    expect(reconcile(markSent(moved<boolean>(null, false, true)), true)).not.toBeNull();
  });
});
