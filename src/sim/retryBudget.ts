/**
 * A retry token bucket, as in the AWS SDKs' standard retry mode: a retry spends tokens (more after a
 * timeout), a success puts some back, and an empty bucket means no retry. It caps retries near the
 * refill ratio when most attempts fail, while leaving retries free when failures are rare.
 */
import type { ClientParams } from './scenario';

export class RetryBudget {
  tokens: number;

  constructor(capacity: number) {
    this.tokens = capacity;
  }

  /** Spends the retry's cost if the bucket holds it; returns whether the retry may go. */
  trySpend(client: ClientParams, afterTimeout: boolean): boolean {
    if (client.retryBudget === 'off') return true;
    const cost = afterTimeout ? client.budgetTimeoutCost : client.budgetRetryCost;
    if (this.tokens < cost) return false;
    this.tokens -= cost;
    return true;
  }

  onSuccess(client: ClientParams): void {
    if (client.retryBudget === 'off') return;
    this.tokens = Math.min(client.budgetTokens, this.tokens + client.budgetRefund);
  }
}
