/**
 * The edge's bookkeeping: a token bucket per socket (ROOM_LIMITS.messagesPerSecond on average,
 * ROOM_LIMITS.burst at once) and the count of what was dropped, by reason, for the presenter and
 * the docs. The clock is passed in, so tests need no waiting.
 */
import { ROOM_LIMITS } from '../../src/app/room/roomProtocol';

export class TokenBucket {
  private tokens: number = ROOM_LIMITS.burst;
  private lastMs: number;

  constructor(nowMs: number) {
    this.lastMs = nowMs;
  }

  /** Takes one token; false when the socket is over its rate. */
  take(nowMs: number): boolean {
    this.tokens = Math.min(ROOM_LIMITS.burst, this.tokens + ((nowMs - this.lastMs) / 1000) * ROOM_LIMITS.messagesPerSecond);
    this.lastMs = nowMs;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

export type RefusalReason = 'too-large' | 'malformed' | 'rate' | 'not-presenter' | 'no-hello' | 'room-full' | 'out-of-range' | 'binary';

export class Refusals {
  readonly byReason = new Map<RefusalReason, number>();
  total = 0;

  count(reason: RefusalReason): void {
    this.total++;
    this.byReason.set(reason, (this.byReason.get(reason) ?? 0) + 1);
  }

  toJSON(): Record<string, number> {
    return Object.fromEntries(this.byReason);
  }
}
