package ai.talkover.campaigns.adapter.cache;

import com.github.benmanes.caffeine.cache.RemovalCause;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import com.github.benmanes.caffeine.cache.stats.StatsCounter;
import java.util.concurrent.atomic.LongAdder;

/**
 * The cache's counters, counted from the point of view of a campaign read, and the Caffeine
 * {@link StatsCounter} that publishes them, so that {@code cache.stats()} (what Micrometer's Caffeine
 * binder reads) and {@link CacheStatistics} agree.
 *
 * <p>Caffeine's own hit, miss and load callbacks do not match campaign reads one to one (a read that
 * finds an expired value is a Caffeine hit but a miss here; a reload that keeps the last good value
 * after a failure is a Caffeine load success but a failure here), so they are ignored; only its
 * eviction callback is kept. Thread-safe.
 */
final class Counters implements StatsCounter {

  private final LongAdder hits = new LongAdder();
  private final LongAdder misses = new LongAdder();
  private final LongAdder loadSuccesses = new LongAdder();
  private final LongAdder loadFailures = new LongAdder();
  private final LongAdder totalLoadNanos = new LongAdder();
  private final LongAdder staleServes = new LongAdder();
  private final LongAdder evictions = new LongAdder();
  private final LongAdder evictionWeight = new LongAdder();

  void hit() {
    hits.increment();
  }

  void miss() {
    misses.increment();
  }

  void loadSucceeded(long nanos) {
    loadSuccesses.increment();
    totalLoadNanos.add(Math.max(0L, nanos));
  }

  void loadFailed(long nanos) {
    loadFailures.increment();
    totalLoadNanos.add(Math.max(0L, nanos));
  }

  void staleServe() {
    staleServes.increment();
  }

  CacheStatistics statistics() {
    long failures = loadFailures.sum();
    return new CacheStatistics(hits.sum(), misses.sum(), loadSuccesses.sum() + failures, failures,
        staleServes.sum(), evictions.sum());
  }

  // ------------------------------------------------------------------ Caffeine's StatsCounter

  /** Ignored: hits are counted per campaign read by the decorator. */
  @Override
  public void recordHits(int count) {}

  /** Ignored: misses are counted per campaign read by the decorator. */
  @Override
  public void recordMisses(int count) {}

  /** Ignored: Caffeine reports every completed future here, also ones that only carry a failure. */
  @Override
  public void recordLoadSuccess(long loadTime) {}

  /** Ignored: the decorator never lets a future fail, and counts failures itself. */
  @Override
  public void recordLoadFailure(long loadTime) {}

  @Override
  public void recordEviction(int weight, RemovalCause cause) {
    if (cause.wasEvicted()) {
      evictions.increment();
      evictionWeight.add(weight);
    }
  }

  @Override
  public CacheStats snapshot() {
    return CacheStats.of(hits.sum(), misses.sum(), loadSuccesses.sum(), loadFailures.sum(),
        totalLoadNanos.sum(), evictions.sum(), evictionWeight.sum());
  }
}
