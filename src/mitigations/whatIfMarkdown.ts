/**
 * The postmortem's "What would have saved us" section, in Markdown, from a what-if report
 * (./whatIf.ts): one row per mitigation that changed the run, the most helpful first, and plain
 * sentences for the verdict, for the mitigations that changed nothing and for when none helps.
 * Every figure comes from the report; nothing here knows what a mitigation "should" do.
 */
import { EVENT_SCHEMA, type EventType } from '../sim/eventSchema';
import type { RunOutcome } from './whatIfOutcome';
import type { WhatIfReport, WhatIfRow } from './whatIf';

export const WHAT_IF_HEADING = '## What would have saved us';

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const pct = (x: number) => `${Math.round(x * 100)}%`;
const seconds = (s: number) => `${Number.isInteger(s) ? s : s.toFixed(1)} s`;
/** Change between two shares as the table prints them (whole percents), "+54 points", "−3 points", "±0". */
const points = (x: number, from: number) => {
  const p = Math.round(x * 100) - Math.round(from * 100);
  return p === 0 ? '±0' : `${p > 0 ? '+' : '−'}${Math.abs(p)} points`;
};
export const backAfter = (o: RunOutcome | undefined) =>
  !o ? '—' : o.recoveredAfterS === null ? 'never' : o.recoveredAfterS === 0 ? 'never fell' : seconds(Math.round(o.recoveredAfterS));
const inert = (s: string) => s.replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`);

function costBefore(o: RunOutcome, base: RunOutcome): string {
  const lost = base.healthyShare - o.healthyShare;
  return Math.round(lost * 1000) <= 0 ? 'none' : `${(lost * 100).toFixed(1)} points of goodput`;
}

function row(r: WhatIfRow, base: RunOutcome): string {
  const o = r.fromStart!;
  return `| ${inert(r.mitigation.label)} | ${r.prevented ? 'yes' : 'no'} | ${pct(o.goodputKept)} (${points(o.goodputKept, base.goodputKept)}) | ${backAfter(o)} | ${backAfter(r.atTrigger)} | ${backAfter(r.afterTrigger)} | ${int(o.wastedQueries)} | ${int(o.peakQueue)} | ${int(o.refused)} | ${costBefore(o, base)} |`;
}

export function whatIfMarkdown(w: WhatIfReport): string[] {
  // The trigger as a sentence names it ("after the flush"), from the event table.
  const trigger = Object.prototype.hasOwnProperty.call(EVENT_SCHEMA, w.trigger.type) ? EVENT_SCHEMA[w.trigger.type as EventType].noun : w.trigger.type;
  const b = w.baseline;
  const out: string[] = [WHAT_IF_HEADING, ''];
  out.push(
    `Each mitigation of the lab's catalogue switched on alone in this scenario and run again: seed ${w.seed}, ${int(w.durationS)} s simulated, ${trigger} at ${seconds(w.trigger.atS)} kept, everything else the same (${w.runs} simulated runs). Times are from ${trigger}.`,
  );
  out.push('');
  out.push(
    `Without any: goodput ${pct(b.goodputKept)} of demand after ${trigger}; ${b.recoveredAfterS === null ? 'still failing when the run ended' : b.recoveredAfterS === 0 ? 'it never fell below 95% of demand' : `back after ${seconds(Math.round(b.recoveredAfterS))}`}; ${int(b.wastedQueries)} database queries wasted; queue up to ${int(b.peakQueue)}; ${int(b.refused)} attempts refused.`,
  );
  out.push('');
  if (b.recoveredAfterS === 0) {
    out.push(`Nothing to save: without any mitigation, goodput stayed at 95% of demand or more after ${trigger}.`);
    out.push('');
    return out;
  }
  const evaluated = w.rows.filter((r) => r.status === 'evaluated');
  const prevented = evaluated.filter((r) => r.prevented);
  const best = evaluated[0];
  if (prevented.length > 0)
    out.push(
      `Prevented it (on from the start): ${prevented.map((r) => `${inert(r.mitigation.label)} (goodput ${pct(r.fromStart!.goodputKept)})`).join(', ')}.`,
    );
  else if (best && best.fromStart!.goodputKept > b.goodputKept + 0.005)
    out.push(
      `No mitigation on its own prevented it. The one that kept the most goodput was ${inert(best.mitigation.label)}: ${pct(best.fromStart!.goodputKept)} of demand against ${pct(b.goodputKept)} without.`,
    );
  else out.push('No mitigation on its own prevented it or kept more goodput than running without any.');
  out.push('');
  if (evaluated.length > 0) {
    out.push(
      `| mitigation | prevented it? | goodput kept | back after | on at ${trigger}: back after | on ${seconds(w.afterS)} after: back after | wasted queries | peak queue | attempts refused | cost before ${trigger} |`,
    );
    out.push('|---|---|---|---|---|---|---|---|---|---|');
    for (const r of evaluated) out.push(row(r, b));
    out.push('');
    out.push(
      `Columns: switched on from the start unless the heading says otherwise. Prevented: goodput never fell, or came back on its own where without any mitigation it never did. Goodput kept: goodput ÷ new requests after ${trigger} (change against none). Back after: from ${trigger} until goodput was at 95% of demand or more for 10 s and held to the end; never: still failing when the run ended. Refused: attempts shed, failed fast, denied a retry or bounced off a full queue, whole run. Cost before ${trigger}: goodput lost in healthy running.`,
    );
    out.push('');
  }
  const none = w.rows.filter((r) => r.status === 'no-effect');
  if (none.length > 0)
    out.push(
      `No effect on this run (the same frames as without): ${none.map((r) => `${inert(r.mitigation.label)}${r.mitigation.needs ? `, which needs ${r.mitigation.needs}` : ''}`).join('; ')}.`,
    );
  const on = w.rows.filter((r) => r.status === 'already-on');
  if (on.length > 0) out.push(`Already on in this scenario: ${on.map((r) => inert(r.mitigation.label)).join(', ')}.`);
  if (none.length > 0 || on.length > 0) out.push('');
  return out;
}
