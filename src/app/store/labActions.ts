/**
 * The named writes to the lab store besides a run's lifecycle (labStore.ts): errors, notes on the
 * scenario, view choices, a lesson's highlight, and live changes joining the script. Every module
 * outside src/app/store writes the store through these, so a search for one name finds every writer.
 */
import type { Mark } from '../../sim/api';
import type { Speed } from '../../worker/protocol';
import type { ChartHighlight, LabStore, Theme, WindowMode } from './labStore';
import { recordLiveMarks } from './liveScript';

/** Shows a failure in the alert banner (replacing the one shown). */
export function showError(store: LabStore, message: string): void {
  store.setState({ error: message });
}

export function dismissError(store: LabStore): void {
  store.setState({ error: null });
}

/** Problems found in a scenario from a link or a file; an empty list dismisses them. */
export function setScenarioIssues(store: LabStore, issues: string[]): void {
  store.setState({ scenarioIssues: issues });
}

/** Adds problems to those already shown (a second source of notes, e.g. a moment link's parameters). */
export function addScenarioIssues(store: LabStore, issues: readonly string[]): void {
  if (issues.length > 0) store.setState((s) => ({ scenarioIssues: [...s.scenarioIssues, ...issues] }));
}

export function setSpeed(store: LabStore, speed: Speed): void {
  store.setState({ speed });
}

export function setWindowMode(store: LabStore, windowMode: WindowMode): void {
  store.setState({ windowMode });
}

export function setTheme(store: LabStore, theme: Theme): void {
  store.setState({ theme });
}

/** The span of one chart a lesson step points at; null clears it. */
export function setHighlight(store: LabStore, highlight: ChartHighlight | null): void {
  store.setState({ highlight });
}

/**
 * Adds a batch's live marks to the scenario's script, so the link replays the run being watched.
 * Returns how many could not be added (past the end, or the script is full).
 */
export function recordLive(store: LabStore, marks: readonly Mark[]): number {
  const rec = recordLiveMarks(store.getState().scenario, marks);
  if (rec.scenario !== store.getState().scenario) store.setState({ scenario: rec.scenario });
  return rec.dropped;
}
