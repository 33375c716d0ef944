/**
 * Asking before a costly run on the command line, as the lab does in the page (src/sim/cost.ts).
 * At a terminal the question is asked there; without one (CI, a pipe into stdin) nobody can answer,
 * so a costly run is refused with exit 2 unless `--yes` says it was meant.
 */
import { createInterface } from 'node:readline/promises';
import { describeCost, needsConsent, type Cost } from '../src/sim/cost';
import { InputError } from './cli';

/** Where a question can be asked and answered: both stdin and stderr at a terminal. */
export const atTerminal = (): boolean => process.stdin.isTTY === true && process.stderr.isTTY === true;

/**
 * Resolves when the run may go ahead: it is cheap, `yes` was given (then the cost is still said), or
 * the user at the terminal agreed. Throws an InputError (exit 2) otherwise.
 */
export async function agreeToCost(label: string, cost: Cost, yes: boolean, interactive: boolean = atTerminal()): Promise<void> {
  if (!needsConsent(cost)) return;
  const what = describeCost(cost);
  if (yes) {
    process.stderr.write(`${label}: warning: ${what}\n`);
    return;
  }
  if (!interactive) throw new InputError(`${label}: not run. ${what} Add --yes to run it anyway.`);
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    const answer = await rl.question(`${label}: ${what} Run it anyway? [y/N] `);
    if (!/^y(es)?$/i.test(answer.trim())) throw new InputError(`${label}: not run.`);
  } finally {
    rl.close();
  }
}
