/**
 * The order cells are handed to the workers: coarse to fine. The corners and a sparse grid come
 * first, then the cells between them, so a half-finished map already shows the whole shape (where
 * the boundary runs) instead of the bottom rows in full detail and nothing above.
 */

/** Coarseness of a grid index: how many times 2 divides it (0 counts as the coarsest). */
function level(n: number, top: number): number {
  if (n === 0) return top;
  let k = 0;
  while (n % 2 === 0) {
    n /= 2;
    k++;
  }
  return k;
}

/** Cells (i, j) of an nx × ny grid, coarsest first; ties in row-major order. Returns row-major indices. */
export function coarseToFine(nx: number, ny: number): number[] {
  const top = Math.ceil(Math.log2(Math.max(nx, ny, 2))) + 1;
  const cells: { index: number; rank: number }[] = [];
  for (let j = 0; j < ny; j++) {
    for (let i = 0; i < nx; i++) {
      // The last row and column are ends of the range too: treat them like index 0.
      const li = i === nx - 1 ? top : level(i, top);
      const lj = j === ny - 1 ? top : level(j, top);
      cells.push({ index: j * nx + i, rank: Math.min(li, lj) });
    }
  }
  return cells.sort((a, b) => b.rank - a.rank || a.index - b.index).map((c) => c.index);
}
