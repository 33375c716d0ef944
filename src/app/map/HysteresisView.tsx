/**
 * The hysteresis view: every load of the sweep runs twice with no trigger, from a warm and from a
 * cold cache; the two steady goodputs are drawn as they arrive. Where they part, the same parameters
 * have two stable states: the bistable band, between hidden and advertised capacity.
 */
import { useMemo, useRef } from 'react';
import { useStore } from 'zustand';
import { PlanError, planHysteresis, type BranchResult, type HysteresisRun, type MapJob } from '../../map';
import { formatCount } from '../format';
import { useSize } from '../runtime/usePainter';
import { completeSummary, branchPoints } from './hysteresisData';
import { COLD_COLOR, HysteresisRenderer, WARM_COLOR } from './hysteresisRenderer';
import { coarseToFine } from './jobOrder';
import type { MapSetup } from './mapStartup';
import { SweepProgressBar } from './SweepProgressBar';
import { SweepResults } from './sweepResults';
import { useClockPainter, useSweep } from './useSweep';

type Planned = { runs: HysteresisRun[]; errors: null } | { runs: null; errors: string[] };

function plan(setup: MapSetup): Planned {
  try {
    return { runs: planHysteresis(setup.scenario, setup.spec.x), errors: null };
  } catch (e) {
    return { runs: null, errors: e instanceof PlanError ? e.problems : [(e as Error).message] };
  }
}

export function HysteresisView({ setup }: { setup: MapSetup }) {
  const planned = useMemo(() => plan(setup), [setup]);
  const { jobs, results } = useMemo(() => {
    const runs = planned.runs;
    const found = new SweepResults<BranchResult>(runs ? runs.length : 0);
    // Loads coarse to fine; each load's warm run (index 2k) then its cold run (2k + 1).
    const list: MapJob[] | null = runs
      ? coarseToFine(runs.length / 2, 1)
          .flatMap((k) => [2 * k, 2 * k + 1])
          .map((id) => ({ kind: 'branch', id, scenario: runs[id].scenario }))
      : null;
    return { jobs: list, results: found };
  }, [planned]);
  const sweep = useSweep(jobs, (r) => {
    if (r.kind === 'branch') results.set(r.id, r.result);
  });
  useStore(sweep.progress, (p) => p.done); // the summary sentence follows the results
  const svgRef = useRef<SVGSVGElement>(null);
  const plotRef = useRef<HTMLDivElement>(null);
  const renderer = useRef<HysteresisRenderer | null>(null);
  const ensure = () => (renderer.current ??= svgRef.current ? new HysteresisRenderer(svgRef.current) : null);
  useSize(plotRef, (w, h) => {
    ensure()?.resize(w, h);
    sweep.clock.invalidate();
  });

  const runs = planned.runs ?? [];
  const summary = completeSummary(setup.scenario, runs, results.current);
  useClockPainter(sweep.clock, () =>
    ensure()?.draw({
      warm: branchPoints(runs, results.current, 'warm'),
      cold: branchPoints(runs, results.current, 'cold'),
      summary: completeSummary(setup.scenario, runs, results.current),
      fromRps: setup.spec.x.from,
      toRps: setup.spec.x.to,
      currentRps: setup.scenario.workload.rps,
    }),
  );

  if (!planned.runs) {
    return (
      <div className="map-problems" role="alert">
        <p>This sweep cannot be computed:</p>
        <ul>
          {planned.errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      </div>
    );
  }
  return (
    <section className="map-view" aria-label="Hysteresis">
      <div className="map-head">
        <p className="map-about">
          Each load runs {setup.scenario.durationS} s twice, with no trigger: from a <span style={{ color: WARM_COLOR }}>● warm cache</span> and from a{' '}
          <span style={{ color: COLD_COLOR }}>■ cold cache</span> (dashed). Steady goodput is the mean over the last third.
        </p>
        <SweepProgressBar progress={sweep.progress} unit="runs" onCancel={sweep.cancel} />
      </div>
      <div className="hysteresis-plot" ref={plotRef}>
        <svg ref={svgRef} role="img" aria-label="Steady goodput against offered load, warm and cold branches" />
      </div>
      <p className="hysteresis-summary" aria-live="polite">
        {summaryText(summary)}
      </p>
    </section>
  );
}

function summaryText(s: ReturnType<typeof completeSummary>): string {
  if (!s) return 'Waiting for the first load with both branches…';
  const hidden = `Hidden capacity: measured ${s.measuredHiddenRps === null ? '–' : formatCount(s.measuredHiddenRps)} req/s, analytic ${formatCount(s.analytic.hiddenRps)} (${s.analytic.hiddenBy === undefined ? 'the database alone' : `bounded by tier ${s.analytic.hiddenBy}`}).`;
  const adv = `Advertised capacity: measured ${s.measuredAdvertisedRps === null ? '–' : formatCount(s.measuredAdvertisedRps)}, analytic ${formatCount(s.analytic.advertisedRps)}.`;
  const band = s.band
    ? `Bistable from ${formatCount(s.band.lowerRps)} to ${formatCount(s.band.upperRps)} req/s: warm it serves the load, cold it stays failed.`
    : 'No bistable load on this grid.';
  return `${band} ${hidden} ${adv}`;
}
