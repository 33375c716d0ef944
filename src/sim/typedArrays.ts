/** Growing the struct-of-arrays stores: a larger array of the same kind with the old contents. */
type Typed = Int32Array | Uint8Array | Float64Array;

export function grown<T extends Typed>(from: T, capacity: number): T {
  const to = new (from.constructor as { new (n: number): T })(capacity);
  (to as Typed).set(from as never);
  return to;
}

/**
 * A free list holding slots [old, capacity) in descending order on top of the `count` slots already
 * free, so the lowest new slot is handed out first.
 */
export function grownFreeList(free: Int32Array, count: number, old: number, capacity: number): { free: Int32Array<ArrayBuffer>; count: number } {
  const next = new Int32Array(capacity);
  next.set(free.subarray(0, count));
  for (let s = capacity - 1; s >= old; s--) next[count++] = s;
  return { free: next, count };
}
