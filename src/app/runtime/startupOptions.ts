/**
 * Reads the page address: `?scenario=<JSON>` loads a shared scenario (validated; problems are
 * listed, the usable remainder still runs), `?speed=1|10|60|max` picks the speed, `?paused` starts
 * paused. Anything unreadable becomes a message, never a blank page.
 */
import { defaultScenario, parseScenario } from '../../sim/parseScenario';
import type { Scenario } from '../../sim/scenario';
import { SPEEDS, type Speed } from '../../worker/protocol';

export interface StartupOptions {
  scenario: Scenario;
  issues: string[];
  speed: Speed;
  autoplay: boolean;
}

export const DEFAULT_SPEED: Speed = 10;

export function readStartupOptions(search: string): StartupOptions {
  const q = new URLSearchParams(search);
  const issues: string[] = [];
  let scenario = defaultScenario();
  const raw = q.get('scenario');
  if (raw !== null) {
    let doc: unknown;
    try {
      doc = JSON.parse(raw);
    } catch (e) {
      issues.push(`The scenario in the address is not valid JSON (${e instanceof Error ? e.message : String(e)}); running the default scenario instead.`);
    }
    if (doc !== undefined) {
      const parsed = parseScenario(doc);
      scenario = parsed.value;
      issues.push(...parsed.errors.map((e) => e.message));
    }
  }
  const speedText = q.get('speed');
  let speed = DEFAULT_SPEED;
  if (speedText !== null) {
    const found = SPEEDS.find((s) => String(s) === speedText);
    if (found === undefined) issues.push(`speed: "${speedText}" is not one of ${SPEEDS.join(', ')}; using ${DEFAULT_SPEED}×.`);
    else speed = found;
  }
  return { scenario, issues, speed, autoplay: !q.has('paused') };
}
