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

  /**
   * Workers that die without answering, as a crashed Web Worker does, when handed job 3: the first
   * `deaths` workers handed it die, later ones answer. Counts the workers started and who ran job 3.
   */
  function dyingOnJob3(deaths: number) {
    const log = { busy: 0, maxBusy: 0, terminated: 0 };
    const state = { started: 0, job3RunOn: [] as number[] };
    const port = (): JobPort => {
      const n = ++state.started;
      const [inner] = fakePorts(1, log);
      let die: (reason: string) => void = () => {};
      return {
        run: (job) => {
          if (job.id !== 3) return inner.run(job);
          state.job3RunOn.push(n);
          if (state.job3RunOn.length > deaths) return inner.run(job);
          setTimeout(() => die('killed'), 2);
          return new Promise<JobResult>(() => {});
        },
        terminate: inner.terminate,
        death: new Promise<string>((r) => (die = r)),
      };
    };
    return { port, state };
  }

  it('a worker that dies mid-job once: its job runs again on the fresh worker that replaces it, and succeeds', async () => {
    const { port, state } = dyingOnJob3(1);
    const seen: JobResult[] = [];
    const run = schedule(jobs(12), [port(), port()], (r) => seen.push(r), port);
    expect(await run.done).toBe('done');
    expect(seen).toHaveLength(12);
    expect(seen.filter((r) => r.kind === 'error')).toEqual([]);
    expect(seen.find((r) => r.id === 3)).toMatchObject({ kind: 'branch', result: { goodputRps: 3 } });
    // Job 3 ran first on one of the two workers, then on the third, started for it.
    expect(state.job3RunOn).toHaveLength(2);
    expect(state.job3RunOn[1]).toBe(3);
    expect(state.started).toBe(3);
  });

  it('a job that kills its fresh worker too is reported as an error, once, and the run ends', async () => {
    const { port, state } = dyingOnJob3(Infinity);
    const seen: JobResult[] = [];
    const run = schedule(jobs(12), [port(), port()], (r) => seen.push(r), port);
    expect(await run.done).toBe('done');
    expect(seen).toHaveLength(12);
    expect(seen.filter((r) => r.kind === 'error')).toEqual([
      { kind: 'error', id: 3, message: expect.stringMatching(/job 3: its worker died \(killed\), and again on a fresh worker; this cell was not computed/) },
    ]);
    expect(state.job3RunOn).toHaveLength(2);
    // Two replacements, one per original worker: one for the retry, one to carry on with the rest.
    expect(state.started).toBe(4);
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

  it('Node threads: a cell whose thread exits is run again on a fresh thread, and its row is a result', async () => {
    const scenario = { ...defaultScenario(), durationS: 5 };
    const cells: MapJob[] = Array.from({ length: 4 }, (_, id) => ({ kind: 'branch', id, scenario }));
    const seen: JobResult[] = [];
    // The two threads started first exit on cell 1; the replacement that runs it again does not.
    await runOnThreads(cells, 2, (r) => seen.push(r), { exitOnJob: 1, faultyThreads: 2 });
    expect(seen).toHaveLength(4);
    expect(seen.filter((r) => r.kind === 'error')).toEqual([]);
    expect(seen.find((r) => r.id === 1)).toMatchObject({ kind: 'branch' });
  }, 60_000);

  it('Node threads: a cell whose threads exit twice (first try, then on a fresh thread) is an error row, not the end of the sweep', async () => {
    const scenario = { ...defaultScenario(), durationS: 5 };
    const cells: MapJob[] = Array.from({ length: 4 }, (_, id) => ({ kind: 'branch', id, scenario }));
    const seen: JobResult[] = [];
    await runOnThreads(cells, 2, (r) => seen.push(r), { exitOnJob: 1 });
    expect(seen).toHaveLength(4);
    expect(seen.filter((r) => r.kind === 'error').map((r) => r.id)).toEqual([1]);
    expect(seen.find((r) => r.id === 1)).toMatchObject({ message: expect.stringMatching(/exited with code 3\), and again on a fresh worker/) });
  }, 60_000);
});
