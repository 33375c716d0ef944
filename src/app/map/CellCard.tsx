/**
 * The explanation of the hovered or focused cell, floating beside it: both axis values, the
 * outcome, seconds to recover and the final goodput share (see cellText.ts). It is a live region,
 * so moving through the map with the arrow keys reads each cell aloud as well.
 */
import type { CellExplanation } from './cellText';

export interface CardPlacement {
  left: number;
  top: number;
  /** In the lower half the card hangs upwards from the cell's bottom edge, so it never leaves the plot. */
  above: boolean;
}

export function CellCard({ explanation, at }: { explanation: CellExplanation | null; at: CardPlacement | null }) {
  return (
    <div
      className="cell-card"
      role="status"
      aria-live="polite"
      hidden={!explanation}
      style={at ? { left: at.left, top: at.top, transform: at.above ? 'translateY(-100%)' : undefined } : undefined}
    >
      {explanation && (
        <>
          <p className="cell-card-heading">{explanation.heading}</p>
          {explanation.lines.map((l) => (
            <p key={l}>{l}</p>
          ))}
        </>
      )}
    </div>
  );
}

/** Beside the cell, on the side with room; level with its top, or in the lower half with its bottom. */
export function placeCard(cell: DOMRect, plot: DOMRect, cardW = 280): CardPlacement {
  const right = cell.right - plot.left + 8;
  const left = right + cardW <= plot.width ? right : Math.max(0, cell.left - plot.left - cardW - 8);
  const above = cell.top - plot.top > plot.height / 2;
  return { left, top: above ? cell.bottom - plot.top : Math.max(0, cell.top - plot.top), above };
}
