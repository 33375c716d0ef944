/** Test helper: run a scenario document to its end and read metric columns by name. */
import { parseScenario } from '../../src/sim/parseScenario';
import { createSimulation } from '../../src/sim/simulation';
import { M, STATE_NAMES, type MetricName } from '../../src/sim/metrics';
import { columnOf, frameTable } from '../../src/analysis/frames';
import type { Simulation } from '../../src/sim/api';

export interface Run {
  sim: Simulation;
  frames: Float64Array;
  /** Column of one metric, one value per frame. */
  col(name: MetricName): number[];
  /** Mean of a metric over frames whose end time lies in (fromS, toS]. */
  mean(name: MetricName, fromS: number, toS: number): number;
  /** State name of the frame ending at tS. */
  stateAt(tS: number): string;
}

export function scenario(doc: unknown) {
  const { value, errors } = parseScenario(doc);
  if (errors.length > 0) throw new Error(errors.map((e) => e.message).join('\n'));
  return value;
}

export function run(doc: unknown): Run {
  const sim = createSimulation(scenario(doc));
  sim.advance(Infinity);
  const frames = sim.takeFrames();
  const table = frameTable(frames);
  const rows = table.length;
  const col = (name: MetricName) => columnOf(table, name);
  const t = col('t_s');
  return {
    sim,
    frames,
    col,
    mean(name, fromS, toS) {
      const v = col(name);
      let sum = 0;
      let n = 0;
      for (let r = 0; r < rows; r++)
        if (t[r] > fromS && t[r] <= toS) {
          sum += v[r];
          n++;
        }
      return sum / n;
    },
    stateAt(tS) {
      const r = t.findIndex((x) => x >= tS);
      return STATE_NAMES[table.get(r, M.state)];
    },
  };
}

/** Erlang C probability of waiting for c servers at offered load a = λ/μ. */
export function erlangC(c: number, a: number): number {
  let sum = 0;
  let term = 1;
  for (let k = 0; k < c; k++) {
    sum += term;
    term *= a / (k + 1);
  }
  const top = term * (c / (c - a));
  return top / (sum + top);
}
