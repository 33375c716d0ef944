/**
 * A preset's scenario as a sparse document: only what the story needs, the rest takes the schema's
 * defaults when parsed — the same contract as a scenario file or a share link. Keeping presets sparse
 * keeps them readable and their links short.
 */
import { parseScenario } from '../sim/parseScenario';
import type { Params, Scenario, ScenarioEvent } from '../sim/scenario';
import type { CacheTier, ServiceTier } from '../sim/stackSchema';

/** A tier as written by hand: kind and name, and only the fields the story needs. */
export type TierDocument =
  | ({ kind: 'service'; name: string } & Partial<Omit<ServiceTier, 'kind' | 'name'>>)
  | ({ kind: 'cache'; name: string } & Partial<Omit<CacheTier, 'kind' | 'name'>>);

/** A scenario document as written by hand: every section optional and partial. */
export type ScenarioDocument = {
  /** 1 for the single path; 2 when the document has a stack of tiers. */
  version: 1 | 2;
  title: string;
  stack?: TierDocument[];
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
