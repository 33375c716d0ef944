/**
 * Where load comes from. Open loop: one pending arrival at a time, memoryless, redrawn whenever the
 * rate changes (a spike, a `set`); it skips the heap (it is the most frequent event), so the event
 * loop reads `nextArrivalMs` and `nextArrivalSeq` directly. Closed loop: clients that think, ask,
 * wait for their request to end, think again; cutting `clients` lets the extra ones leave as their
 * requests end.
 */
import { CLIENT_WAKE } from './engineEvents';
import type { EngineContext } from './engineContext';
import { Prng, STREAM } from './prng';

export class Arrivals {
  /** When the pending open-loop arrival is due, ms (∞: none). */
  nextArrivalMs = Infinity;
  /** Its sequence number, taken from the heap's so ties with heap events break in order. */
  nextArrivalSeq = 0;
  /** Closed-loop clients thinking or waiting. */
  activeClients = 0;
  /** The rate multiplier of the spikes in force. */
  rateFactor = 1;
  private readonly ctx: EngineContext;
  private readonly rngArrivals: Prng;
  private readonly rngThink: Prng;

  constructor(ctx: EngineContext, seed: number) {
    this.ctx = ctx;
    this.rngArrivals = new Prng(seed, STREAM.arrivals);
    this.rngThink = new Prng(seed, STREAM.think);
  }

  start(): void {
    this.scheduleArrival();
    this.spawnClients();
  }

  /** Draws the next open-loop arrival (none in closed loop or at zero rate). */
  scheduleArrival(): void {
    const workload = this.ctx.params.workload;
    const rps = workload.rps * this.rateFactor;
    if (workload.mode !== 'open' || rps <= 0) return;
    this.nextArrivalMs = this.ctx.nowMs + this.rngArrivals.exponential(1000 / rps);
    this.nextArrivalSeq = this.ctx.heap.takeSeq();
  }

  /** On any rate change the pending arrival is abandoned and redrawn. */
  rescheduleArrivals(): void {
    this.nextArrivalMs = Infinity;
    this.scheduleArrival();
  }

  /** Brings the closed-loop clients up to `clients`, each starting with a think. */
  spawnClients(): void {
    const workload = this.ctx.params.workload;
    if (workload.mode !== 'closed') return;
    while (this.activeClients < workload.clients) {
      this.activeClients++;
      this.ctx.heap.push(this.ctx.nowMs + this.rngThink.exponential(workload.thinkMs), CLIENT_WAKE, 0, 0);
    }
  }

  /** A closed-loop client whose request ended thinks, then asks again (or leaves, if clients were cut). */
  clientThinks(): void {
    const workload = this.ctx.params.workload;
    if (workload.mode === 'closed' && this.activeClients <= workload.clients) {
      this.ctx.heap.push(this.ctx.nowMs + this.rngThink.exponential(workload.thinkMs), CLIENT_WAKE, 0, 0);
    } else this.activeClients--;
  }

  /** A client woke up: whether it asks (true) or leaves because clients were cut meanwhile. */
  clientWakes(): boolean {
    const workload = this.ctx.params.workload;
    if (workload.mode === 'closed' && this.activeClients <= workload.clients) return true;
    this.activeClients--;
    return false;
  }
}
