/**
 * One requestAnimationFrame loop for the whole page. Data arrival only marks the page dirty;
 * every registered painter runs at most once per animation frame, so a burst of batches costs
 * one draw, and an idle page costs nothing. Paints can be spaced out (`minIntervalMs`, see
 * paintPolicy.ts): under reduced motion charts then step a few times a second instead of scrolling.
 */
export type Painter = () => void;

export interface ClockHost {
  requestFrame: (cb: (nowMs: number) => void) => void;
  delay: (cb: () => void, ms: number) => void;
}

const browserHost: ClockHost = {
  requestFrame: (cb) => requestAnimationFrame(cb),
  delay: (cb, ms) => setTimeout(cb, ms),
};

export class FrameClock {
  private painters = new Set<Painter>();
  private requested = false;
  private lastPaint = Number.NEGATIVE_INFINITY;
  /** Minimum ms between paints (0: every animation frame). */
  minIntervalMs = 0;

  constructor(private readonly host: ClockHost = browserHost) {}

  /** Registers a painter and paints it once soon; returns the unregister function. */
  add(painter: Painter): () => void {
    this.painters.add(painter);
    this.invalidate();
    return () => {
      this.painters.delete(painter);
    };
  }

  /** Asks for one paint of every painter at the next allowed animation frame. */
  invalidate(): void {
    if (this.requested) return;
    this.requested = true;
    this.host.requestFrame((now) => this.tick(now));
  }

  /** Paints every painter now, synchronously (an export that must capture what it just changed). */
  paintNow(): void {
    for (const p of this.painters) p();
  }

  private tick(now: number): void {
    const wait = this.lastPaint + this.minIntervalMs - now;
    if (wait > 0) {
      this.host.delay(() => this.host.requestFrame((t) => this.tick(t)), wait);
      return;
    }
    this.requested = false;
    this.lastPaint = now;
    for (const p of this.painters) p();
  }
}
