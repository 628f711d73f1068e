package ai.talkover.campaigns.adapter.cache;

import ai.talkover.campaigns.application.port.out.CampaignFilter;
import ai.talkover.campaigns.application.port.out.CampaignNotFoundException;
import ai.talkover.campaigns.application.port.out.CampaignPage;
import ai.talkover.campaigns.application.port.out.CampaignQuery;
import ai.talkover.campaigns.application.port.out.CampaignQueryException;
import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import com.github.benmanes.caffeine.cache.AsyncLoadingCache;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Ticker;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RejectedExecutionException;
import java.util.stream.Stream;

/**
 * A {@link CampaignQuery} decorator that caches single campaigns by id on Caffeine's
 * {@link AsyncLoadingCache}: single-flight loads, refresh-ahead ({@code refreshAfterWrite} and
 * {@code asyncReload}), statistics ({@code recordStats}), stale-if-error and short negative caching
 * of not-found answers.
 *
 * <h2>What a read does</h2>
 *
 * <p>Let <i>age</i> be the time since the delegate last returned the campaign (measured with the
 * injected {@link Ticker}). With the defaults (refresh-after-write 30 s, expire-after-write 5 min,
 * maximum staleness 1 h, not-found 30 s):
 *
 * <ul>
 *   <li><b>No entry</b>: the caller loads it from the delegate. Concurrent callers for the same id
 *       wait for that one call (single-flight) and all receive its campaign or its failure; nothing
 *       about a failure is cached except not-found, so the next read tries again.
 *   <li><b>age &lt; refresh-after-write</b>: a hit; the delegate is not touched (so neither is the
 *       network, its retry nor its circuit breaker).
 *   <li><b>refresh-after-write &le; age &lt; expire-after-write</b>: a hit, and Caffeine starts one
 *       background reload on the executor unless one is running already (refresh-ahead). Its result
 *       replaces the value when it arrives, unless the entry was invalidated or reloaded meanwhile.
 *   <li><b>age &ge; expire-after-write</b>: the caller reloads synchronously (single-flight, through
 *       Caffeine's {@code refresh}). If the reload fails, <em>whatever the failure</em> (network,
 *       5xx, rate limited, circuit open, client saturated, a bad body, an unexpected exception), and
 *       age &lt; maximum staleness, the last good value is served <em>stale</em> instead
 *       (stale-if-error): {@link #getWithMetadata} says so and how old it is, the
 *       {@link StaleServeListener} is told, and {@link CacheStatistics#staleServes()} counts it. At
 *       or past maximum staleness the failure reaches the caller.
 *   <li><b>After a failed reload</b> (background or synchronous) the delegate is not asked again for
 *       that id until refresh-after-write has passed: meanwhile reads are served from the cache
 *       (stale once past expire-after-write). An outage therefore costs one delegate call per id per
 *       refresh interval, not one per read.
 *   <li><b>Only an authoritative answer replaces or drops a value</b>: not found is cached for the
 *       not-found TTL (every read in that time throws a {@link CampaignNotFoundException} without
 *       asking the delegate) and replaces a cached value (the campaign is gone); unauthorized
 *       (401/403) and an invalid campaign drop it, so a revoked token or a campaign that became
 *       invalid is never masked by an old copy.
 * </ul>
 *
 * <h2>What Caffeine does, and the rules it cannot express</h2>
 *
 * <p>Caffeine holds one entry per id (a future of a {@code Slot}: a campaign with its load time and
 * last reload failure, a not-found answer, or a failure that is removed as soon as it is delivered),
 * loads and reloads through {@code SlotLoader} (its {@code AsyncCacheLoader}), starts refresh-ahead
 * itself ({@code refreshAfterWrite}), makes concurrent loads and reloads of an id single-flight,
 * discards a reload whose entry was invalidated meanwhile, bounds the size (default 10,000: fresh
 * values, stale values and not-found answers alike) and records the statistics. Three rules are
 * decided by this class on each read, from the slot's own load time ({@code Freshness}):
 *
 * <ol>
 *   <li><b>Stale-if-error up to the maximum staleness.</b> Caffeine's expire-after-write removes a
 *       value when it expires; stale-if-error needs it after that, until reloading it has failed. So
 *       Caffeine's expire-after-write is the maximum staleness, and expire-after-write is this
 *       class's check: an older value is reloaded in the foreground before it is served, and served
 *       stale only if that reload fails.
 *   <li><b>A not-found answer has its own, shorter TTL.</b> Caffeine has one expiry per cache, or a
 *       per-entry {@code Expiry}; a per-entry expiry writes the entry on every read, so two threads
 *       reading the same campaign fight over its cache line (measured with {@code CacheBenchmark}:
 *       a hit cost 5.9 x a raw Caffeine read with a per-entry expiry on two threads, 1.7 x with the
 *       fixed one).
 *   <li><b>A foreground reload runs on the reader's thread.</b> Caffeine calls the loader inside a map
 *       computation; a blocking delegate call there would hold that map bin. The loader returns an
 *       unstarted {@code PendingFetch} instead, which the first reader to get it runs (see there).
 * </ol>
 *
 * <h2>What is not cached</h2>
 *
 * <p>{@link #list} and {@link #listAll} pass straight through to the delegate: list items carry only
 * part of a campaign (no calls, cooldowns or do-not-call rules), so they may never answer a
 * {@link #get}; and pages depend on filters and shift as campaigns are created, so a cached page mixed
 * with live ones could skip or repeat campaigns.
 *
 * <h2>Time, threads and metrics</h2>
 *
 * <p>All time comes from the injected Caffeine {@link Ticker}; background reloads run on the injected
 * executor (Caffeine's own maintenance runs on the calling thread, so eviction is deterministic under
 * a fake ticker). {@link #caffeineCache()} exposes the Caffeine cache for metrics binders (for example
 * Micrometer's {@code CaffeineCacheMetrics}); its {@code stats()} report the same hits, misses, loads
 * and evictions as {@link #statistics()}, counted per campaign read ({@code Counters}). Logging
 * (SLF4J): a value's first failed reload at WARN, repeats while it keeps failing and every stale
 * serve at DEBUG, a dropped value at WARN; always the failure's type and message (masked by the HTTP
 * adapter), never a stack trace.
 *
 * <p><b>Nullness:</b> no argument may be {@code null} and no method returns {@code null}.
 *
 * <p><b>Thread-safety:</b> safe for concurrent use by any number of threads. A caller waiting for a
 * load waits as long as the delegate's call takes; the delegate's own deadline bounds it.
 */
