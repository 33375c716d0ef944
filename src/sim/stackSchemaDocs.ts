/**
 * What each tier field means, in a sentence, keyed `service.FIELD` / `cache.FIELD`. Kept apart from
 * ./stackSchema for the reason ./schemaDocs is: the field table runs in the page and in the simulation
 * worker, these sentences only where a person reads them (the lazily loaded tier editor, the docs).
 */
export const TIER_DOCS: Readonly<Record<string, string>> = {
  'service.instances': "instances behind the tier's load balancer",
  'service.slots': 'concurrent calls one instance serves (threads, connections); a call holds its slot while it waits on the tier below',
  'service.queueLimit': 'calls one instance queues when every slot is taken; beyond it calls are rejected at once',
  'service.serviceDist': "distribution of the tier's own work per call",
  'service.serviceMs': "mean of the tier's own work per call, before it calls the tier below",
  'service.sigma': 'log-normal: spread (σ of the logarithm); the mean stays serviceMs',
  'service.loadKnee': 'load-dependent latency (garbage collection, thrashing): past this load (calls in the instance ÷ slots) work slows down (0 = off)',
  'service.loadSlowdown': 'load-dependent latency: work takes serviceMs × (1 + loadSlowdown × (load − loadKnee)) past the knee',
  'service.holdSlot':
    "a call keeps its slot while it waits on the tier below (a thread per request); off: the slot frees once the tier's own work is done (an asynchronous hand-off)",
  'service.balancer': 'how calls are spread over instances; least-connections counts calls in each instance',
  'service.timeoutMs': 'timeout of each call this tier makes to the tier below',
  'service.retries': 'retries of a failed or timed-out call to the tier below',
  'service.backoff': 'wait before a retry toward the tier below',
  'service.backoffBaseMs': 'backoff base',
  'service.backoffCapMs': 'backoff cap',
  'service.retryBudget': 'retry budget: retries toward the tier below at most this many per first call, from a bucket of up to 100 tokens (0 = no budget)',
  'service.shedQueueMs': "shed: refuse a call while the instance's oldest queued call has waited longer than this (0 = off)",
  'cache.capacity': 'LRU capacity of the edge cache',
  'cache.warm': 'start from the LRU steady state rather than empty',
  'cache.ttlMs': 'entry lifetime (0 = no expiry)',
  'cache.staleMs': 'stale-while-revalidate: serve an entry this long past its TTL while one background call refreshes it',
  'cache.singleFlight': 'one call per key to the tier below; other misses for the key wait for its answer',
  'cache.timeoutMs': 'how long a fetch from the tier below may take before the cache gives up on it (the misses waiting for it get an error); never retried',
};
