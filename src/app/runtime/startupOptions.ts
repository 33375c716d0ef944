/**
 * Reads how the lab opens from the address (see src/share/address.ts for every parameter):
 * `?scenario=<JSON>` loads a scenario through the same decoder as share links and files (depth,
 * migrations, validation, title clean-up; problems are listed, the usable remainder still runs),
 * `?speed=1|10|60|max` picks the speed, `?paused` starts paused. Anything unreadable becomes a
 * message, never a blank page.
 */
import { defaultScenario } from '../../sim/parseScenario';
import type { Scenario } from '../../sim/scenario';
import { readQuery } from '../../share/address';
import { readDocument } from '../../share/readDocument';
import type { Speed } from '../../worker/protocol';

export interface StartupOptions {
  scenario: Scenario;
  issues: string[];
  speed: Speed;
  autoplay: boolean;
}

export const DEFAULT_SPEED: Speed = 10;

export function readStartupOptions(search: string): StartupOptions {
  const { values, issues } = readQuery(search);
  let scenario = defaultScenario();
  if (values.scenario !== undefined) {
    let doc: unknown;
    try {
      doc = JSON.parse(values.scenario);
    } catch (e) {
      issues.push(`The scenario in the address is not valid JSON (${e instanceof Error ? e.message : String(e)}); running the default scenario instead.`);
    }
    if (doc !== undefined) {
      const read = readDocument(doc);
      scenario = read.scenario;
      issues.push(...read.errors);
    }
  }
  const speed: Speed = values.speed === undefined ? DEFAULT_SPEED : values.speed === 'max' ? 'max' : (Number(values.speed) as Speed);
  return { scenario, issues, speed, autoplay: !values.paused };
}