public final class CachingCampaignQuery implements CampaignQuery {

  private final CacheSettings settings;
  private final CampaignQuery delegate;
  private final SlotLoader loader;
  private final AsyncLoadingCache<CampaignId, Slot> cache;
  private final ConcurrentMap<CampaignId, CompletableFuture<Slot>> entries;
  private final Counters counters;
  private final Freshness freshness;
  private final SlotAnswers answers;
  private final Ticker ticker;
  private final long expireAfterWriteNanos;

  private CachingCampaignQuery(CacheSettings settings) {
    CacheParts parts = CacheParts.wire(settings);
    this.settings = settings;
    this.delegate = settings.delegate();
    this.ticker = settings.ticker();
    this.counters = parts.counters();
    this.freshness = parts.freshness();
    this.loader = parts.loader();
    this.answers = parts.answers();
    this.cache = parts.cache();
    this.entries = cache.asMap();
    this.expireAfterWriteNanos = freshness.expireNanos();
  }

  /**
   * A builder of a cache in front of {@code delegate}, with the defaults: maximum size 10,000,
   * refresh-after-write 30 s, expire-after-write 5 min, maximum staleness 1 h, not-found TTL 30 s,
   * the system ticker, and {@link ForkJoinPool#commonPool()} for background reloads.
   *
   * @param delegate the query to cache, usually the HTTP adapter; not {@code null}
   * @return a new builder
   * @throws NullPointerException if {@code delegate} is null
   */
  public static Builder builder(CampaignQuery delegate) {
    return new Builder(delegate);
  }

