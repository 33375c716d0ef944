/**
 * With `?bench` in the address, exposes the worker's throughput counters as `window.metastableLab`
 * for bench/browser.ts. Nothing is exposed otherwise.
 */
import { readQuery } from '../../share/address';
import type { WorkerStats } from '../../worker/protocol';
import type { LabRuntime } from './labRuntime';

export interface BenchHook {
  stats(): Promise<WorkerStats>;
}

declare global {
  interface Window {
    metastableLab?: BenchHook;
  }
}

export function exposeForBench(lab: LabRuntime, search: string): void {
  if (!readQuery(search).values.bench) return;
  window.metastableLab = { stats: () => lab.stats() };
}
