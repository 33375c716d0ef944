/**
 * "What would have saved us" for the fitted REAL trace: the flush that left a Redis + PostgreSQL
 * stack stuck. The trace is fitted from its dashboard columns as in realTraceFit.test.ts (quick
 * mode), every mitigation is run on the fitted incident, and the postmortem's section is checked
 * row by row against direct runs: the scenario with the mitigation's parameters applied by hand, read
 * with arithmetic written here, not with the code under test.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { postmortemMarkdown } from '../../src/analysis/postmortem';
import { importMetrics } from '../../src/fit/importFile';
import { runFit } from '../../src/fit/runFit';
import { inlineEvaluator, simulateFrames } from '../../src/fit/simulateFrames';
import { mitigationById } from '../../src/mitigations/catalog';
import { whatIf, type WhatIfReport } from '../../src/mitigations/whatIf';
import { WHAT_IF_HEADING, whatIfMarkdown } from '../../src/mitigations/whatIfMarkdown';
import { applyPatch } from '../../src/sim/parseScenario';
import { M, METRIC_COUNT, STATE_NAMES } from '../../src/sim/metrics';
import type { Scenario } from '../../src/sim/scenario';
import { createSimulation } from '../../src/sim/simulation';
import { dashboardCsv } from './realTrace';

/**
 * Goodput ÷ new requests, wasted queries and the deepest queue after `tS` (1 s frames), and seconds
 * from `tS` until 10 frames in a row that users find fine (≥ 95% served and not degraded: slower than
 * the latency objective) that hold (last 30 frames ≥ 95%).
 */
function direct(frames: Float64Array, tS: number): { kept: number; backAfterS: number | null; wasted: number; peakQueue: number } {
  const rows = frames.length / METRIC_COUNT;
  const v = (r: number, m: number) => frames[r * METRIC_COUNT + m];
  const share = (r: number) => (v(r, M.first_rps) > 0 ? v(r, M.goodput_rps) / v(r, M.first_rps) : 1);
  const fine = (r: number) => share(r) >= 0.95 && STATE_NAMES[v(r, M.state)] !== 'degraded';
  let good = 0;
  let first = 0;
  let fell = -1;
  let back = -1;
  let run = 0;
  let wasted = 0;
  let peakQueue = 0;
  for (let r = 0; r < rows; r++) {
    if (v(r, M.t_s) <= tS) continue;
    wasted += v(r, M.wasted_rps);
    peakQueue = Math.max(peakQueue, v(r, M.queue_depth));
    good += v(r, M.goodput_rps);
    first += v(r, M.first_rps);
    if (fell < 0 && !fine(r)) fell = r;
    if (fell >= 0 && back < 0) {
      run = fine(r) ? run + 1 : 0;
      if (run === 10) back = r - 9;
    }
  }
  let tail = 0;
  for (let r = rows - 30; r < rows; r++) tail += share(r) / 30;
  const holds = tail >= 0.95;
  const backAfterS = fell < 0 ? (holds ? 0 : null) : back >= 0 && holds ? v(back, M.t_s) - 1 - tS : null;
  return { kept: good / first, backAfterS, wasted, peakQueue };
}

const cell = (o: { backAfterS: number | null }) => (o.backAfterS === null ? 'never' : o.backAfterS === 0 ? 'never fell' : `${Math.round(o.backAfterS)} s`);

describe('what would have saved the fitted real incident', () => {
  let fitted: Scenario;
  let report: WhatIfReport;
  let md: string;
  beforeAll(async () => {
    const fit = await runFit(importMetrics(dashboardCsv()).observed, inlineEvaluator, { budget: 24, replicas: 1, sensitivity: false });
    fitted = fit.scenario;
    report = await whatIf(fitted, (s) => inlineEvaluator.run(s));
    const sim = createSimulation(fitted);
    sim.advance(Infinity);
    md = postmortemMarkdown(fitted, sim.takeFrames(), sim.takeMarks(), whatIfMarkdown(report));
  }, 300_000);

  const section = () => md.slice(md.indexOf(WHAT_IF_HEADING));
  const tableRow = (label: string) =>
    section()
      .split('\n')
      .find((l) => l.startsWith(`| ${label} |`));

  it('runs the fitted incident as it is: without a mitigation it stays stuck to the end', () => {
    expect(report.trigger.type).toBe('flush');
    expect(report.baseline.recoveredAfterS).toBeNull();
    expect(section()).toMatch(/Without any: goodput \d+% of demand after the flush; still failing when the run ended/);
  });

  it('finds at least one mitigation that prevents the collapse, and the section names it with how much goodput it kept', () => {
    const prevented = report.rows.filter((r) => r.prevented);
    expect(prevented.length).toBeGreaterThan(0);
    for (const r of prevented) {
      expect(section()).toContain(`${r.mitigation.label} (goodput ${Math.round(r.fromStart!.goodputKept * 100)}%)`);
      expect(tableRow(r.mitigation.label)).toMatch(/^\| [^|]+ \| yes \| \d+% \(\+\d+ points\) \| \d+ s \|/);
    }
  });

  it('checks every row of the table against a direct run of the scenario with that mitigation applied by hand', () => {
    const base = direct(simulateFrames(fitted), report.trigger.atS);
    const evaluated = report.rows.filter((r) => r.status === 'evaluated');
    expect(evaluated.length).toBeGreaterThan(5);
    for (const r of evaluated) {
      const on = mitigationById(r.mitigation.id)!.on;
      const fromStart = direct(simulateFrames(applyPatch(fitted, on)), report.trigger.atS);
      const atTrigger = direct(
        simulateFrames({ ...fitted, events: [...fitted.events, { atS: report.trigger.atS, type: 'set', changes: on }] }),
        report.trigger.atS,
      );
      const cells = tableRow(r.mitigation.label)!.split(' | ');
      const points = Math.round(fromStart.kept * 100) - Math.round(base.kept * 100);
      expect(cells[1], r.mitigation.id).toBe(fromStart.backAfterS !== null && base.backAfterS === null ? 'yes' : 'no');
      expect(cells[2], r.mitigation.id).toBe(
        `${Math.round(fromStart.kept * 100)}% (${points === 0 ? '±0' : `${points > 0 ? '+' : '−'}${Math.abs(points)} points`})`,
      );
      expect(cells[3], r.mitigation.id).toBe(cell(fromStart));
      expect(cells[4], r.mitigation.id).toBe(cell(atTrigger));
      expect(cells[6], r.mitigation.id).toBe(Math.round(fromStart.wasted).toLocaleString('en-US'));
      expect(cells[7], r.mitigation.id).toBe(Math.round(fromStart.peakQueue).toLocaleString('en-US'));
    }
  }, 120_000);

  it('says which mitigations did nothing to this run, and why', () => {
    expect(section()).toMatch(/No effect on this run \(the same frames as without\): .*Stale-while-revalidate, which needs a TTL;/);
    for (const r of report.rows.filter((x) => x.status === 'no-effect'))
      expect(simulateFrames(applyPatch(fitted, mitigationById(r.mitigation.id)!.on))).toEqual(simulateFrames(fitted));
  }, 60_000);
});
