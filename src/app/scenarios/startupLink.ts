/**
 * The page's first scenario: a share link in the hash (`#s=v1.…`) wins over `?scenario=` and the
 * defaults. Decoding is asynchronous (the platform's DecompressionStream), so the lab starts once it
 * is known: the first run is already the shared one, never a default run swapped out a moment later.
 */
import { linkFromHash, readScenarioFromLocation } from '../../share';
import { readStartupOptions, type StartupOptions } from '../runtime/startupOptions';

export async function readStartup(location: { readonly search: string; readonly hash: string }): Promise<StartupOptions> {
  const options = readStartupOptions(location.search);
  if (linkFromHash(location.hash) === undefined) return options;
  const decoded = await readScenarioFromLocation(location, () => options.scenario);
  return { ...options, scenario: decoded.scenario, issues: [...decoded.errors, ...options.issues] };
}
