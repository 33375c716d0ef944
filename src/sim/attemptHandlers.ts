/**
 * What the database and the tiers ask of the client attempts when an attempt moves on (./clientAttempts
 * implements it). Declared apart so that neither imports the attempts, which send them their work.
 */
export interface AttemptHandlers {
  /** Starts the request's next attempt (to its target tier, or the cache and database). */
  startAttempt(request: number): void;
  countAttempt(request: number): void;
  /** The attempt waits for its answer, or for its timeout. */
  await(request: number, generation: number): void;
  deliver(request: number, extraMs: number): void;
  /** The database answered: the breaker counts a success, then the request is delivered. */
  answeredByDatabase(request: number): void;
  attemptFailed(request: number, reason: number): void;
}
