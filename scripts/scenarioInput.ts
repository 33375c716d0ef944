/**
 * Reading a scenario document from a file (or `-` for stdin) for the command-line tools. Every
 * failure names the file: unreadable (a UsageError), not JSON, nested deeper than any real
 * scenario (checked without recursion, so hostile nesting cannot overflow the stack), or invalid.
 */
import { readFileSync } from 'node:fs';
import { MAX_DEPTH, jsonDepth } from '../src/share/readDocument';
import { parseScenario } from '../src/sim/parseScenario';
import type { Scenario } from '../src/sim/scenario';
import { InputError, UsageError } from './cli';

/** The parsed JSON of `file`, checked for depth; `-` reads stdin. */
export function readJsonDocument(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (e) {
    // The argument names no readable file: a usage problem, answered with the usage line.
    throw new UsageError(`cannot read ${file}: ${(e as Error).message}`);
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new InputError(`${file}: not valid JSON: ${(e as Error).message}`);
  }
  const depth = jsonDepth(doc, MAX_DEPTH);
  if (depth > MAX_DEPTH) throw new InputError(`${file}: the document is nested more than ${MAX_DEPTH} levels deep (a real scenario has at most 5)`);
  return doc;
}

/** The scenario in `file`; any problem with the document is an InputError listing every problem. */
export function readScenarioFile(file: string): Scenario {
  const { value, errors } = parseScenario(readJsonDocument(file));
  if (errors.length > 0) {
    throw new InputError(
      `${file}: the scenario has ${errors.length} problem${errors.length > 1 ? 's' : ''}:\n${errors.map((e) => `  - ${e.message}`).join('\n')}`,
    );
  }
  return value;
}
