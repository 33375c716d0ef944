/**
 * Reading a scenario document from a file (or `-` for stdin) for the command-line tools, through
 * the page's own way in: the same size cap (checked while reading, stdin included), the same
 * decoder as an imported file (src/share/scenarioFile.ts: byte-order mark, JSON syntax with line
 * and column, nesting depth, document versions, every field, text clean-up) and the same messages.
 * Where the page keeps the valid part and lists what it dropped, a command line refuses: any
 * problem is an InputError (exit 2) naming the file and listing every problem.
 */
import { fileTooLargeMessage, MAX_FILE_BYTES, scenarioFromJsonText } from '../src/share/scenarioFile';
import { scenarioToDocument } from '../src/share/canonical';
import type { Scenario } from '../src/sim/scenario';
import { readBounded } from './boundedRead';
import { InputError } from './cli';

/** The scenario in `file`; any problem with the document is an InputError listing every problem. */
export function readScenarioFile(file: string): Scenario {
  const text = readBounded(file, MAX_FILE_BYTES, (bytes) => fileTooLargeMessage(bytes, true)).toString('utf8');
  const { scenario, errors } = scenarioFromJsonText(text);
  if (errors.length === 1) throw new InputError(`${file}: ${errors[0]}`);
  if (errors.length > 1) {
    throw new InputError(`${file}: the scenario has ${errors.length} problems:\n${errors.map((e) => `  - ${e}`).join('\n')}`);
  }
  return scenario;
}

/**
 * The document of the scenario in `file`, decoded as readScenarioFile does and written out in full
 * (every default spelled out, the current version): what a sweep's axes change, cell by cell.
 */
export function readScenarioDocument(file: string): Record<string, unknown> {
  return scenarioToDocument(readScenarioFile(file), false) as Record<string, unknown>;
}
