/**
 * Finds the glossary's terms in running text (a legend, a lesson sentence, a mitigation's name), so
 * the text can show each as a Term. Only the first mention of an entry is linked: a paragraph with
 * "retries" five times gets one explanation, not five tab stops.
 */
import { GLOSSARY_TERMS, type GlossaryId } from './glossaryTerms';

export type TermSegment = { text: string; id?: GlossaryId };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every way each entry is written, longest first so "p99 served" wins over "p99". */
const NAMES: { name: string; id: GlossaryId }[] = GLOSSARY_TERMS.flatMap((e) =>
  [e.term, ...('aliases' in e ? e.aliases : [])].map((name) => ({ name: name.toLowerCase(), id: e.id })),
).sort((a, b) => b.name.length - a.name.length);
const ID_OF = new Map(NAMES.map((n) => [n.name, n.id]));
// Whole words only: "stable" is not found inside "metastable", nor "shed" inside "shedder".
const PATTERN = new RegExp(`(?<![\\w'-])(${NAMES.map((n) => escape(n.name)).join('|')})(?![\\w-])`, 'gi');

/**
 * Splits each text into plain runs and term mentions. `seen` carries the entries already linked by
 * earlier texts of the same block (a chart's caption, a lesson step), so each is linked once there.
 */
export function findTerms(text: string, seen: Set<GlossaryId> = new Set()): TermSegment[] {
  const out: TermSegment[] = [];
  let from = 0;
  for (const m of text.matchAll(PATTERN)) {
    const id = ID_OF.get(m[0].toLowerCase());
    if (id === undefined || seen.has(id)) continue;
    seen.add(id);
    if (m.index > from) out.push({ text: text.slice(from, m.index) });
    out.push({ text: m[0], id });
    from = m.index + m[0].length;
  }
  if (from < text.length) out.push({ text: text.slice(from) });
  return out;
}

/** The segments of several texts read as one block: each entry linked at its first mention only. */
export function findTermsInBlock(texts: readonly string[]): TermSegment[][] {
  const seen = new Set<GlossaryId>();
  return texts.map((t) => findTerms(t, seen));
}
