/**
 * What every command-line entry point here shares: one exit-code convention, usage errors without
 * stack traces, and a quiet stop when the reader of stdout goes away (`… | head -1`).
 *
 * Exit codes: 0 done; 1 the command ran and found a failure (a check over budget, a failed cell);
 * 2 bad input: unknown options, bad values, unreadable or invalid documents.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import { parseArgs, type ParseArgsConfig } from 'node:util';

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_BAD_INPUT = 2;

/** Bad arguments: the message and the usage line, exit 2. */
export class UsageError extends Error {}
/** A bad document or file: the message alone, exit 2. */
export class InputError extends Error {}

/** `node:util` parseArgs reports unknown options and missing values with these codes. */
const PARSE_ARGS_CODES = new Set(['ERR_PARSE_ARGS_UNKNOWN_OPTION', 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE', 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL']);

const isParseArgsError = (e: unknown): e is NodeJS.ErrnoException => e instanceof Error && PARSE_ARGS_CODES.has((e as NodeJS.ErrnoException).code ?? '');

/** parseArgs explains how to pass a positional that starts with '-'; the usage line says enough. */
function shortParseArgsMessage(e: NodeJS.ErrnoException): string {
  const option = /'([^']+)'/.exec(e.message)?.[1];
  return e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option ? `unknown option ${option}` : e.message;
}

/**
 * Runs a command's `main`, which returns its exit code (or nothing for 0), and turns what it throws
 * into the convention above. Errors that are neither usage nor input errors are bugs: they keep
 * their stack trace and exit 1.
 */
export function runCli(name: string, usage: string, main: () => number | void | Promise<number | void>): void {
  // When the reader closes the pipe there is nobody left to compute for: stop at once, quietly.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(EXIT_OK);
    process.stderr.write(`${name}: cannot write to stdout: ${e.message}\n`);
    process.exit(EXIT_FAILED);
  });
  const fail = (e: unknown): void => {
    if (e instanceof UsageError || isParseArgsError(e)) {
      process.stderr.write(`${name}: ${isParseArgsError(e) ? shortParseArgsMessage(e) : e.message}\n${usage}\n`);
      process.exitCode = EXIT_BAD_INPUT;
    } else if (e instanceof InputError) {
      process.stderr.write(`${name}: ${e.message}\n`);
      process.exitCode = EXIT_BAD_INPUT;
    } else {
      process.stderr.write(`${name}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = EXIT_FAILED;
    }
  };
  try {
    void Promise.resolve(main()).then((code) => {
      if (typeof code === 'number') process.exitCode = code;
    }, fail);
  } catch (e) {
    fail(e);
  }
}

/** Prints the usage line for `--help`: asked for, so on stdout and exit 0. */
export function printHelp(summary: string, usage: string): number {
  process.stdout.write(`${summary}\n${usage}\n`);
  return EXIT_OK;
}

/**
 * Writes to stdout and waits until the text is handed over (or the pipe drains), then yields a
 * turn of the event loop, so that a closed pipe is noticed before the next chunk is computed.
 */
export async function writeOut(text: string): Promise<void> {
  if (!process.stdout.write(text)) await new Promise<void>((done) => process.stdout.once('drain', done));
  await nextTurn();
}

/**
 * For scripts that run at top level (the benchmarks): parses options without positionals, and on a
 * usage problem prints the message and the usage line and exits 2, as runCli would.
 */
export function readOptions<O extends NonNullable<ParseArgsConfig['options']>>(name: string, usage: string, options: O) {
  try {
    return parseArgs({ options, strict: true, allowPositionals: false }).values;
  } catch (e) {
    process.stderr.write(`${name}: ${isParseArgsError(e) ? shortParseArgsMessage(e) : (e as Error).message}\n${usage}\n`);
    process.exit(EXIT_BAD_INPUT);
  }
}

/** Exits 2 with the message and the usage line: a bad option value in a top-level script. */
export function usageExit(name: string, usage: string, message: string): never {
  process.stderr.write(`${name}: ${message}\n${usage}\n`);
  process.exit(EXIT_BAD_INPUT);
}
