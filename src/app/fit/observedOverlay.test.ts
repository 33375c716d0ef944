import { describe, expect, it } from 'vitest';
import type { Observed } from '../../fit/observed';
import type { LabRuntime } from '../runtime/labRuntime';
import { overlayFor, removeObserved, shiftObserved, showObserved } from './observedOverlay';

/** A lab as far as the overlay uses one: a clock to ask for repaints, counting the requests. */
function fakeLab() {
  const lab = { repaints: 0, clock: { invalidate: () => void lab.repaints++ } };
  return lab;
}
const storeOf = (lab: ReturnType<typeof fakeLab>) => overlayFor(lab as unknown as LabRuntime);

const trace = (): Observed => ({ intervalMs: 1000, tS: Float64Array.of(1, 2), series: { goodput_rps: Float64Array.of(5, 6) } });

describe('the overlay store', () => {
  it('shows an import, shifts it, and takes it off again', () => {
    const store = storeOf(fakeLab());
    const o = trace();
    showObserved(store, o, 'incident.csv');
    expect(store.getState()).toMatchObject({ observed: o, sourceName: 'incident.csv', shiftS: 0 });
    expect(shiftObserved(store, -12)).toBeNull();
    expect(store.getState().shiftS).toBe(-12);
    removeObserved(store);
    expect(store.getState().observed).toBeNull();
  });

  it('keeps the shift when the same file is read again with another mapping, not for a new file', () => {
    const store = storeOf(fakeLab());
    showObserved(store, trace(), 'a.csv');
    shiftObserved(store, 30);
    showObserved(store, trace(), 'a.csv');
    expect(store.getState().shiftS).toBe(30);
    showObserved(store, trace(), 'b.csv');
    expect(store.getState().shiftS).toBe(0);
  });

  it('refuses a shift that is not a number of seconds in range, naming the value and the range', () => {
    const store = storeOf(fakeLab());
    shiftObserved(store, 4);
    expect(shiftObserved(store, 5000)).toBe('Shift: 5000 s is out of range (allowed: −3600 to 3600 s)');
    expect(shiftObserved(store, Number.NaN)).toBe('Shift: NaN is not a number of seconds (allowed: −3600 to 3600 s)');
    expect(store.getState().shiftS).toBe(4);
  });

  it('repaints the charts whenever the overlay changes', () => {
    const lab = fakeLab();
    const store = storeOf(lab);
    showObserved(store, trace(), 'a.csv');
    shiftObserved(store, 2);
    removeObserved(store);
    expect(lab.repaints).toBe(3);
  });
});
