/**
 * `npm run model-doc [-- --write]`: prints the scenario schema and events tables generated from
 * src/sim/schema.ts and src/sim/eventSchema.ts, or (--write) replaces them in docs/model.md.
 * test/docs/modelDoc.test.ts fails when the doc is stale, so a schema change comes with its doc.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { InputError, printHelp, runCli } from './cli';
import { renderEventTable, renderSchemaTable, spliceEventTable, spliceSchemaTable } from './modelDoc';

const USAGE = 'usage: npm run model-doc [-- --write]';
const DOC = 'docs/model.md';

runCli('model-doc', USAGE, () => {
  const { values } = parseArgs({
    options: { write: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) return printHelp(`Prints the scenario schema and events tables (--write: replaces them in ${DOC}).`, USAGE);
  const table = renderSchemaTable();
  const events = renderEventTable();
  if (!values.write) {
    process.stdout.write(`${table}\n\n${events}\n`);
    return;
  }
  let doc: string;
  try {
    doc = spliceEventTable(spliceSchemaTable(readFileSync(DOC, 'utf8'), table), events);
  } catch (e) {
    throw new InputError((e as Error).message);
  }
  writeFileSync(DOC, doc);
  process.stdout.write(`${DOC}: schema and events tables updated\n`);
});
