/**
 * The map page's address: `?view=map#s=v1.…&map=map&x=PATH:FROM:TO:STEPS&y=…`. The scenario link
 * (src/share) and the map's axes (src/map/mapLink) share the hash; each reader ignores the other's
 * keys. The lab is the same page without `view=map`, so "open in the lab" is `#s=…` alone.
 */
import { decodeMapLink, encodeMapLink, type MapSpec } from '../../map';
import { readHashField } from '../../share/address';
import type { Scenario } from '../../sim/scenario';
import { choiceById } from './axisChoices';
import { mapPageForScenario } from './mapRoute';

/** The map page for a scenario link payload (`v1.…`) and a spec. */
export function mapPageUrl(pathname: string, scenarioLink: string, spec: MapSpec): string {
  return `${mapPageForScenario(pathname, scenarioLink)}&${encodeMapLink(spec)}`;
}

/** The lab running a scenario link payload. */
export function labPageUrl(pathname: string, scenarioLink: string): string {
  return `${pathname}#s=${scenarioLink}`;
}

export type MapAddress = { spec: MapSpec | null; errors: string[] };

/** Reads the axes from a hash. No `map=` at all is not an error: the page then picks defaults. */
export function readMapAddress(hash: string): MapAddress {
  if (readHashField(hash, 'map') === undefined) return { spec: null, errors: [] };
  // Only the map's own fields: the scenario's `s=…` beside them may be many kilobytes long.
  const own = (['map', 'x', 'y'] as const).flatMap((k) => {
    const v = readHashField(hash, k);
    return v === undefined ? [] : [`${k}=${v}`];
  });
  const d = decodeMapLink(own.join('&'));
  return d.ok ? { spec: d.spec, errors: [] } : { spec: null, errors: d.errors.map((e) => `Map link: ${e}`) };
}

/** Steps of a default trigger map and of a default hysteresis sweep (the sizes of the example in docs/map.md). */
export const DEFAULT_MAP_STEPS = 12;
export const DEFAULT_HYSTERESIS_STEPS = 16;

/** The map a page opens with when the link names none: load × hottest keys flushed, or a load sweep. */
export function defaultSpec(s: Scenario, mode: MapSpec['mode']): MapSpec {
  const load = choiceById('load')!;
  if (mode === 'hysteresis') {
    const { from, to } = load.range(s, DEFAULT_HYSTERESIS_STEPS);
    // Start low enough to see the cold branch healthy too: a quarter of the map's lowest load.
    return { mode, x: { path: 'workload.rps', from: Math.max(1, Math.round(from / 4)), to, steps: DEFAULT_HYSTERESIS_STEPS } };
  }
  return { mode, x: load.range(s, DEFAULT_MAP_STEPS), y: choiceById('hottest')!.range(s, DEFAULT_MAP_STEPS) };
}
