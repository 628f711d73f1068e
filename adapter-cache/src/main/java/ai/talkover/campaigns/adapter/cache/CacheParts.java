package ai.talkover.campaigns.adapter.cache;

import ai.talkover.campaigns.domain.campaign.CampaignId;
import com.github.benmanes.caffeine.cache.AsyncLoadingCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;

/**
 * The parts one {@link CachingCampaignQuery} is made of, wired from its settings: the counters
 * (its statistics and Caffeine's {@code recordStats}), the age rules Caffeine cannot express
 * ({@link Freshness}), the loader ({@link SlotLoader}), Caffeine's asynchronous loading cache over
 * it, and what a read answers from a slot ({@link SlotAnswers}). Caffeine keeps each entry until
 * the maximum staleness (so that a failed reload can still serve it), starts refresh-ahead at
 * refresh-after-write and runs its own maintenance on the calling thread (so eviction is
 * deterministic under a fake ticker).
 *
 * @param counters the cache's counters
 * @param freshness the age rules, in ticker nanoseconds
 * @param loader loads and reloads one campaign
 * @param cache Caffeine's cache of slots by id
 * @param answers turns a slot into a read's answer
 */
record CacheParts(Counters counters, Freshness freshness, SlotLoader loader,
    AsyncLoadingCache<CampaignId, Slot> cache, SlotAnswers answers) {

  /**
   * Wires the parts.
   *
   * @param s the checked settings
   * @return the parts, an empty cache
   */
  static CacheParts wire(CacheSettings s) {
    Counters counters = new Counters();
    Freshness freshness = s.freshness();
    SlotLoader loader = new SlotLoader(s.delegate(), s.ticker(), counters, freshness, s.executor(),
        s.maxStaleness());
    AsyncLoadingCache<CampaignId, Slot> cache = Caffeine.newBuilder()
        .maximumSize(s.maximumSize())
        // Entries live until the maximum staleness, so that a failed reload can still serve them.
        .expireAfterWrite(Duration.ofNanos(freshness.maxStalenessNanos()))
        // Caffeine refreshes when the age is strictly more than this: "at refresh-after-write".
        .refreshAfterWrite(Duration.ofNanos(Math.max(1, freshness.refreshNanos() - 1)))
        .ticker(s.ticker())
        .executor(Runnable::run)
        .recordStats(() -> counters)
        .buildAsync(loader);
    return new CacheParts(counters, freshness, loader, cache,
        new SlotAnswers(counters, freshness.expireNanos(), s.listener()));
  }
}
