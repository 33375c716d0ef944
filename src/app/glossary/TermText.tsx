/** Text whose glossary terms explain themselves: plain runs as they are, each first mention a Term. */
import type { ReactNode } from 'react';
import { Term } from './Term';
import { findTerms, type TermSegment } from './termMatch';

/** Renders segments from findTerms / findTermsInBlock. */
export function TermSegments({ segments }: { segments: readonly TermSegment[] }): ReactNode {
  return segments.map((s, k) =>
    s.id ? (
      <Term key={k} id={s.id}>
        {s.text}
      </Term>
    ) : (
      s.text
    ),
  );
}

/** One text on its own, each glossary entry linked at its first mention. */
export function TermText({ text }: { text: string }) {
  return <TermSegments segments={findTerms(text)} />;
}
