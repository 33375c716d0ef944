/** The fit's account of itself as text: for the CLI's stderr and the fit panel's details. */
import type { FitResult } from './runFit';
import { FIT_PARAMS } from './fitSpace';
import { OBSERVED_METRICS } from './observed';

const fmt = (v: number): string => (Number.isInteger(v) ? String(v) : Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 10 ? v.toFixed(1) : v.toPrecision(3));

export function fitReportLines(r: FitResult): string[] {
  const s = r.scenario;
  const br = r.estimate.traceBreak;
  const lines: string[] = [];
  lines.push(
    br
      ? `trigger: ${br.kind}${s.events[0]?.type === 'flush' && s.events[0].hottest !== undefined ? ` of the ${s.events[0].hottest} hottest keys` : br.kind === 'flush' ? ' of the whole cache' : ''} at ${fmt(r.values['trigger.atS'] ?? br.atS)} s (first frame off the baseline: ${br.frame + 1})`
      : 'trigger: none found (the trace stays on its baseline)',
  );
  const keysFrom =
    r.estimate.ctx.fixed['workload.keys'] !== undefined ? 'fixed' : r.estimate.ctx.observedCapacity !== undefined ? 'from the cache size' : 'assumed';
  lines.push(
    `fitted: rps ${s.workload.rps}, keys ${s.workload.keys} (${keysFrom}), zipf ${s.workload.zipf}, cache ${s.cache.capacity} entries, ` +
      `db ${s.db.workers} workers × ${s.db.serviceMs} ms (${fmt((s.db.workers * 1000) / s.db.serviceMs)} q/s), queue ${s.db.queueLimit}, ` +
      `timeout ${s.client.timeoutMs} ms, retries ${s.client.retries}`,
  );
  lines.push(
    `loss: ${r.loss.toFixed(4)} (analytic start: ${r.startLoss.toFixed(4)}) after ${r.evaluations} simulated runs${r.cancelled ? ', cancelled' : r.converged ? ', converged' : ', budget spent'}`,
  );
  lines.push('residual per series (rms in loss units; bias = simulated − observed):');
  for (const x of r.residuals) lines.push(`  ${x.metric.padEnd(12)} rms ${x.rms.toFixed(3)}  bias ${fmt(x.bias)}  (${OBSERVED_METRICS[x.metric]})`);
  lines.push('parameters (start → fit; loss rise when nudged; how the start was read):');
  for (const n of Object.keys(r.estimate.start) as (keyof typeof FIT_PARAMS)[]) {
    if (!r.searched.includes(n)) {
      lines.push(`  ${n.padEnd(17)} ${fmt(r.values[n] ?? Number.NaN)}  read off the trace, not searched: ${r.estimate.notes[n] ?? ''}`);
      continue;
    }
    const sens = r.sensitivity.find((x) => x.name === n);
    const note = r.estimate.notes[n] ?? '';
    const flag = sens ? (sens.constrained ? `+${(100 * sens.rise).toFixed(0)}%` : `+${(100 * Math.max(0, sens.rise)).toFixed(1)}% BARELY CONSTRAINED`) : '';
    lines.push(`  ${n.padEnd(17)} ${fmt(r.estimate.start[n] ?? Number.NaN)} → ${fmt(r.values[n] ?? Number.NaN)}  ${flag}  ${note}  [${FIT_PARAMS[n].doc}]`);
  }
  const fixed = Object.entries(r.estimate.ctx.fixed);
  if (fixed.length > 0) lines.push(`fixed by you: ${fixed.map(([k, v]) => `${k}=${v}`).join(', ')}`);
  lines.push(
    `not identifiable from these series, assumed: ${keysFrom === 'assumed' ? `workload.keys (${s.workload.keys}; the Zipf exponent absorbs it), ` : ''}client.backoff (${s.client.backoff}, base ${s.client.backoffBaseMs} ms), cache.hitMs (${s.cache.hitMs} ms)`,
  );
  lines.push(`cache.capacity: ${r.estimate.notes['cache.capacity'] ?? ''}`);
  return lines;
}
