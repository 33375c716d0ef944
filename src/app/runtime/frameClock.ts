/**
 * One requestAnimationFrame loop for the whole page. Data arrival only marks the page dirty;
 * every registered painter runs at most once per animation frame, so a burst of batches costs
 * one draw, and an idle page costs nothing.
 */
export type Painter = () => void;

export class FrameClock {
  private painters = new Set<Painter>();
  private requested = false;

  constructor(
    private readonly request: (cb: () => void) => void = (cb) => requestAnimationFrame(cb),
  ) {}

  /** Registers a painter and paints it once soon; returns the unregister function. */
  add(painter: Painter): () => void {
    this.painters.add(painter);
    this.invalidate();
    return () => {
      this.painters.delete(painter);
    };
  }

  /** Asks for one paint of every painter at the next animation frame. */
  invalidate(): void {
    if (this.requested) return;
    this.requested = true;
    this.request(() => {
      this.requested = false;
      for (const p of this.painters) p();
    });
  }
}
