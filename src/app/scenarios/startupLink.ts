/**
 * The page's first scenario: a share link in the hash (`#s=v1.…`) wins over `?scenario=` and the
 * defaults. Decoding is asynchronous (the platform's DecompressionStream), so the lab starts once it
 * is known: the first run is already the shared one, never a default run swapped out a moment later.
 */
import { linkFromHash, readScenarioFromLocation } from '../../share';
import { defaultScenario } from '../../sim/parseScenario';
import { askToRun } from '../cost/askToRun';
import { readStartupOptions, type StartupOptions } from '../runtime/startupOptions';

export async function readStartup(location: { readonly search: string; readonly hash: string }): Promise<StartupOptions> {
  const options = readStartupOptions(location.search);
  if (linkFromHash(location.hash) === undefined) return options;
  const decoded = await readScenarioFromLocation(location, () => options.scenario);
  return { ...options, scenario: decoded.scenario, issues: [...decoded.errors, ...options.issues] };
}

/**
 * A costly scenario from the address runs only if the user agrees (see ../cost/askToRun); declined,
 * the lab opens with the default scenario and says so.
 */
export async function gateStartup(options: StartupOptions): Promise<StartupOptions> {
  if (await askToRun(options.scenario, { source: 'link', declineText: 'Open the default scenario instead' })) return options;
  return {
    ...options,
    scenario: defaultScenario(),
    issues: [...options.issues, 'The scenario in the address was not run: you chose not to spend that much memory and time on it.'],
  };
}