  /**
   * Reads one campaign through the cache (see the class documentation for when the delegate is asked).
   *
   * @param id the campaign id
   * @return the campaign, possibly stale (use {@link #getWithMetadata} to know)
   * @throws CampaignNotFoundException when there is no such campaign (possibly a cached answer)
   * @throws CampaignQueryException for every other failure of the load this read needed or joined
   */
  @Override
  public Campaign get(CampaignId id) {
    Objects.requireNonNull(id, "id");
    // Fast path for the common case, a fresh hit: no allocation, one ticker read. Caffeine's read
    // starts refresh-ahead when the value is past refresh-after-write.
    CompletableFuture<Slot> current = cache.getIfPresent(id);
    if (current != null && current.getNow(null) instanceof Slot.Loaded loaded
        && loaded.age(ticker.read()) < expireAfterWriteNanos) {
      counters.hit();
      return loaded.campaign();
    }
    return getWithMetadata(id).campaign();
  }

  /**
   * Reads one campaign like {@link #get} and says how old it is, whether it was served stale and the
   * latest reload failure.
   *
   * @param id the campaign id; not {@code null}
   * @return the campaign and its metadata
   * @throws CampaignNotFoundException when there is no such campaign (possibly a cached answer)
   * @throws CampaignQueryException for every other failure of the load this read needed or joined
   */
  public CachedCampaign getWithMetadata(CampaignId id) {
    Objects.requireNonNull(id, "id");
    Step step = acquire(id);
    if (step instanceof Ready ready) {
      return answers.serve(id, ready.slot(), ready.now(), false);
    }
    CompletableFuture<Slot> future = ((Wait) step).future();
    boolean owned = future instanceof PendingFetch fetch && fetch.claim();
    if (owned) {
      ((PendingFetch) future).run();
    }
    Slot slot = settle(id, future, future.join());
    return answers.serve(id, slot, ticker.read(), owned);
  }

