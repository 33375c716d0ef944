/** Opens a scenario in the lab: its share link, on the same page without `view=map`. */
import { encodeLink } from '../../share';
import type { Scenario } from '../../sim/scenario';
import { labPageUrl } from './mapAddress';

export async function openInLab(scenario: Scenario, win: Window = window): Promise<void> {
  const r = await encodeLink(scenario);
  if (!r.ok) throw new Error(r.error);
  win.location.assign(labPageUrl(win.location.pathname, r.link));
}
