/**
 * A preset's scenario as a sparse document: only what the story needs, the rest takes the schema's
 * defaults when parsed — the same contract as a scenario file or a share link. Keeping presets sparse
 * keeps them readable and their links short.
 */
import { parseScenario } from '../sim/parseScenario';
import type { Params, Scenario, ScenarioEvent } from '../sim/scenario';

/** A scenario document as written by hand: every section optional and partial. */
export type ScenarioDocument = {
  version: 1;
  title: string;
  seed?: number;
  durationS?: number;
  intervalMs?: number;
  events?: ScenarioEvent[];
} & { [S in keyof Params]?: Partial<Params[S]> };

/** Parses a preset document into a full scenario; a preset that does not parse cleanly is a bug. */
export function toScenario(doc: ScenarioDocument): Scenario {
  const { value, errors } = parseScenario(doc);
  if (errors.length > 0) throw new Error(`preset "${doc.title}": ${errors.map((e) => e.message).join('; ')}`);
  return value;
}
