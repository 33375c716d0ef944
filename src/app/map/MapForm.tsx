/**
 * The sweep's settings: for a trigger map two axes (load × trigger size, or × a system parameter),
 * for the hysteresis view the load range; both with the run length. "Compute" prepares the swept
 * scenario (sweptScenario), checks every axis and hands the new setup to the page, which puts it
 * in the address and starts the sweep; problems are listed instead.
 */
import { useState } from 'react';
import { PlanError, validateAxis, type MapSpec } from '../../map';
import { axisChoicesFor, choiceById, choiceForAxis } from './axisChoices';
import { AxisFields, type AxisDraft } from './AxisFields';
import type { MapSetup } from './mapStartup';
import { sweptScenario } from './sweptScenario';

interface Props {
  setup: MapSetup;
  onCompute(setup: MapSetup, notes: string[]): void;
}

const MIN_RUN_S = 30;

export function MapForm({ setup, onCompute }: Props) {
  const { scenario, spec } = setup;
  const [x, setX] = useState<AxisDraft>({ choice: spec.mode === 'map' ? choiceForAxis(spec.x.path, scenario) : choiceById('load')!, axis: spec.x });
  const [y, setY] = useState<AxisDraft | null>(spec.y ? { choice: choiceForAxis(spec.y.path, scenario), axis: spec.y } : null);
  const [runS, setRunS] = useState(scenario.durationS);
  const [errors, setErrors] = useState<string[]>([]);
  const choices = axisChoicesFor(scenario);

  const compute = (e: React.FormEvent) => {
    e.preventDefault();
    const problems: string[] = [];
    const drafts = spec.mode === 'map' && y ? [x, y] : [x];
    for (const d of drafts) {
      try {
        validateAxis(d.axis, scenario);
      } catch (err) {
        problems.push(`${d.choice.label}: ${(err as Error).message}`);
      }
    }
    if (!Number.isFinite(runS) || runS < MIN_RUN_S || runS > 86_400) problems.push(`Run length: from ${MIN_RUN_S} to 86,400 s.`);
    if (drafts.length === 2 && x.choice.path === y?.choice.path) problems.push('Pick two different axes.');
    if (problems.length) return setErrors(problems);
    try {
      const base = { ...scenario, durationS: runS };
      const next: MapSpec = spec.mode === 'map' && y ? { mode: 'map', x: x.axis, y: y.axis } : { mode: 'hysteresis', x: x.axis };
      const swept = spec.mode === 'map' ? sweptScenario(base, drafts) : { scenario: base, notes: [] };
      setErrors([]);
      onCompute({ scenario: swept.scenario, spec: next }, swept.notes);
    } catch (err) {
      setErrors(err instanceof PlanError ? err.problems : [(err as Error).message]);
    }
  };

  return (
    <form className="map-form" onSubmit={compute} aria-label={spec.mode === 'map' ? 'Trigger map settings' : 'Hysteresis settings'}>
      <AxisFields
        legend={spec.mode === 'map' ? 'Across (x)' : 'Offered load (req/s)'}
        value={x}
        onChange={setX}
        scenario={scenario}
        choices={spec.mode === 'map' ? choices : undefined}
      />
      {spec.mode === 'map' && y && <AxisFields legend="Up (y)" value={y} onChange={setY} scenario={scenario} choices={choices} />}
      <label className="run-length">
        Run length (s)
        <input
          type="number"
          min={MIN_RUN_S}
          value={Number.isFinite(runS) ? runS : ''}
          onChange={(e) => setRunS(e.target.value === '' ? Number.NaN : Number(e.target.value))}
        />
      </label>
      <button type="submit" className="btn btn-primary">
        Compute
      </button>
      {errors.length > 0 && (
        <ul className="form-errors" role="alert">
          {errors.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
    </form>
  );
}
