package ai.talkover.campaigns.adapter.cache;

/**
 * A snapshot of a {@link CachingCampaignQuery}'s counters since it was built. Every single-campaign
 * read ({@code get}, {@code getWithMetadata}, {@code getAsync}) is either a hit or a miss; list reads
 * are not cached and not counted. Immutable and thread-safe.
 *
 * @param hits reads answered from the cache without waiting for the delegate: fresh values,
 *     cached not-found answers, and stale values served while backing off after a failed reload
 * @param misses reads that waited for a load, their own or one already running for the same id
 * @param loads calls made to the delegate's {@code get}, in the foreground or in the background
 *     (refresh-ahead), whatever their outcome
 * @param loadFailures those calls that threw, not-found answers included
 * @param staleServes reads answered with a value older than expire-after-write because reloading it
 *     failed with a retryable failure (stale-if-error); such a read is also a hit or a miss
 * @param evictions entries Caffeine removed because of the size bound or because they expired
 *     (explicit invalidation is not an eviction)
 */
public record CacheStatistics(
    long hits, long misses, long loads, long loadFailures, long staleServes, long evictions) {

  /** Checks that no counter is negative and that failures do not outnumber loads. */
  public CacheStatistics {
    requireNotNegative("hits", hits);
    requireNotNegative("misses", misses);
    requireNotNegative("loads", loads);
    requireNotNegative("loadFailures", loadFailures);
    requireNotNegative("staleServes", staleServes);
    requireNotNegative("evictions", evictions);
    if (loadFailures > loads) {
      throw new IllegalArgumentException(
          "loadFailures: " + loadFailures + " is more than loads " + loads);
    }
  }

  private static void requireNotNegative(String name, long value) {
    if (value < 0) {
      throw new IllegalArgumentException(name + ": " + value + " is negative");
    }
  }

  /**
   * All single-campaign reads.
   *
   * @return {@code hits + misses}
   */
  public long requests() {
    return hits + misses;
  }

  /**
   * The share of reads answered from the cache.
   *
   * @return {@code hits / requests}, or 1.0 when there was no read (as Caffeine does)
   */
  public double hitRate() {
    long requests = requests();
    return requests == 0 ? 1.0 : (double) hits / requests;
  }
}
