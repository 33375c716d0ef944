/**
 * The one path from an untrusted, already-parsed JSON value to a usable Scenario, shared by share
 * links and file import: shape guard → version → migrations → parseScenario (lenient) → title clean-up.
 */
import { withoutInvisible } from '../sim/invisibleText';
import { checkField, parseScenario } from '../sim/parseScenario';
import type { Scenario } from '../sim/scenario';
import { CURRENT_VERSION, TOP_LEVEL } from '../sim/schema';
import { upgradeDocument } from './migrations';

/** A real document is 5 levels deep (root › events › event › changes › section); allow slack. */
export const MAX_DEPTH = 12;
/** More messages than this are summarised: a hostile document can produce thousands. */
export const MAX_MESSAGES = 20;

export interface ReadResult {
  scenario: Scenario;
  errors: string[];
  /** False when nothing of the document could be used (the scenario is all defaults). */
  usable: boolean;
}

/** Depth of a JSON value, computed without recursion so hostile nesting cannot overflow the stack. */
export function jsonDepth(value: unknown, limit: number): number {
  let max = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [v, d] = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (d > max) max = d;
    if (max > limit) return max;
    for (const child of Object.values(v)) stack.push([child, d + 1]);
  }
  return max;
}

/** Removes control, invisible and text-direction characters from a title (src/sim/invisibleText.ts). */
export function cleanTitle(title: string): string {
  return withoutInvisible(title);
}

/** Keeps the first MAX_MESSAGES messages and says how many more there were. */
export function capMessages(messages: string[]): string[] {
  if (messages.length <= MAX_MESSAGES) return messages;
  return [...messages.slice(0, MAX_MESSAGES), `…and ${messages.length - MAX_MESSAGES} more problems`];
}

/**
 * What is wrong with a document's `version`, if anything: it must be a whole number from 1 to this
 * build's version (absent means 1). A newer whole number is left to the parser, which says it was
 * made by a newer version of Metastable Lab.
 */
function versionProblem(doc: unknown): string | undefined {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return undefined;
  const v = (doc as Record<string, unknown>).version;
  if (v === undefined || (typeof v === 'number' && Number.isInteger(v) && v > CURRENT_VERSION)) return undefined;
  const r = checkField(TOP_LEVEL.version, v);
  return r.ok ? undefined : `version: ${r.message}`;
}

/** Reads an untrusted JSON value as a scenario; never throws. */
export function readDocument(value: unknown): ReadResult {
  const depth = jsonDepth(value, MAX_DEPTH);
  if (depth > MAX_DEPTH) {
    return {
      scenario: parseScenario({}).value,
      errors: [`the scenario is nested more than ${MAX_DEPTH} levels deep (a real one has at most 5)`],
      usable: false,
    };
  }
  // The version says what the fields mean: a document of an unknown one cannot be read at all.
  const version = versionProblem(value);
  if (version !== undefined) return { scenario: parseScenario({}).value, errors: [version], usable: false };
  const parsed = parseScenario(upgradeDocument(value));
  const errors = parsed.errors.map((e) => e.message);
  const scenario = parsed.value;
  if (scenario.title !== undefined) {
    const clean = cleanTitle(scenario.title);
    if (clean !== scenario.title) {
      errors.push('title: control or text-direction characters were removed');
      scenario.title = clean;
    }
  }
  const usable = typeof value === 'object' && value !== null && !Array.isArray(value);
  return { scenario, errors: capMessages(errors), usable };
}
