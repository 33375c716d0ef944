/**
 * The room's answers as bars, beside the run's value: React gives the SVG and its summary for
 * screen readers, D3 draws the bars (a data join on the counts). The bar the run landed in is
 * outlined and labelled "the run"; this phone's own answer is labelled "you". Labels are text
 * nodes (d3's .text), never markup.
 */
import { useEffect, useMemo, useRef } from 'react';
import { select } from 'd3-selection';
import type { RoomQuestion } from './roomProtocol';
import { barLabels, barOf } from './roomBars';

const W = 320;
const BAR_H = 22;
const GAP = 6;
const LABEL_W = 120;

export function RoomHistogram({
  question,
  counts,
  runValue,
  mine,
}: {
  question: RoomQuestion;
  counts: number[];
  runValue: number | null;
  mine: number | null;
}) {
  const ref = useRef<SVGSVGElement>(null);
  const labels = useMemo(() => barLabels(question), [question]);
  const runBar = barOf(question, runValue);
  const myBar = barOf(question, mine);
  const height = counts.length * (BAR_H + GAP);
  useEffect(() => {
    const svg = ref.current;
    if (!svg) return;
    const most = Math.max(1, ...counts);
    const rows = select(svg)
      .selectAll<SVGGElement, number>('g.room-bar')
      .data(counts)
      .join((enter) => {
        const g = enter.append('g').attr('class', 'room-bar');
        g.append('text').attr('class', 'room-bar-label');
        g.append('rect');
        g.append('text').attr('class', 'room-bar-count');
        return g;
      })
      .attr('transform', (_, k) => `translate(0,${k * (BAR_H + GAP)})`)
      .classed('is-run', (_, k) => k === runBar)
      .classed('is-mine', (_, k) => k === myBar);
    rows
      .select('text.room-bar-label')
      .attr('x', LABEL_W - 6)
      .attr('y', BAR_H / 2)
      .attr('text-anchor', 'end')
      .attr('dominant-baseline', 'middle')
      .text((_, k) => shorten(labels[k]));
    rows
      .select('rect')
      .attr('x', LABEL_W)
      .attr('height', BAR_H)
      .attr('width', (n) => Math.max(2, (n / most) * (W - LABEL_W - 90)));
    rows
      .select('text.room-bar-count')
      .attr('x', (n) => LABEL_W + Math.max(2, (n / most) * (W - LABEL_W - 90)) + 6)
      .attr('y', BAR_H / 2)
      .attr('dominant-baseline', 'middle')
      .text((n, k) => `${n}${k === runBar ? ' · the run' : ''}${k === myBar ? ' · you' : ''}`);
  }, [counts, labels, runBar, myBar]);
  const summary = counts.map((n, k) => `${labels[k]}: ${n}`).join(', ');
  return (
    <svg
      ref={ref}
      className="room-histogram"
      viewBox={`0 0 ${W} ${height}`}
      role="img"
      aria-label={`The room's answers. ${summary}.${runBar >= 0 ? ` The run: ${labels[runBar]}.` : ''}${myBar >= 0 ? ` Yours: ${labels[myBar]}.` : ''}`}
    />
  );
}

function shorten(label: string): string {
  return label.length > 18 ? `${label.slice(0, 17)}…` : label;
}
