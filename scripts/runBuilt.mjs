// @ts-check
/**
 * `node scripts/runBuilt.mjs NAME [args…]`: runs the command-line tool `scripts/NAME.ts` from its
 * JavaScript build in `dist-cli/` (see scripts/buildCli.mjs), building it first when it is missing
 * or older than a source it bundles. The tool sees the same `process.argv` as
 * `node --import tsx scripts/NAME.ts [args…]`, the development path, which still works.
 */
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { buildCli, CLI_ENTRIES, OUT_DIR, staleReason } from './buildCli.mjs';

const name = process.argv[2];
if (name === undefined || !CLI_ENTRIES.includes(name)) {
  process.stderr.write(`runBuilt: which tool? one of ${CLI_ENTRIES.join(', ')}\n`);
  process.exit(2);
}
const reason = staleReason(name);
if (reason !== undefined) {
  // Quietly (a few hundred milliseconds): the tool's stdout and stderr stay exactly what it prints.
  try {
    await buildCli();
  } catch (e) {
    process.stderr.write(`runBuilt: could not build the command-line tools: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  }
}
const entry = join(OUT_DIR, `${name}.mjs`);
// The tool reads its arguments from process.argv.slice(2), as if started as `node dist-cli/NAME.mjs`.
process.argv.splice(1, 2, entry);
await import(pathToFileURL(entry).href);
