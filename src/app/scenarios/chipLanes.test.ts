import { describe, expect, it } from 'vitest';
import { chipLanes } from './chipLanes';

describe('chip lanes', () => {
  it('keeps chips that do not touch in one lane', () => {
    expect(
      chipLanes([
        { left: 0, right: 50 },
        { left: 60, right: 100 },
      ]),
    ).toEqual({ lanes: [0, 0], count: 1 });
  });

  it('moves a chip that would overlap into the next free lane, and reuses lanes once free', () => {
    const { lanes, count } = chipLanes([
      { left: 0, right: 80 },
      { left: 40, right: 120 },
      { left: 60, right: 140 },
      { left: 90, right: 130 },
    ]);
    expect(lanes).toEqual([0, 1, 2, 0]);
    expect(count).toBe(3);
  });

  it('never puts two overlapping chips in the same lane, whatever the order given', () => {
    const boxes = [
      { left: 300, right: 360 },
      { left: 10, right: 70 },
      { left: 50, right: 110 },
      { left: 320, right: 400 },
      { left: 105, right: 150 },
    ];
    const { lanes } = chipLanes(boxes);
    for (let a = 0; a < boxes.length; a++)
      for (let b = a + 1; b < boxes.length; b++) if (lanes[a] === lanes[b]) expect(boxes[a].right < boxes[b].left || boxes[b].right < boxes[a].left).toBe(true);
  });
});
