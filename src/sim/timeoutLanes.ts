/**
 * Attempt timeouts, kept out of the event heap. Every attempt started while the timeout is T has its
 * deadline at start + T, so deadlines pushed with the same T arrive in time order: a FIFO ring per T
 * ("lane") holds them with O(1) push and pop. A new lane opens only when the timeout changes mid-run;
 * the earliest deadline is the smallest lane head. Sequence numbers come from the event heap's
 * counter, so ties with heap events resolve in one global, deterministic order.
 */
class Lane {
  time = new Float64Array(1024);
  seq = new Float64Array(1024);
  argA = new Int32Array(1024);
  argB = new Int32Array(1024);
  head = 0;
  length = 0;
  constructor(readonly durationMs: number) {}

  push(t: number, s: number, a: number, b: number): void {
    if (this.length === this.time.length) this.grow();
    const i = (this.head + this.length) & (this.time.length - 1);
    this.time[i] = t;
    this.seq[i] = s;
    this.argA[i] = a;
    this.argB[i] = b;
    this.length++;
  }

  /** Keeps, in order, only the entries `keep` accepts (a sweep of deadlines nobody waits for). */
  compact(keep: (a: number, b: number) => boolean): void {
    const mask = this.time.length - 1;
    let kept = 0;
    for (let k = 0; k < this.length; k++) {
      const j = (this.head + k) & mask;
      if (!keep(this.argA[j], this.argB[j])) continue;
      const to = (this.head + kept) & mask;
      this.time[to] = this.time[j];
      this.seq[to] = this.seq[j];
      this.argA[to] = this.argA[j];
      this.argB[to] = this.argB[j];
      kept++;
    }
    this.length = kept;
  }

  private grow(): void {
    const cap = this.time.length * 2;
    const mask = this.time.length - 1;
    const time = new Float64Array(cap);
    const seq = new Float64Array(cap);
    const a = new Int32Array(cap);
    const b = new Int32Array(cap);
    for (let k = 0; k < this.length; k++) {
      const j = (this.head + k) & mask;
      time[k] = this.time[j];
      seq[k] = this.seq[j];
      a[k] = this.argA[j];
      b[k] = this.argB[j];
    }
    this.time = time;
    this.seq = seq;
    this.argA = a;
    this.argB = b;
    this.head = 0;
  }
}

export class TimeoutLanes {
  private lanes: Lane[] = [];
  private best: Lane | null = null;
  popA = 0;
  popB = 0;

  push(nowMs: number, durationMs: number, seq: number, a: number, b: number): void {
    // Deadlines of one duration pushed at a non-decreasing clock stay in order in one lane, so an
    // open lane of the same duration is reused (a stack's tiers push several durations in turn).
    let lane: Lane | undefined = this.lanes[this.lanes.length - 1];
    if (lane === undefined || lane.durationMs !== durationMs) {
      lane = undefined;
      for (let i = this.lanes.length - 2; i >= 0; i--) if (this.lanes[i].durationMs === durationMs) lane = this.lanes[i];
      if (lane === undefined) {
        lane = new Lane(durationMs);
        this.lanes.push(lane);
      }
    }
    lane.push(nowMs + durationMs, seq, a, b);
    if (this.best === null) this.best = lane;
    else if (this.lanes.length > 1) this.findBest();
  }

  /** Deadlines held, those nobody waits for any more included. */
  get size(): number {
    let n = 0;
    for (const l of this.lanes) n += l.length;
    return n;
  }

  /**
   * Drops the deadlines `keep` rejects (attempts already answered or given up), keeping the order of
   * the rest. Popping a rejected deadline would have done nothing, so the run is unchanged.
   */
  compact(keep: (a: number, b: number) => boolean): void {
    for (const l of this.lanes) l.compact(keep);
    const emptied = this.lanes.filter((l) => l.length === 0);
    if (emptied.length > 0 && emptied.length < this.lanes.length) this.lanes = this.lanes.filter((l) => l.length > 0);
    this.findBest();
  }

  /** Earliest deadline, Infinity when none. */
  peekTime(): number {
    const l = this.best;
    return l === null ? Infinity : l.time[l.head];
  }

  peekSeq(): number {
    const l = this.best;
    return l === null ? Infinity : l.seq[l.head];
  }

  /** Removes the earliest deadline into popA/popB. */
  pop(): void {
    const l = this.best!;
    this.popA = l.argA[l.head];
    this.popB = l.argB[l.head];
    l.head = (l.head + 1) & (l.time.length - 1);
    l.length--;
    if (l.length === 0 && this.lanes.length > 1) this.lanes.splice(this.lanes.indexOf(l), 1);
    if (this.lanes.length > 1 || l.length === 0) this.findBest();
  }

  private findBest(): void {
    let best: Lane | null = null;
    for (const l of this.lanes) {
      if (l.length === 0) continue;
      if (best === null || l.time[l.head] < best.time[best.head] || (l.time[l.head] === best.time[best.head] && l.seq[l.head] < best.seq[best.head])) best = l;
    }
    this.best = best;
  }
}
