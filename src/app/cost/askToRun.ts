/**
 * Asks before running a costly scenario that came from outside (a link, a pasted link, a file). A
 * shared link must never silently take a phone past a few hundred megabytes: above the thresholds
 * of src/sim/cost.ts, the page says what the run will cost and runs it only if the user agrees.
 * A native modal <dialog> built with DOM calls, so it works before React has rendered (at startup)
 * and needs no inline script or style. `?yes` in the address skips the question (tools, recordings).
 */
import { describeCost, estimateCost, needsConsent, type Cost } from '../../sim/cost';
import type { Scenario } from '../../sim/scenario';
import { readQuery } from '../../share/address';
import './askToRun.css';

export interface AskOptions {
  /** Where the scenario came from, for the heading: "link", "file". */
  source: string;
  /** The refusing button's text: what happens instead. */
  declineText: string;
  /** Aborting closes the question unanswered (resolving false): the view that asked went away. */
  signal?: AbortSignal;
  /** The cost to ask about when it is more than this one run's: a whole map grid, Compare's two runs. */
  cost?: Cost;
  doc?: Document;
}

/** Resolves true when the scenario may run: it is cheap, the address says `?yes`, or the user agreed. */
export function askToRun(scenario: Scenario, opts: AskOptions): Promise<boolean> {
  const cost = opts.cost ?? estimateCost(scenario);
  const doc = opts.doc ?? document;
  if (!needsConsent(cost) || readQuery(doc.location.search).values.yes) return Promise.resolve(true);
  return new Promise((resolve) => {
    const dialog = doc.createElement('dialog');
    dialog.className = 'cost-dialog';
    dialog.setAttribute('aria-labelledby', 'cost-dialog-title');
    dialog.setAttribute('aria-describedby', 'cost-dialog-text');
    const h = doc.createElement('h2');
    h.id = 'cost-dialog-title';
    h.textContent = `This ${opts.source} asks for a costly run`;
    const p = doc.createElement('p');
    p.id = 'cost-dialog-text';
    p.textContent = `${describeCost(cost)} A phone's browser may close the tab long before that.`;
    const run = doc.createElement('button');
    run.type = 'button';
    run.className = 'btn';
    run.textContent = 'Run it anyway';
    const decline = doc.createElement('button');
    decline.type = 'button';
    decline.className = 'btn btn-primary';
    decline.textContent = opts.declineText;
    const buttons = doc.createElement('div');
    buttons.className = 'cost-dialog-buttons';
    buttons.append(decline, run);
    dialog.append(h, p, buttons);
    let answered = false;
    const answer = (yes: boolean) => {
      if (answered) return;
      answered = true;
      dialog.close();
      dialog.remove();
      resolve(yes);
    };
    opts.signal?.addEventListener('abort', () => answer(false));
    run.addEventListener('click', () => answer(true));
    decline.addEventListener('click', () => answer(false));
    // Escape is a "no": the safe choice.
    dialog.addEventListener('cancel', (e) => {
      e.preventDefault();
      answer(false);
    });
    doc.body.append(dialog);
    dialog.showModal();
    decline.focus();
  });
}
