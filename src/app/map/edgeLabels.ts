/**
 * Places the labels of vertical markers (capacities, the current load) in rows above a plot so none
 * overlaps another: each label goes to the first row whose last label ends left of it. Labels near
 * the right edge hang to the left of their line instead.
 */
export interface MarkerLabel {
  /** Pixel position of the marker line. */
  x: number;
  text: string;
}

export interface PlacedLabel extends MarkerLabel {
  row: number;
  anchor: 'start' | 'end';
  /** Pixel extent of the text. */
  left: number;
  right: number;
}

/** Approximate width of label text at the chart's 11 px font, px. */
export const textWidth = (text: string, pxPerChar = 6.1) => Math.ceil(text.length * pxPerChar);

export function placeLabels(labels: readonly MarkerLabel[], plotRight: number, gap = 4): PlacedLabel[] {
  const rowEnds: number[] = [];
  return [...labels]
    .sort((a, b) => a.x - b.x)
    .map((l) => {
      const w = textWidth(l.text);
      const anchor = l.x + gap + w > plotRight ? 'end' : 'start';
      const left = anchor === 'start' ? l.x + gap : l.x - gap - w;
      const right = left + w;
      let row = rowEnds.findIndex((end) => end + gap <= left);
      if (row < 0) row = rowEnds.push(right) - 1;
      else rowEnds[row] = right;
      return { ...l, row, anchor, left, right };
    });
}
