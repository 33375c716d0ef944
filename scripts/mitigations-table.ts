/**
 * Generates the mitigation table of docs/mitigations.md by running the HotOS '21 example with each
 * mitigation: switched on from the start, and switched on in the storm at 300 s. Nothing in it is
 * typed in. Usage: npm run mitigations-table [-- --write]   (--write replaces the table in the doc)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { MITIGATIONS, type Mitigation } from '../src/mitigations/catalog';
import { evaluate, hotosWith, type MitigationOutcome } from '../src/mitigations/evaluate';
import type { ParamsPatch } from '../src/sim/scenario';
import { InputError, printHelp, runCli } from './cli';

const USAGE = 'usage: npm run mitigations-table [-- --write]';
const DOC = 'docs/mitigations.md';

const STORM_S = 300;
const k = (n: number) => (n >= 10_000 ? `${Math.round(n / 1000)}k` : String(Math.round(n)));

/** Mechanisms that need a TTL are measured on the example with a 60 s TTL, against that baseline. */
const baseFor = (m: Mitigation): ParamsPatch =>
  m.needs === 'a TTL'
    ? { cache: { ttlMs: 60_000 } }
    : m.needs === 'overload errors (shedding)'
      ? { shedding: { mode: 'queue-delay', maxQueueDelayMs: 200 } }
      : {};

function outcome(o: MitigationOutcome, from: string): string {
  if (o.recoverS !== null) return `recovers ${o.recoverS} s after ${from}`;
  return `stuck: goodput ${Math.round(o.finalShare * 100)}% of demand`;
}

function mergePatch(a: ParamsPatch, b: ParamsPatch): ParamsPatch {
  const out: Record<string, object> = { ...a };
  for (const [s, v] of Object.entries(b)) out[s] = { ...(out[s] ?? {}), ...v };
  return out as ParamsPatch;
}

runCli('mitigations-table', USAGE, () => {
  const { values } = parseArgs({
    options: { write: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) return printHelp(`Prints the mitigation table (--write: replaces it in ${DOC}).`, USAGE);
  const rows: string[] = [];
  const memo = new Map<string, MitigationOutcome>();
  const cached = (key: string, f: () => MitigationOutcome) => {
    if (!memo.has(key)) memo.set(key, f());
    return memo.get(key)!;
  };

  rows.push(
    '| Mitigation | Where | Switched on from the start | Switched on in the storm (300 s) | Cost after switching on in the storm (300–600 s): stale answers, shed, DB queries (vs none), wasted |',
  );
  rows.push('|---|---|---|---|---|');
  const none = cached('{}', () => evaluate(hotosWith({})));
  const noneStorm = cached('{}@300', () => evaluate(hotosWith({}), STORM_S));
  rows.push(`| none | | ${outcome(none, 'the flush')} | ${outcome(none, 'the flush')} | 0, 0, ${k(noneStorm.dbQueries)}, ${k(noneStorm.wasted)} |`);
  for (const m of MITIGATIONS) {
    const base = baseFor(m);
    // A TTL is part of the system from the start; shedding is what produces overload errors, so it is
    // switched on together with the mitigation that reacts to them.
    const ttlBase = m.needs === 'a TTL';
    const start = evaluate(hotosWith(m.on, { base }));
    const stormChanges = ttlBase ? m.on : mergePatch(base, m.on);
    const storm = evaluate(hotosWith(stormChanges, { base: ttlBase ? base : {}, atS: STORM_S }), STORM_S);
    const refStart = cached(JSON.stringify(base), () => evaluate(hotosWith({}, { base })));
    const refStorm = ttlBase
      ? cached(`${JSON.stringify(base)}@300`, () => evaluate(hotosWith({}, { base }), STORM_S))
      : cached(`${JSON.stringify(base)}@300 switched`, () => evaluate(hotosWith(base, { atS: STORM_S }), STORM_S));
    const note =
      Object.keys(base).length > 0
        ? ` (with ${ttlBase ? 'a 60 s TTL' : 'queue-delay shedding'}; with that alone: ${outcome(refStart, 'the flush')} / ${outcome(refStorm, 'switching on')})`
        : '';
    const dbChange = Math.round(((storm.dbQueries - refStorm.dbQueries) / refStorm.dbQueries) * 100);
    const db = `${k(storm.dbQueries)} (${dbChange >= 0 ? '+' : ''}${dbChange}%)`;
    rows.push(
      `| ${m.label}${note} | ${m.group} | ${outcome(start, 'the flush')} | ${outcome(storm, 'switching on')} | ${k(storm.staleServed)}, ${k(storm.shed)}, ${db}, ${k(storm.wasted)} |`,
    );
  }

  const table = rows.join('\n');
  if (!values.write) {
    process.stdout.write(`${table}\n`);
    return;
  }
  const doc = readFileSync(DOC, 'utf8');
  const begin = '<!-- mitigations:begin -->';
  const end = '<!-- mitigations:end -->';
  const i = doc.indexOf(begin);
  const j = doc.indexOf(end);
  if (i < 0 || j < 0) throw new InputError(`${DOC} has no ${begin} … ${end} markers`);
  writeFileSync(DOC, `${doc.slice(0, i + begin.length)}\n${table}\n${doc.slice(j)}`);
  process.stdout.write(`${DOC}: mitigation table updated\n`);
});
