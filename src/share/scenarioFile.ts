/**
 * Scenario files: the same JSON document the command-line runner reads, written in full (every
 * default spelled out) so a file is self-explanatory and can be edited by hand.
 */
import type { Scenario } from '../sim/scenario';
import { scenarioToDocument } from './canonical';
import { findJsonSyntaxError } from './jsonSyntax';
import { readDocument } from './readDocument';

/** Files larger than this are refused unread (a full 500-event scenario is well under 1 MB). */
export const MAX_FILE_CHARS = 2_000_000;
/** UTF-8 takes at most 4 bytes per character: a file of more bytes cannot be under the character limit. */
export const MAX_FILE_BYTES = MAX_FILE_CHARS * 4;

/**
 * The refusal of a file too large to read, the same in the page and on the command line. `atLeast`:
 * the size is where reading stopped (a stream, such as stdin, says its size only at its end).
 */
export function fileTooLargeMessage(bytes: number, atLeast = false): string {
  return `The file is ${atLeast ? 'more than ' : ''}${bytes} bytes; a scenario file can have up to ${MAX_FILE_CHARS} characters.`;
}

export interface ScenarioFromFile {
  scenario: Scenario;
  /** Human messages; empty when the file was read exactly. */
  errors: string[];
  /** False when nothing in the file was usable (`scenario` is then the schema defaults): keep the current scenario. */
  usable: boolean;
}

/** The scenario as pretty-printed JSON with all defaults included, ending in a newline. */
export function scenarioToJson(s: Scenario): string {
  return `${JSON.stringify(scenarioToDocument(s, false), null, 2)}\n`;
}

/**
 * Reads a scenario file's text. Never throws: syntax errors are reported with line and column,
 * field errors as the parser words them, and the valid part of the document is kept.
 */
export function scenarioFromJsonText(text: string): ScenarioFromFile {
  if (text.length > MAX_FILE_CHARS) {
    const r = readDocument({});
    return { scenario: r.scenario, errors: [`The file is ${text.length} characters long; a scenario file can have up to ${MAX_FILE_CHARS}.`], usable: false };
  }
  // A byte-order mark is legal at the start of a UTF-8 file but not in JSON.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let doc: unknown;
  try {
    doc = JSON.parse(body);
  } catch {
    const at = findJsonSyntaxError(body);
    const where = at ? `line ${at.line}, column ${at.column}: ${at.message}` : 'unknown position';
    return { scenario: readDocument({}).scenario, errors: [`The file is not valid JSON (${where}).`], usable: false };
  }
  const r = readDocument(doc);
  return { scenario: r.scenario, errors: r.errors, usable: r.usable };
}
