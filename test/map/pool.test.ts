import { describe, expect, it } from 'vitest';
import type { JobResult, MapJob } from '../../src/map/jobs';
import { schedule, type JobPort } from '../../src/map/scheduler';
import { defaultPoolSize, runMapJobs } from '../../src/map/workerPool';
import { runOnThreads } from '../../scripts/sweepPool';
import { defaultScenario } from '../../src/sim/parseScenario';

const tick = () => new Promise((r) => setTimeout(r, 1));

/** A fake worker: answers after a delay that depends on the job, records concurrency. */
function fakePorts(n: number, log: { busy: number; maxBusy: number; terminated: number }, fail?: number): JobPort[] {
  return Array.from({ length: n }, () => {
    let busy = false;
    return {
      async run(job: MapJob): Promise<JobResult> {
        if (busy) throw new Error('two jobs at once on one port');
        busy = true;
        log.busy++;
        log.maxBusy = Math.max(log.maxBusy, log.busy);
        for (let k = 0; k < (job.id % 3) + 1; k++) await tick();
        busy = false;
        log.busy--;
        if (job.id === fail) throw new Error('boom');
        return { kind: 'branch', id: job.id, result: { goodputRps: job.id, demandRps: 1, events: 1 }, wallMs: 0 };
      },
      terminate: () => void log.terminated++,
    };
  });
}
const jobs = (n: number): MapJob[] => Array.from({ length: n }, (_, id) => ({ kind: 'branch', id, scenario: {} as never }));

describe('scheduler', () => {
  it('streams one result per job, one job per worker at a time', async () => {
    const log = { busy: 0, maxBusy: 0, terminated: 0 };
    const seen: number[] = [];
    const run = schedule(jobs(10), fakePorts(3, log), (r) => seen.push(r.id));
    expect(await run.done).toBe('done');
    expect(seen.sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(log.maxBusy).toBe(3);
  });

  it('turns a worker failure into an error result and carries on', async () => {
    const log = { busy: 0, maxBusy: 0, terminated: 0 };
    const seen: JobResult[] = [];
    await schedule(jobs(4), fakePorts(2, log, 2), (r) => seen.push(r)).done;
    expect(seen.find((r) => r.id === 2)).toMatchObject({ kind: 'error', message: expect.stringMatching(/job 2 failed in its worker: boom/) });
    expect(seen).toHaveLength(4);
  });

  it('cancel terminates the workers and drops later results', async () => {
    const log = { busy: 0, maxBusy: 0, terminated: 0 };
    const seen: number[] = [];
    const run = schedule(jobs(50), fakePorts(2, log), (r) => {
      seen.push(r.id);
      if (seen.length === 3) run.cancel();
    });
    expect(await run.done).toBe('cancelled');
    await tick();
    await tick();
    expect(seen).toHaveLength(3);
    expect(log.terminated).toBe(2);
  });

  it('browser pool: sizes to the cores but one, ends its workers after the run', async () => {
    expect(defaultPoolSize(8)).toBe(7);
    expect(defaultPoolSize(2)).toBe(1);
    expect(defaultPoolSize(1)).toBe(1);
    expect(defaultPoolSize(undefined)).toBe(1);
    const log = { busy: 0, maxBusy: 0, terminated: 0 };
    const ports = fakePorts(4, log);
    let k = 0;
    const run = runMapJobs(
      jobs(6),
      () => {},
      4,
      () => ports[k++],
    );
    expect(run.size).toBe(4);
    expect(await run.done).toBe('done');
    await tick();
    expect(log.terminated).toBe(4);
  });

  it('a worker that dies mid-job: its job becomes an error, a fresh worker takes over, the run ends', async () => {
    const log = { busy: 0, maxBusy: 0, terminated: 0 };
    let started = 0;
    /** Whichever worker is handed job 3 dies without answering, as a crashed Web Worker does. */
    const port = (): JobPort => {
      started++;
      const [inner] = fakePorts(1, log);
      let die: (reason: string) => void = () => {};
      return {
        run: (job) => (job.id === 3 ? (setTimeout(() => die('killed'), 2), new Promise<JobResult>(() => {})) : inner.run(job)),
        terminate: inner.terminate,
        death: new Promise<string>((r) => (die = r)),
      };
    };
    const seen: JobResult[] = [];
    const run = schedule(jobs(12), [port(), port()], (r) => seen.push(r), port);
    expect(await run.done).toBe('done');
    expect(seen).toHaveLength(12);
    expect(seen.filter((r) => r.kind === 'error')).toEqual([{ kind: 'error', id: 3, message: expect.stringMatching(/job 3: its worker died \(killed\)/) }]);
    expect(started).toBe(3);
  });

  it('with every worker dead and no replacement, the remaining jobs end as errors instead of waiting', async () => {
    let die: (reason: string) => void = () => {};
    const only: JobPort = { run: () => new Promise<JobResult>(() => {}), terminate: () => {}, death: new Promise<string>((r) => (die = r)) };
    const seen: JobResult[] = [];
    const run = schedule(jobs(5), [only], (r) => seen.push(r));
    die('exited');
    expect(await run.done).toBe('done');
    expect(seen.map((r) => r.kind)).toEqual(['error', 'error', 'error', 'error', 'error']);
    expect(seen[1]).toMatchObject({ message: expect.stringMatching(/every worker of the pool died/) });
  });

  it('Node threads: a thread that exits mid-sweep costs its cell (an error row), not the sweep', async () => {
    const scenario = { ...defaultScenario(), durationS: 5 };
    const cells: MapJob[] = Array.from({ length: 4 }, (_, id) => ({ kind: 'branch', id, scenario }));
    const seen: JobResult[] = [];
    await runOnThreads(cells, 2, (r) => seen.push(r), { exitOnJob: 1 });
    expect(seen).toHaveLength(4);
    expect(seen.filter((r) => r.kind === 'error').map((r) => r.id)).toEqual([1]);
    expect(seen.find((r) => r.id === 1)).toMatchObject({ message: expect.stringMatching(/exited with code 3/) });
  }, 60_000);
});
