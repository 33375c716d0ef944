/**
 * The trigger map: plans the cells of the setup (src/map planMap), runs them on the worker pool
 * coarse to fine, and shows the heatmap filling in, its legend and the sweep's progress. Clicking a
 * cell opens that exact run in the lab.
 */
import { useMemo, useState } from 'react';
import { PlanError, planMap, type CellResult, type MapJob, type MapPlan } from '../../map';
import { choiceForAxis } from './axisChoices';
import { Heatmap } from './Heatmap';
import { coarseToFine } from './jobOrder';
import { MapLegend } from './MapLegend';
import type { MapSetup } from './mapStartup';
import { openInLab } from './openInLab';
import { SweepProgressBar } from './SweepProgressBar';
import { describeTrigger } from './sweptScenario';
import { SweepResults } from './sweepResults';
import { useSweep } from './useSweep';

type Planned = { plan: MapPlan; errors: null } | { plan: null; errors: string[] };

function plan(setup: MapSetup): Planned {
  try {
    if (!setup.spec.y) return { plan: null, errors: ['A trigger map needs a y axis.'] };
    return { plan: planMap(setup.scenario, setup.spec.x, setup.spec.y), errors: null };
  } catch (e) {
    return { plan: null, errors: e instanceof PlanError ? e.problems : [(e as Error).message] };
  }
}

export function TriggerMapView({ setup }: { setup: MapSetup }) {
  const planned = useMemo(() => plan(setup), [setup]);
  const [openError, setOpenError] = useState<string | null>(null);
  const { jobs, results } = useMemo(() => {
    const p = planned.plan;
    const box = new SweepResults<CellResult>(p ? p.cells.length : 0);
    const list: MapJob[] | null = p
      ? coarseToFine(p.xs.length, p.ys.length).map((index) => ({ kind: 'cell', id: index, scenario: p.cells[index].scenario }))
      : null;
    return { jobs: list, results: box };
  }, [planned]);
  const sweep = useSweep(jobs, (r) => {
    if (r.kind === 'cell') results.set(r.id, r.result);
  });
  const x = useMemo(() => choiceForAxis(setup.spec.x.path, setup.scenario), [setup]);
  const y = useMemo(() => choiceForAxis(setup.spec.y?.path ?? '', setup.scenario), [setup]);

  if (!planned.plan) {
    return (
      <div className="map-problems" role="alert">
        <p>This map cannot be computed:</p>
        <ul>
          {planned.errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      </div>
    );
  }
  const p = planned.plan;
  const trigger = setup.scenario.events[0];
  const open = (index: number) => {
    setOpenError(null);
    openInLab(p.cells[index].scenario).catch((e: unknown) => setOpenError(e instanceof Error ? e.message : String(e)));
  };
  return (
    <section className="map-view" aria-label="Trigger map">
      <div className="map-head">
        <p className="map-about">
          Each cell is one {setup.scenario.durationS} s run from a warm, healthy start
          {trigger ? <> with {y.trigger || x.trigger ? 'one trigger at ' + trigger.atS + ' s, sized by the axis' : describeTrigger(trigger)}</> : null}; runs
          stop as soon as their outcome is certain.
        </p>
        <SweepProgressBar progress={sweep.progress} unit="cells" onCancel={sweep.cancel} />
      </div>
      <div className="map-body">
        <Heatmap plan={p} x={x} y={y} results={results} clock={sweep.clock} progress={sweep.progress} onOpen={open} />
        <MapLegend results={results} progress={sweep.progress} />
      </div>
      {openError && (
        <p role="alert" className="map-problems">
          {openError}
        </p>
      )}
    </section>
  );
}
