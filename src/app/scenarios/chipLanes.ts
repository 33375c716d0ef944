/**
 * Lanes for the script's chips so that none is drawn over another: chips are taken left to right
 * and each goes into the first lane whose last chip ends (plus a gap) before it starts. Pure: the
 * caller measures the chips and applies the lanes.
 */

/** Horizontal space kept between two chips in one lane, px. */
export const CHIP_GAP_PX = 4;

export interface ChipBox {
  /** Left and right edges, px (any origin, the same for all). */
  left: number;
  right: number;
}

/** A lane index for each chip (in the order given) and how many lanes there are. */
export function chipLanes(boxes: readonly ChipBox[]): { lanes: number[]; count: number } {
  const order = boxes.map((_, i) => i).sort((a, b) => boxes[a].left - boxes[b].left || a - b);
  const laneEnds: number[] = [];
  const lanes = new Array<number>(boxes.length).fill(0);
  for (const i of order) {
    let lane = laneEnds.findIndex((end) => boxes[i].left >= end + CHIP_GAP_PX);
    if (lane < 0) {
      lane = laneEnds.length;
      laneEnds.push(-Infinity);
    }
    laneEnds[lane] = boxes[i].right;
    lanes[i] = lane;
  }
  return { lanes, count: Math.max(1, laneEnds.length) };
}
