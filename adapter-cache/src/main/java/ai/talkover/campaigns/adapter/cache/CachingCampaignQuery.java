package ai.talkover.campaigns.adapter.cache;

import ai.talkover.campaigns.application.port.out.CampaignFilter;
import ai.talkover.campaigns.application.port.out.CampaignNotFoundException;
import ai.talkover.campaigns.application.port.out.CampaignPage;
import ai.talkover.campaigns.application.port.out.CampaignQuery;
import ai.talkover.campaigns.application.port.out.CampaignQueryException;
import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RejectedExecutionException;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * A {@link CampaignQuery} decorator that caches single campaigns by id with Caffeine: single-flight
 * loads, refresh-ahead, stale-if-error and short negative caching of not-found answers.
 *
 * <h2>What a read does</h2>
 *
 * <p>Let <i>age</i> be the time since the delegate last returned the campaign (measured with the
 * injected {@link Ticker}). With the defaults (refresh-after-write 30 s, expire-after-write 5 min,
 * maximum staleness 1 h, not-found 30 s):
 *
 * <ul>
 *   <li><b>No entry</b> (or an expired one): the caller loads it from the delegate. Concurrent callers
 *       for the same id wait for that one call (single-flight) and all receive its campaign or its
 *       failure; nothing about a failure is cached except not-found, so the next read tries again.
 *   <li><b>age &lt; refresh-after-write</b>: a hit; the delegate is not touched (so neither is the
 *       network, its retry nor its circuit breaker).
 *   <li><b>refresh-after-write &le; age &lt; expire-after-write</b>: a hit, and one background reload
 *       is started on the executor unless one is running already (refresh-ahead). Its result replaces
 *       the value when it arrives, unless the entry was invalidated or reloaded meanwhile.
 *   <li><b>age &ge; expire-after-write</b>: the caller reloads synchronously (single-flight). If the
 *       reload fails with a {@linkplain CampaignQueryException#isRetryable() retryable} failure
 *       (network, 5xx, rate limited, circuit open) and age &lt; maximum staleness, the last good value
 *       is served <em>stale</em> instead (stale-if-error): {@link #getWithMetadata} says so and how old
 *       it is, the {@link StaleServeListener} is told, and {@link CacheStatistics#staleServes()}
 *       counts it. At or past maximum staleness the failure reaches the caller.
 *   <li><b>After a failed reload</b> (background or synchronous) the delegate is not asked again for
 *       that id until refresh-after-write has passed: meanwhile reads are served from the cache
 *       (stale once past expire-after-write). An outage therefore costs one delegate call per id per
 *       refresh interval, not one per read.
 *   <li><b>Not found</b> is cached for the not-found TTL; every read in that time throws a
 *       {@link CampaignNotFoundException} without asking the delegate. A reload answering not-found
 *       replaces a cached value (the campaign is gone).
 *   <li><b>Unauthorized, invalid responses and invalid campaigns</b> (every non-retryable failure but
 *       not-found) are never cached and end stale-if-error: they drop the cached value, so a revoked
 *       token or a campaign that became invalid is never masked by an old copy.
 * </ul>
 *
 * <h2>How staleness is kept (design)</h2>
 *
 * <p>Caffeine holds one entry per id: a future that every caller of a load waits on and that is
 * always completed normally with a slot (a campaign with its load time and last reload failure, a
 * not-found answer, or a failure that is removed as soon as it is delivered). Expire-after-write is
 * therefore <em>not</em> Caffeine's expiry: entries must physically survive until maximum staleness
 * so that a failed reload can still serve them. Caffeine expires entries a fixed maximum staleness after
 * they were written; every other age (refresh-after-write, expire-after-write, the not-found TTL,
 * maximum staleness itself) is decided by this class on each read from the slot's own load time, so
 * recording a failed reload never extends a value's life and an expired not-found answer is asked
 * again at once (it is physically dropped with the rest, at maximum staleness or by size). A fixed
 * expiry, unlike a per-entry {@code Expiry}, writes nothing on a read: two threads reading the same
 * campaign share its cache line instead of fighting over it (a hit cost 5.9 x a raw Caffeine read with
 * a per-entry expiry on two threads, 1.7 x without). Single-flight
 * comes from atomically swapping the entry's future for a new one ({@code putIfAbsent} for a missing
 * entry, {@code replace(old, new)} for an expired one): the caller who wins runs the load, the others
 * wait on its future. Background reloads swap in their result with {@code replace(seen, result)}, so
 * an invalidation or a newer load always wins over them. The maximum size (default 10,000) bounds
 * fresh values, stale values and not-found answers alike (a load in flight weighs nothing until it
 * completes, as in every Caffeine async cache), so the last-good values are bounded too.
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
 * and evictions as {@link #statistics()}. Logging (SLF4J): a value's first failed reload at WARN,
 * repeats while it keeps failing and every stale serve at DEBUG, a dropped value at WARN; always the
 * failure's type and message, never a stack trace.
 *
 * <p><b>Nullness:</b> no argument may be {@code null} and no method returns {@code null}.
 *
 * <p><b>Thread-safety:</b> safe for concurrent use by any number of threads. A caller waiting for a
 * load waits as long as the delegate's call takes; the delegate's own deadline bounds it.
 */
public final class CachingCampaignQuery implements CampaignQuery {

  private static final Logger LOG = LoggerFactory.getLogger(CachingCampaignQuery.class);

  private final CampaignQuery delegate;
  private final AsyncCache<CampaignId, Slot> cache;
  private final ConcurrentMap<CampaignId, CompletableFuture<Slot>> entries;
  private final Counters counters = new Counters();
  private final Set<CampaignId> refreshing = ConcurrentHashMap.newKeySet();
  private final Ticker ticker;
  private final Executor executor;
  private final StaleServeListener listener;
  private final long maximumSize;
  private final Duration expireAfterWrite;
  private final Duration refreshAfterWrite;
  private final Duration maxStaleness;
  private final Duration notFoundTtl;
  private final long expireAfterWriteNanos;
  private final long refreshAfterWriteNanos;
  private final long maxStalenessNanos;
  private final long notFoundTtlNanos;

  private CachingCampaignQuery(Builder b) {
    this.delegate = b.delegate;
    this.ticker = b.ticker;
    this.executor = b.executor;
    this.listener = b.listener;
    this.maximumSize = b.maximumSize;
    this.expireAfterWrite = b.expireAfterWrite;
    this.refreshAfterWrite = b.refreshAfterWrite;
    this.maxStaleness = b.maxStaleness;
    this.notFoundTtl = b.notFoundTtl;
    this.expireAfterWriteNanos = nanos(b.expireAfterWrite);
    this.refreshAfterWriteNanos = nanos(b.refreshAfterWrite);
    this.maxStalenessNanos = nanos(b.maxStaleness);
    this.notFoundTtlNanos = nanos(b.notFoundTtl);
    this.cache = Caffeine.newBuilder()
        .expireAfterWrite(Duration.ofNanos(maxStalenessNanos))
        .maximumSize(b.maximumSize)
        .ticker(b.ticker)
        .executor(Runnable::run)
        .recordStats(() -> counters)
        .buildAsync();
    this.entries = cache.asMap();
  }

  private static long nanos(Duration d) {
    try {
      return d.toNanos();
    } catch (ArithmeticException e) {
      return Long.MAX_VALUE;
    }
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
    // Fast path for the common case, a fresh hit: no allocation, one ticker read.
    CompletableFuture<Slot> current = entries.get(id);
    if (current != null && current.isDone() && !current.isCompletedExceptionally()
        && current.getNow(null) instanceof Slot.Loaded loaded
        && loaded.lastFailure() == null
        && loaded.age(ticker.read()) < refreshAfterWriteNanos) {
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
      return serve(id, ready.slot(), ready.now(), false);
    }
    if (step instanceof Load load) {
      Slot slot = runLoad(id, load);
      return serve(id, slot, ticker.read(), true);
    }
    Slot slot = ((Join) step).future().join();
    return serve(id, slot, ticker.read(), false);
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
        CachedCampaign hit = serve(id, ready.slot(), ready.now(), false);
        return CompletableFuture.completedFuture(hit.campaign());
      } catch (RuntimeException e) {
        return CompletableFuture.failedFuture(e);
      }
    }
    if (step instanceof Load load) {
      try {
        executor.execute(() -> runLoad(id, load));
      } catch (RejectedExecutionException e) {
        complete(id, load.future(), new Slot.Failed(e));
        throw e;
      }
      return load.future().thenApply(slot -> serve(id, slot, ticker.read(), false).campaign());
    }
    return ((Join) step).future()
        .thenApplyAsync(slot -> serve(id, slot, ticker.read(), false).campaign(), executor);
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
  public void invalidate(CampaignId id) {
    entries.remove(Objects.requireNonNull(id, "id"));
  }

  /** Forgets every campaign, as {@link #invalidate} does for one. */
  public void invalidateAll() {
    entries.clear();
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
    return "CachingCampaignQuery[maximumSize=" + maximumSize + ", refreshAfterWrite="
        + refreshAfterWrite + ", expireAfterWrite=" + expireAfterWrite + ", maxStaleness="
        + maxStaleness + ", notFoundTtl=" + notFoundTtl + ", delegate="
        + delegate.getClass().getSimpleName() + "]";
  }

  // ------------------------------------------------------------------------------- internals

  /** What a read must do next. */
  private sealed interface Step permits Ready, Join, Load {}

  /** Answer from this completed slot, read at ticker time {@code now}. */
  private record Ready(Slot slot, long now) implements Step {}

  /** Wait for the load another caller is running. */
  private record Join(CompletableFuture<Slot> future) implements Step {}

  /** Run the load and complete {@code future}; {@code previous} is the slot it replaces, nullable. */
  private record Load(CompletableFuture<Slot> future, Slot previous) implements Step {}

  /** Decides, without blocking, whether the read is a hit, joins a load, or must run one. */
  private Step acquire(CampaignId id) {
    while (true) {
      CompletableFuture<Slot> current = entries.get(id);
      if (current == null) {
        CompletableFuture<Slot> mine = new CompletableFuture<>();
        if (entries.putIfAbsent(id, mine) == null) {
          counters.miss();
          return new Load(mine, null);
        }
        continue;
      }
      if (!current.isDone()) {
        counters.miss();
        return new Join(current);
      }
      Slot slot = current.isCompletedExceptionally() ? null : current.getNow(null);
      long now = ticker.read();
      if (slot instanceof Slot.Loaded loaded) {
        long age = loaded.age(now);
        boolean backingOff = loaded.backingOff(now, refreshAfterWriteNanos);
        if (age < expireAfterWriteNanos) {
          counters.hit();
          if (age >= refreshAfterWriteNanos && !backingOff) {
            refreshAhead(id, current, loaded);
          }
          return new Ready(loaded, now);
        }
        if (backingOff && age < maxStalenessNanos) {
          counters.hit();
          return new Ready(loaded, now);
        }
      } else if (slot instanceof Slot.Missing missing && now - missing.loadedAt() < notFoundTtlNanos) {
        counters.hit();
        return new Ready(missing, now);
      }
      // Expired, or a failed load not removed yet: this caller reloads; others will join it.
      CompletableFuture<Slot> mine = new CompletableFuture<>();
      if (entries.replace(id, current, mine)) {
        counters.miss();
        return new Load(mine, slot);
      }
    }
  }

  /** Runs a foreground load and publishes its outcome to every caller waiting on it. */
  private Slot runLoad(CampaignId id, Load load) {
    Slot slot = new Slot.Failed(new IllegalStateException("the load of campaign '" + id
        + "' ended without an outcome"));
    try {
      slot = fetch(id, load.previous());
    } finally {
      complete(id, load.future(), slot);
    }
    return slot;
  }

  private void complete(CampaignId id, CompletableFuture<Slot> future, Slot slot) {
    future.complete(slot);
    if (slot instanceof Slot.Failed) {
      entries.remove(id, future);
    }
  }

  /** Starts one background reload for {@code id} unless one is running. */
  private void refreshAhead(CampaignId id, CompletableFuture<Slot> seen, Slot.Loaded current) {
    if (!refreshing.add(id)) {
      return;
    }
    try {
      executor.execute(() -> {
        try {
          Slot next = fetch(id, current);
          if (next instanceof Slot.Failed) {
            entries.remove(id, seen);
          } else {
            entries.replace(id, seen, CompletableFuture.completedFuture(next));
          }
        } finally {
          refreshing.remove(id);
        }
      });
    } catch (RejectedExecutionException e) {
      refreshing.remove(id);
      LOG.debug("Refresh of campaign {} not started: the executor rejected it", id);
    }
  }

  /** Calls the delegate once and turns the outcome into a slot; never throws. */
  private Slot fetch(CampaignId id, Slot previous) {
    long start = ticker.read();
    Campaign campaign;
    try {
      campaign = Objects.requireNonNull(delegate.get(id), "the delegate returned null");
    } catch (CampaignNotFoundException e) {
      long now = ticker.read();
      counters.loadFailed(now - start);
      if (previous instanceof Slot.Loaded) {
        LOG.warn("Campaign {} no longer exists; dropped its cached value", id);
      }
      return new Slot.Missing(e, now);
    } catch (CampaignQueryException e) {
      long now = ticker.read();
      counters.loadFailed(now - start);
      return afterFailedLoad(id, previous, e, now);
    } catch (RuntimeException | Error e) {
      counters.loadFailed(ticker.read() - start);
      if (previous instanceof Slot.Loaded) {
        LOG.warn("Reloading campaign {} failed ({}); dropped its cached value", id, describe(e));
      }
      return new Slot.Failed(e);
    }
    long now = ticker.read();
    counters.loadSucceeded(now - start);
    return Slot.Loaded.fresh(campaign, now);
  }

  private Slot afterFailedLoad(CampaignId id, Slot previous, CampaignQueryException e, long now) {
    if (previous instanceof Slot.Loaded last) {
      long age = last.age(now);
      if (e.isRetryable() && age < maxStalenessNanos) {
        // WARN when a value's reloads start failing; repeats during the same outage at DEBUG.
        LOG.atLevel(last.lastFailure() == null ? Level.WARN : Level.DEBUG).log(
            "Reloading campaign {} failed ({}); keeping its last good value, now {} old, until it"
                + " is {} old", id, describe(e), Duration.ofNanos(age), maxStaleness);
        return last.afterFailedReload(e, now);
      }
      LOG.warn("Reloading campaign {} failed ({}); dropped its cached value ({})", id, describe(e),
          e.isRetryable() ? "older than the maximum staleness " + maxStaleness : "not retryable");
    }
    return new Slot.Failed(e);
  }

  /** Turns a slot into the read's answer; {@code owned} when this caller ran the load. */
  private CachedCampaign serve(CampaignId id, Slot slot, long now, boolean owned) {
    if (slot instanceof Slot.Loaded loaded) {
      Duration age = Duration.ofNanos(loaded.age(now));
      CampaignQueryException failure = loaded.lastFailure();
      boolean stale = failure != null && age.toNanos() >= expireAfterWriteNanos;
      if (stale) {
        counters.staleServe();
        LOG.debug("Serving campaign {} stale, {} old, after a failed reload ({})", id, age,
            describe(failure));
        notifyListener(id, age, failure);
      }
      return new CachedCampaign(loaded.campaign(), age, stale, Optional.ofNullable(failure));
    }
    Throwable cause = slot instanceof Slot.Missing missing
        ? missing.cause()
        : ((Slot.Failed) slot).cause();
    throw propagate(cause, owned);
  }

  private void notifyListener(CampaignId id, Duration age, CampaignQueryException failure) {
    try {
      listener.onStaleServe(id, age, failure);
    } catch (RuntimeException e) {
      LOG.warn("StaleServeListener failed ({}); ignored", describe(e));
    }
  }

  /**
   * The exception a caller receives. Callers that did not run the load get their own copy of a
   * {@link CampaignQueryException} (same type, context and stack trace), so no two threads share a
   * mutable throwable.
   */
  private static RuntimeException propagate(Throwable cause, boolean owned) {
    if (cause instanceof CampaignQueryException e) {
      return owned ? e : e.withAttempts(e.attempts());
    }
    if (cause instanceof RuntimeException e) {
      return e;
    }
    if (cause instanceof Error e) {
      throw e;
    }
    return new IllegalStateException("the delegate failed: " + cause, cause);
  }

  private static String describe(Throwable e) {
    return e.getClass().getSimpleName() + ": " + e.getMessage();
  }

  // ---------------------------------------------------------------------------------- builder

  /**
   * Configures a {@link CachingCampaignQuery}. Each setter checks its argument at once and names it in
   * the exception; {@link #build()} checks how the durations relate. Not thread-safe.
   */
  public static final class Builder {

    private final CampaignQuery delegate;
    private long maximumSize = 10_000;
    private Duration refreshAfterWrite = Duration.ofSeconds(30);
    private Duration expireAfterWrite = Duration.ofMinutes(5);
    private Duration maxStaleness = Duration.ofHours(1);
    private Duration notFoundTtl = Duration.ofSeconds(30);
    private Ticker ticker = Ticker.systemTicker();
    private Executor executor = ForkJoinPool.commonPool();
    private StaleServeListener listener = (id, age, cause) -> { };

    private Builder(CampaignQuery delegate) {
      this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    /**
     * The most entries kept (campaigns, fresh or stale, and not-found answers); Caffeine evicts
     * beyond it. Default 10,000.
     *
     * @param maximumSize at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code maximumSize} is less than 1
     */
    public Builder maximumSize(long maximumSize) {
      if (maximumSize < 1) {
        throw new IllegalArgumentException("maximumSize: " + maximumSize + " is less than 1");
      }
      this.maximumSize = maximumSize;
      return this;
    }

    /**
     * The age after which a read still gets the cached value but starts one background reload.
     * Default 30 s; must be shorter than expire-after-write. Also the pause after a failed reload
     * before the delegate is asked again for that id.
     *
     * @param d positive; not {@code null}
     * @return this builder
     * @throws IllegalArgumentException if {@code d} is not positive
     */
    public Builder refreshAfterWrite(Duration d) {
      this.refreshAfterWrite = positive("refreshAfterWrite", d);
      return this;
    }

    /**
     * The age after which a value is no longer served without reloading it synchronously. Default
     * 5 min.
     *
     * @param d positive; not {@code null}
     * @return this builder
     * @throws IllegalArgumentException if {@code d} is not positive
     */
    public Builder expireAfterWrite(Duration d) {
      this.expireAfterWrite = positive("expireAfterWrite", d);
      return this;
    }

    /**
     * The age up to which a value is still served when reloading it fails with a retryable failure
     * (stale-if-error); entries are kept this long. Default 1 h; at least expire-after-write (equal
     * turns stale-if-error off).
     *
     * @param d positive; not {@code null}
     * @return this builder
     * @throws IllegalArgumentException if {@code d} is not positive
     */
    public Builder maxStaleness(Duration d) {
      this.maxStaleness = positive("maxStaleness", d);
      return this;
    }

    /**
     * How long a not-found answer is cached. Default 30 s.
     *
     * @param d positive; not {@code null}
     * @return this builder
     * @throws IllegalArgumentException if {@code d} is not positive
     */
    public Builder notFoundTtl(Duration d) {
      this.notFoundTtl = positive("notFoundTtl", d);
      return this;
    }

    /**
     * The time source of every age and expiry. Default {@link Ticker#systemTicker()}; tests pass a
     * fake one.
     *
     * @param ticker not {@code null}
     * @return this builder
     */
    public Builder ticker(Ticker ticker) {
      this.ticker = Objects.requireNonNull(ticker, "ticker");
      return this;
    }

    /**
     * Where background reloads (refresh-ahead) run. Default {@link ForkJoinPool#commonPool()}. It must
     * eventually run every task it accepts: until a reload has run, no other reload of that id starts.
     *
     * @param executor not {@code null}
     * @return this builder
     */
    public Builder executor(Executor executor) {
      this.executor = Objects.requireNonNull(executor, "executor");
      return this;
    }

    /**
     * Told of every stale serve. Default: none (stale serves are still logged and counted).
     *
     * @param listener not {@code null}
     * @return this builder
     */
    public Builder staleServeListener(StaleServeListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * Builds the cache.
     *
     * @return a new, empty cache
     * @throws IllegalArgumentException if refresh-after-write is not shorter than expire-after-write,
     *     or maximum staleness is shorter than expire-after-write
     */
    public CachingCampaignQuery build() {
      if (refreshAfterWrite.compareTo(expireAfterWrite) >= 0) {
        throw new IllegalArgumentException("refreshAfterWrite: " + refreshAfterWrite
            + " is not shorter than expireAfterWrite " + expireAfterWrite);
      }
      if (maxStaleness.compareTo(expireAfterWrite) < 0) {
        throw new IllegalArgumentException("maxStaleness: " + maxStaleness
            + " is shorter than expireAfterWrite " + expireAfterWrite);
      }
      return new CachingCampaignQuery(this);
    }

    private static Duration positive(String name, Duration d) {
      Objects.requireNonNull(d, name);
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + ": " + d + " is not positive");
      }
      return d;
    }
  }
}
