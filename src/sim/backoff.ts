/** Client backoff before retry n (1 = first retry), after Brooker's "Exponential Backoff and Jitter". */
import type { ClientParams } from './scenario';
import type { Prng } from './prng';

export function backoffMs(client: ClientParams, retry: number, rng: Prng): number {
  if (client.backoff === 'none') return 0;
  const ceiling = Math.min(client.backoffCapMs, client.backoffBaseMs * Math.pow(2, retry - 1));
  if (client.backoff === 'exponential') return ceiling;
  return rng.uniform() * ceiling; // full jitter
}
