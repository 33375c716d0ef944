import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultScenario } from '../sim/parseScenario';
import type { Scenario } from '../sim/scenario';
import { encodeLink, type EncodedLink } from './linkCodec';
import { FIXTURE_SCENARIOS } from '../../test/support/linkFixtureScenarios';
import { createUrlSync, linkFromHash, readScenarioFromLocation, type UrlSyncDeps } from './urlSync';

/** A location/history pair that records every history write with its (fake) time. */
function fakeBrowser(href = 'https://lab.example/app/?lang=en') {
  const writes: { at: number; url: string; state: unknown }[] = [];
  const location = {
    href,
    get hash() {
      const i = this.href.indexOf('#');
      return i < 0 ? '' : this.href.slice(i);
    },
  };
  const history = {
    state: { kept: true } as unknown,
    replaceState(data: unknown, _unused: string, url: string) {
      writes.push({ at: Date.now(), url, state: data });
      location.href = url;
    },
  };
  return { location, history, writes };
}

const withSeed = (seed: number): Scenario => ({ ...defaultScenario(), seed });
/** Stand-in encoder: the link names the seed, so tests can see which scenario was written. */
const seedEncoder = async (s: Scenario): Promise<EncodedLink> => ({ ok: true, link: `v1.seed${s.seed}` });

function setup(extra: Partial<UrlSyncDeps> = {}) {
  const b = fakeBrowser();
  const sync = createUrlSync({
    location: b.location,
    history: b.history,
    now: () => Date.now(),
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
    encode: seedEncoder,
    ...extra,
  });
  return { ...b, sync };
}

describe('writing the scenario into the URL (fake timers)', () => {
  beforeEach(() => vi.useFakeTimers({ now: 1_000_000 }));
  afterEach(() => vi.useRealTimers());

  it('writes the first change at once, replacing only the hash and keeping history.state', async () => {
    const { sync, writes } = setup();
    sync.update(withSeed(1));
    await vi.advanceTimersByTimeAsync(0);
    expect(writes).toEqual([{ at: 1_000_000, url: 'https://lab.example/app/?lang=en#s=v1.seed1', state: { kept: true } }]);
  });

  it('a slider dragged for 3 s costs at most 4 history writes per second, and the final value is written', async () => {
    const { sync, writes, location } = setup();
    for (let i = 0; i < 188; i++) {
      sync.update(withSeed(i));
      await vi.advanceTimersByTimeAsync(16);
    }
    await vi.advanceTimersByTimeAsync(1000);
    expect(writes.length).toBeLessThanOrEqual(13);
    expect(writes.length).toBeGreaterThanOrEqual(10);
    for (let i = 1; i < writes.length; i++) expect(writes[i].at - writes[i - 1].at).toBeGreaterThanOrEqual(250);
    expect(location.hash).toBe('#s=v1.seed187');
  });

  it('for any rhythm of changes, writes are 250 ms apart and the last change always lands (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.integer({ min: 0, max: 600 }), fc.nat(50)), { minLength: 1, maxLength: 40 }), async (steps) => {
        const { sync, writes, location } = setup();
        for (const [gap, seed] of steps) {
          sync.update(withSeed(seed));
          await vi.advanceTimersByTimeAsync(gap);
        }
        await vi.advanceTimersByTimeAsync(300);
        for (let i = 1; i < writes.length; i++) expect(writes[i].at - writes[i - 1].at).toBeGreaterThanOrEqual(250);
        expect(location.hash).toBe(`#s=v1.seed${steps[steps.length - 1][1]}`);
        sync.dispose();
      }),
      { numRuns: 300 },
    );
  });

  it('spends no history write when the link has not changed', async () => {
    const { sync, writes } = setup();
    sync.update(withSeed(1));
    await vi.advanceTimersByTimeAsync(300);
    sync.update(withSeed(1));
    await vi.advanceTimersByTimeAsync(300);
    expect(writes).toHaveLength(1);
  });

  it('never lets a slow encoding of an older scenario overwrite a newer one', async () => {
    const delays: Record<number, number> = { 1: 900, 2: 0 };
    const encode = (s: Scenario) => new Promise<EncodedLink>((r) => setTimeout(() => r({ ok: true, link: `v1.seed${s.seed}` }), delays[s.seed]));
    const { sync, location } = setup({ encode });
    sync.update(withSeed(1));
    await vi.advanceTimersByTimeAsync(10);
    sync.update(withSeed(2));
    await vi.advanceTimersByTimeAsync(2000);
    expect(location.hash).toBe('#s=v1.seed2');
  });

  it('removes a stale link and reports why when the scenario is too large for a link', async () => {
    const onError = vi.fn();
    const encode = async (s: Scenario): Promise<EncodedLink> => (s.seed === 2 ? { ok: false, error: 'too large' } : seedEncoder(s));
    const { sync, location } = setup({ onError, encode });
    sync.update(withSeed(1));
    await vi.advanceTimersByTimeAsync(300);
    expect(location.hash).toBe('#s=v1.seed1');
    sync.update(withSeed(2));
    await vi.advanceTimersByTimeAsync(300);
    expect(location.href).toBe('https://lab.example/app/?lang=en');
    expect(onError).toHaveBeenCalledWith('too large');
  });

  it('writes nothing after dispose', async () => {
    const { sync, writes } = setup();
    sync.update(withSeed(1));
    sync.dispose();
    await vi.advanceTimersByTimeAsync(1000);
    expect(writes).toEqual([]);
  });

  it('flush writes the pending scenario now, without waiting for the throttle', async () => {
    const { sync, location } = setup();
    sync.update(withSeed(1));
    await vi.advanceTimersByTimeAsync(0);
    sync.update(withSeed(2));
    await sync.flush();
    expect(location.hash).toBe('#s=v1.seed2');
  });
});

describe('reading the scenario from the URL', () => {
  it('a page without a link runs the default scenario with no message', async () => {
    expect(await readScenarioFromLocation({ hash: '' })).toEqual({ scenario: defaultScenario(), errors: [], source: 'default' });
    expect(await readScenarioFromLocation({ hash: '#about' })).toMatchObject({ errors: [], source: 'default' });
  });

  it('a mangled link shows a message and the lab still gets a scenario', async () => {
    const r = await readScenarioFromLocation({ hash: '#s=v1.mangled!' });
    expect(r.source).toBe('default');
    expect(r.errors[0]).toMatch(/could not be read/);
  });

  it('finds the link among other hash parameters and undoes percent-encoding by chat tools', async () => {
    const enc = await encodeLink(FIXTURE_SCENARIOS.hotos21);
    if (!enc.ok) throw new Error(enc.error);
    expect(linkFromHash(`#tab=2&s=${enc.link}`)).toBe(enc.link);
    const r = await readScenarioFromLocation({ hash: `#s=${enc.link.replace('.', '%2E')}` });
    expect(r).toEqual({ scenario: FIXTURE_SCENARIOS.hotos21, errors: [], source: 'link' });
  });

  it('a scenario written by the sync is read back identically (real encoder, real timers)', async () => {
    const b = fakeBrowser();
    const sync = createUrlSync({
      location: b.location,
      history: b.history,
      now: () => Date.now(),
      setTimeout: (f, ms) => setTimeout(f, ms),
      clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
    });
    sync.update(FIXTURE_SCENARIOS.workshop);
    await sync.flush();
    expect(await readScenarioFromLocation(b.location)).toEqual({ scenario: FIXTURE_SCENARIOS.workshop, errors: [], source: 'link' });
  });
});
