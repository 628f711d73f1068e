package ai.talkover.campaigns.adapter.redis;

/**
 * A snapshot of the fleet mode's counters on this node, since it started. Metrics binders (for
 * example Micrometer function counters) read them.
 *
 * @param l2Hits reads the shared tier answered (a node's local miss served from Redis)
 * @param l2Misses reads the shared tier could not answer (absent or expired in Redis)
 * @param leasesWon fetch leases this node won (it fetched for the fleet)
 * @param leasesLost fetch leases another node held (this node waited or served what it had)
 * @param budgetWaits requests that waited for the request budget
 * @param budgetRefusals requests the budget refused ("local budget"): nothing was sent
 * @param redisErrors Redis commands that failed or timed out (each fell back to node-local behaviour
 *     or failed closed)
 * @param invalidationsReceived invalidations received from the fleet (this node's own included)
 * @param redisAvailable whether the last Redis command succeeded
 */
public record FleetStatistics(long l2Hits, long l2Misses, long leasesWon, long leasesLost,
    long budgetWaits, long budgetRefusals, long redisErrors, long invalidationsReceived,
    boolean redisAvailable) {}
