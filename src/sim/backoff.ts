/**
 * Client backoff before retry n (1 = first retry), after Brooker's "Exponential Backoff and Jitter":
 * exponential v = min(cap, base·2ⁿ⁻¹); full jitter U(0, v); equal jitter v/2 + U(0, v/2);
 * decorrelated jitter min(cap, U(base, 3·previous sleep)).
 */
import { dpow } from './detMath';
import type { ClientParams } from './scenario';
import type { Prng } from './prng';

/** 2^n for n = 0..30: exact, and a lookup instead of a power on the hot path. */
const POW2: number[] = [1];
for (let n = 1; n <= 30; n++) POW2.push(POW2[n - 1] * 2);

export function backoffMs(client: Pick<ClientParams, 'backoff' | 'backoffBaseMs' | 'backoffCapMs'>, retry: number, previousSleepMs: number, rng: Prng): number {
  const { backoff, backoffBaseMs: base, backoffCapMs: cap } = client;
  if (backoff === 'none') return 0;
  if (backoff === 'decorrelated-jitter') {
    const prev = Math.max(base, previousSleepMs);
    return Math.min(cap, base + rng.uniform() * (3 * prev - base));
  }
  const v = Math.min(cap, base * (retry <= 31 ? POW2[retry - 1] : dpow(2, retry - 1)));
  if (backoff === 'exponential') return v;
  if (backoff === 'equal-jitter') return v / 2 + rng.uniform() * (v / 2);
  return rng.uniform() * v; // exponential-jitter: full jitter
}
