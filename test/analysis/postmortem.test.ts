import { describe, expect, it } from 'vitest';
import golden from '../contract/golden-runs.json';
import { readDocument } from '../../src/share/readDocument';
import { characteristicCrossings, slidingMinQueueDelay } from '../../src/analysis/characteristic';
import { postmortemMarkdown } from '../../src/analysis/postmortem';
import { createSimulation } from '../../src/sim/simulation';
import { M } from '../../src/sim/metrics';
import { frameTable } from '../../src/analysis/frames';
import { scenario } from '../core/run';
import { presetById } from '../../src/presets';

function draft(doc: unknown) {
  const s = scenario(doc);
  const sim = createSimulation(s);
  sim.advance(Infinity);
  const frames = sim.takeFrames();
  return { md: postmortemMarkdown(s, frames, sim.takeMarks()), frames };
}

describe('the postmortem draft', () => {
  it('for the unmitigated flush: names the trigger, detection, the sustaining effect, and says nothing recovered it', () => {
    const { md } = draft({ events: [{ atS: 150, type: 'flush' }] });
    expect(md).toContain('| 2:30 | Trigger: flush |');
    expect(md).toMatch(/Detection: minimum queueing delay over 10 s above 100 ms/);
    expect(md).toMatch(/still collapsed when the run ended/);
    expect(md).toMatch(/metastable failure/);
    expect(md).toMatch(/retries multiplied attempts \d\.\d×/);
    expect(md).toMatch(/served callers who had already left/);
    expect(md).toContain('Nothing did: the failure was still going on when the run ended.');
  });

  it('names the change that recovered it and how long it took', () => {
    const { md } = draft({
      events: [
        { atS: 150, type: 'flush' },
        { atS: 300, type: 'set', changes: { shedding: { mode: 'queue-delay' } } },
      ],
    });
    expect(md).toMatch(/shedding\.mode → queue-delay at 5:00; goodput was back \d+ s later\./);
    expect(md).toMatch(/\| \d+:\d\d \| Recovered: goodput at 95% of demand or more and the database queue back to normal for 10 s \|/);
  });

  it('writes "Recovered" only once the database backlog has drained, not when goodput first comes back', () => {
    const { md } = draft({
      events: [
        { atS: 150, type: 'flush' },
        { atS: 300, type: 'set', changes: { shedding: { mode: 'queue-delay' } } },
      ],
    });
    const row = md.split('\n').find((l) => l.includes('| Recovered:'));
    if (!row) throw new Error('no Recovered row');
    const queue = Number(/queue ([\d,]+) \|$/.exec(row)?.[1].replace(/,/g, ''));
    const busy = Number(/DB (\d+)% busy/.exec(row)?.[1]);
    // The database has 8 workers: a queue no longer than that, and not pinned at 100%.
    expect(queue).toBeLessThanOrEqual(8);
    expect(busy).toBeLessThan(100);
  });

  it('has no "Recovered" row when the run ends with goodput back but the queue still deep', () => {
    // Shedding switched on 50 s before the end: goodput is back at 5:34, the backlog drains only by 6:05.
    const { md } = draft({
      durationS: 350,
      events: [
        { atS: 150, type: 'flush' },
        { atS: 300, type: 'set', changes: { shedding: { mode: 'queue-delay' } } },
      ],
    });
    expect(md).toMatch(/came back at 5:\d\d, but the database was still working off its backlog/);
    expect(md).not.toContain('| Recovered:');
  });

  it('writes times past an hour as h:mm:ss', () => {
    const { md } = draft({ durationS: 3670, workload: { rps: 300 }, db: { workers: 80 }, events: [{ atS: 3663, type: 'flush' }] });
    expect(md).toContain('| 1:01:03 | Trigger: flush |');
  });

  it('lists one row per phase, not every flip of the state: the first 2019 deploy run has one metastable row', () => {
    // The 2019 preset as first published (its state flipped ~120 times): kept in the golden runs.
    const first = golden.runs.find((r) => r.name === 'preset deploy-2019');
    if (!first) throw new Error('the first deploy-2019 run is missing from the golden runs');
    const s = readDocument(first.scenario).scenario;
    const sim = createSimulation(s);
    sim.advance(Infinity);
    const md = postmortemMarkdown(s, sim.takeFrames(), sim.takeMarks());
    const states = md
      .split('\n')
      .filter((l) => l.includes('| State: '))
      .map((l) => /State: (\w+)/.exec(l)?.[1]);
    expect(states).toEqual(['triggered', 'metastable', 'vulnerable']);
  });

  it('leads its latency with the p99 of every request and gives the served p99 beside it, labelled', () => {
    const { md, frames } = draft({ events: [{ atS: 150, type: 'flush' }] });
    const t = frameTable(frames);
    let all = 0;
    let served = 0;
    for (let r = 0; r < t.length; r++)
      if (t.timeS(r) > 150) {
        all = Math.max(all, t.get(r, M.p99_all_ms));
        served = Math.max(served, t.get(r, M.p99_ms));
      }
    const line = md.split('\n').find((l) => l.startsWith('- Latency:'));
    expect(line).toBe(
      `- Latency: p99 of every request (failures counted at their timeout) up to ${Math.round(all).toLocaleString('en-US')} ms; p99 of served answers only up to ${Math.round(served).toLocaleString('en-US')} ms (it omits every request that failed).`,
    );
    expect(all).toBeGreaterThan(served);
  });

  it('calls the 2019 deploy a slow incident, not a metastable failure: degraded while it lasted, stable after the rollback', () => {
    const p = presetById('deploy-2019')!;
    const { md } = draft(p.scenario);
    expect(md).toMatch(/For 1,\d\d\d s of it everyone was served, but slowly \(degraded\): p99 of every request up to [\d,]+ ms\./);
    expect(md).not.toContain('metastable failure');
    const states = md
      .split('\n')
      .filter((l) => l.includes('| State: '))
      .map((l) => /State: (\w+)/.exec(l)?.[1]);
    expect(states).toEqual(['triggered', 'degraded', 'stable']);
  });

  it('says so when a trigger causes no lasting loss', () => {
    const { md } = draft({ db: { workers: 80 }, events: [{ atS: 150, type: 'flush' }] });
    expect(md).toContain('caused no lasting loss');
    expect(md).not.toContain('## Impact');
  });

  it('renders a title as inert text', () => {
    const { md } = draft({ durationS: 20, title: '<img src=x onerror=alert(1)> [link](javascript:x) | cell' });
    expect(md.split('\n')[0]).toBe('# Postmortem draft: \\<img src=x onerror=alert(1)\\> \\[link\\](javascript:x) \\| cell');
  });
});

describe('the characteristic metric', () => {
  it('is the minimum queueing delay over a sliding window, and crosses its threshold once in a metastable storm', () => {
    const { frames } = draft({ durationS: 400, events: [{ atS: 150, type: 'flush' }] });
    const series = slidingMinQueueDelay(frames, 10);
    const raw = (r: number) => frameTable(frames).get(r, M.min_queue_delay_ms);
    expect(series[300]).toBe(Math.min(...Array.from({ length: 10 }, (_, k) => raw(291 + k))));
    const crossings = characteristicCrossings(frames);
    expect(crossings).toHaveLength(1);
    expect(crossings[0].direction).toBe('up');
    expect(crossings[0].tS).toBeGreaterThan(150);
    expect(crossings[0].tS).toBeLessThan(170);
  });
});
