/** Text whose glossary terms explain themselves: plain runs as they are, each first mention a Term. */
import type { ReactNode } from 'react';
import { Term } from './Term';
import { findTerms, type TermSegment } from './termMatch';

/**
 * Renders segments from findTerms / findTermsInBlock. A Term is a button, which a browser never
 * breaks across lines; the punctuation touching it ("(DB CPU, %)") stays on its line with it.
 */
export function TermSegments({ segments }: { segments: readonly TermSegment[] }): ReactNode {
  const out: ReactNode[] = [];
  let carry = '';
  segments.forEach((s, k) => {
    if (!s.id) {
      const next = segments[k + 1];
      const before = next?.id ? (/\S+$/.exec(s.text.slice(carry.length))?.[0] ?? '') : '';
      out.push(s.text.slice(carry.length, s.text.length - before.length));
      carry = before;
      return;
    }
    const after = /^\S+/.exec(segments[k + 1]?.id ? '' : (segments[k + 1]?.text ?? ''))?.[0] ?? '';
    const term = (
      <Term key={k} id={s.id}>
        {s.text}
      </Term>
    );
    out.push(
      carry || after ? (
        <span key={k} className="term-with-punctuation">
          {carry}
          {term}
          {after}
        </span>
      ) : (
        term
      ),
    );
    carry = after;
  });
  return out;
}

/** One text on its own, each glossary entry linked at its first mention. */
export function TermText({ text }: { text: string }) {
  return <TermSegments segments={findTerms(text)} />;
}