  /**
   * Reads one campaign without blocking the caller. A hit completes at once without using
   * {@code executor}; a read that needs a load runs the delegate on {@code executor}; a read that joins
   * a load already running never blocks a thread. Statistics, single-flight and stale-if-error are as
   * for {@link #get}.
   *
   * @param id the campaign id; not {@code null}
   * @param executor where to run the delegate's blocking read; not {@code null}
   * @return a new future completed with the campaign, or exceptionally with a
   *     {@link CampaignQueryException}; cancelling it does not cancel the load
   * @throws RejectedExecutionException if {@code executor} refuses the load (callers already waiting
   *     for it receive the same failure)
   */
  @Override
  public CompletableFuture<Campaign> getAsync(CampaignId id, Executor executor) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(executor, "executor");
    Step step = acquire(id);
    if (step instanceof Ready ready) {
      try {
        return CompletableFuture.completedFuture(
            answers.serve(id, ready.slot(), ready.now(), false).campaign());
      } catch (RuntimeException e) {
        return CompletableFuture.failedFuture(e);
      }
    }
    CompletableFuture<Slot> future = ((Wait) step).future();
    if (future instanceof PendingFetch fetch && fetch.claim()) {
      try {
        fetch.runOn(executor);
      } catch (RejectedExecutionException e) {
        settle(id, fetch, fetch.join());
        throw e;
      }
      return fetch.thenApply(
          slot -> answers.serve(id, settle(id, fetch, slot), ticker.read(), false).campaign());
    }
    return future.thenApplyAsync(
        slot -> answers.serve(id, settle(id, future, slot), ticker.read(), false).campaign(), executor);
  }

  /**
   * Passes through to the delegate: list reads are not cached (see the class documentation).
   *
   * @param filter the filters and the page to read
   * @return the delegate's page
   * @throws CampaignQueryException on any failure of the delegate
   */
  @Override
  public CampaignPage list(CampaignFilter filter) {
    return delegate.list(Objects.requireNonNull(filter, "filter"));
  }

  /**
   * Passes through to the delegate's own lazy stream: list reads are not cached.
   *
   * @param filter the filters and the first page to read
   * @return the delegate's lazy stream
   */
  @Override
  public Stream<Campaign> listAll(CampaignFilter filter) {
    return delegate.listAll(Objects.requireNonNull(filter, "filter"));
  }

  /**
   * Forgets one campaign (its value or not-found answer). A load already running for it still answers
   * the callers waiting on it, but its result is not kept, and a background reload's result is
   * discarded.
   *
   * @param id the campaign id; not {@code null}
   */
  @Override
  public void invalidate(CampaignId id) {
    cache.synchronous().invalidate(Objects.requireNonNull(id, "id"));
  }

  /**
   * {@inheritDoc}
   *
   * <p>Replaces the cached campaign with a load from the delegate's own {@link #getFresh} (so a
   * shared tier behind this cache is passed too, not only this cache) on the caller's thread; callers
   * of {@link #get} for the same id meanwhile join that load, and its result is cached. A failure is
   * thrown, never answered with a stale copy (and the old copy is gone, as after {@link #invalidate}).
   */
  @Override
  public Campaign getFresh(CampaignId id) {
    Objects.requireNonNull(id, "id");
    counters.miss();
    PendingFetch fetch = new PendingFetch(() -> loader.fetch(id, null, true));
    fetch.claim();
    entries.put(id, fetch);
    fetch.run();
    Slot slot = settle(id, fetch, fetch.join());
    return answers.serve(id, slot, ticker.read(), true).campaign();
  }

  /** Forgets every campaign, as {@link #invalidate} does for one. */
  public void invalidateAll() {
    cache.synchronous().invalidateAll();
  }

  /**
   * A snapshot of the counters since this cache was built.
   *
   * @return the statistics
   */
  public CacheStatistics statistics() {
    return counters.statistics();
  }

  /**
   * The underlying Caffeine cache, for metrics binders (e.g. Micrometer's
   * {@code CaffeineCacheMetrics.monitor(registry, cache.caffeineCache(), "campaigns")}): its
   * {@code stats()} and {@code estimatedSize()} are live. A campaign being loaded is not present in
   * this view. Use it to observe; read and invalidate through this class, whose bookkeeping a direct
   * write would bypass.
   *
   * @return a live view of the cache; values are internal
   */
  public Cache<CampaignId, ?> caffeineCache() {
    return cache.synchronous();
  }

  @Override
  public String toString() {
    return "CachingCampaignQuery[" + settings.describe() + "]";
  }

  // ------------------------------------------------------------------------------- internals

  /** What a read must do next. */
  private sealed interface Step permits Ready, Wait {}

  /** Answer from this slot, read at ticker time {@code now}. */
  private record Ready(Slot slot, long now) implements Step {}

  /** Wait for this load or reload (and run it first if it is an unclaimed {@link PendingFetch}). */
  private record Wait(CompletableFuture<Slot> future) implements Step {}

  /** Decides, without blocking, whether the read is a hit or waits for a load or reload. */
  private Step acquire(CampaignId id) {
    CompletableFuture<Slot> current = cache.getIfPresent(id);
    if (current == null) {
      counters.miss();
      return new Wait(cache.get(id));
    }
    if (!current.isDone()) {
      counters.miss();
      return new Wait(current);
    }
    Slot slot = current.isCompletedExceptionally() ? null : current.getNow(null);
    long now = ticker.read();
    if (freshness.verdict(slot, now) != Freshness.Verdict.DUE) {
      counters.hit();
      return new Ready(slot, now);
    }
    // Expired, a not-found past its TTL, or a failure not removed yet: reload in the foreground.
    // Caffeine's refresh joins a reload already in flight for the id, or starts one.
    counters.miss();
    return new Wait(cache.synchronous().refresh(id));
  }

  /** A failed load or reload is delivered once and not kept: its future leaves the cache. */
  private Slot settle(CampaignId id, CompletableFuture<Slot> future, Slot slot) {
    if (slot instanceof Slot.Failed) {
      entries.remove(id, future);
    }
    return slot;
  }

  // ---------------------------------------------------------------------------------- builder

  /**
   * Configures a {@link CachingCampaignQuery}. Each setter checks its argument at once and names it in
   * the exception; {@link #build()} checks how the durations relate.
   *
   * <p>Its setters are declared in a package-private base class, so that this file holds the entry
   * point; they are this builder's methods all the same. Not thread-safe.
   */
  public static final class Builder extends CacheOptions {

    private Builder(CampaignQuery delegate) {
      super(delegate);
    }

    /**
     * Builds the cache.
     *
     * @return a new, empty cache
     * @throws IllegalArgumentException if refresh-after-write is not shorter than expire-after-write,
     *     or maximum staleness is shorter than expire-after-write
     */
    public CachingCampaignQuery build() {
      return new CachingCampaignQuery(settings());
    }
  }
}
