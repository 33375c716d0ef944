/**
 * Binds the lab to its address: every change of the scenario (a live change recorded in the script,
 * a timeline edit, a preset, an import) reaches the hash through the throttled `createUrlSync`, and
 * a hash the user navigates to (a preset's link, a pasted link, Back) is decoded and loaded.
 */
import { decodeLink, createUrlSync, linkFromHash } from '../../share';
import { askToRun } from '../cost/askToRun';
import type { LabRuntime } from '../runtime/labRuntime';
import { setScenarioIssues, showError } from '../store/labActions';

export interface ShareSync {
  /** Writes the current scenario into the address now and returns the full link. */
  currentLink(): Promise<string>;
  dispose(): void;
}

/** Drops `?scenario=` once the hash carries the scenario, so the two can never disagree. */
function withoutScenarioQuery(href: string): string {
  const url = new URL(href);
  if (!url.searchParams.has('scenario')) return href;
  url.searchParams.delete('scenario');
  return url.toString().replace(/\?$/, '').replace(/\?#/, '#');
}

export function startShareSync(lab: LabRuntime, win: Window = window): ShareSync {
  const clean = withoutScenarioQuery(win.location.href);
  if (clean !== win.location.href) win.history.replaceState(win.history.state, '', clean);

  const sync = createUrlSync({
    location: win.location,
    history: win.history,
    now: () => win.performance.now(),
    setTimeout: (fn, ms) => win.setTimeout(fn, ms),
    clearTimeout: (h) => win.clearTimeout(h as number),
    onError: (message) => showError(lab.store, message),
  });
  sync.update(lab.store.getState().scenario);
  const unsubscribe = lab.store.subscribe((s, prev) => {
    if (s.scenario !== prev.scenario) sync.update(s.scenario);
  });

  // Navigation to another link within the page (a preset, a pasted link, Back): no reload happens.
  let loading = 0;
  const onHashChange = async () => {
    const link = linkFromHash(win.location.hash);
    if (link === undefined) return;
    const ticket = ++loading;
    const current = lab.store.getState().scenario;
    const decoded = await decodeLink(link, () => current);
    if (ticket !== loading) return; // a newer navigation won
    if (decoded.source === 'link' && !(await askToRun(decoded.scenario, { source: 'link', declineText: 'Keep the current run' }))) {
      if (ticket === loading) sync.update(current);
      return;
    }
    if (ticket !== loading) return;
    setScenarioIssues(lab.store, decoded.errors);
    if (decoded.source === 'link') lab.load(decoded.scenario);
    // A link with nothing usable: keep running, and put the running scenario back in the address.
    else sync.update(current);
  };
  win.addEventListener('hashchange', onHashChange);

  return {
    async currentLink() {
      sync.update(lab.store.getState().scenario);
      await sync.flush();
      return win.location.href;
    },
    dispose() {
      win.removeEventListener('hashchange', onHashChange);
      unsubscribe();
      sync.dispose();
    },
  };
}
