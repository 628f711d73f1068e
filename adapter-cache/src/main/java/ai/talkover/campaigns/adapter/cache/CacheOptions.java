package ai.talkover.campaigns.adapter.cache;

import ai.talkover.campaigns.application.port.out.CampaignQuery;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;

/**
 * The settings a {@link CachingCampaignQuery.Builder} collects and its setters, each checking its
 * value at once ({@link CacheSettings}' checks name the setting as the user wrote it).
 * Package-private and sealed to the builder: callers see {@code CachingCampaignQuery.Builder} and
 * its setters, this class only holds them so that the entry point's file stays the entry point.
 * {@link CachingCampaignQuery.Builder#build()} turns the values into {@link CacheSettings}.
 *
 * <p>Not thread-safe.
 */
abstract sealed class CacheOptions permits CachingCampaignQuery.Builder {

  private final CampaignQuery delegate;
  private long maximumSize = 10_000;
  private Duration refreshAfterWrite = Duration.ofSeconds(30);
  private Duration expireAfterWrite = Duration.ofMinutes(5);
  private Duration maxStaleness = Duration.ofHours(1);
  private Duration notFoundTtl = Duration.ofSeconds(30);
  private Ticker ticker = Ticker.systemTicker();
  private Executor executor = ForkJoinPool.commonPool();
  private StaleServeListener listener = (id, age, cause) -> { };

  CacheOptions(CampaignQuery delegate) {
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
  public CachingCampaignQuery.Builder maximumSize(long maximumSize) {
    this.maximumSize = CacheSettings.checkMaximumSize(maximumSize);
    return self();
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
  public CachingCampaignQuery.Builder refreshAfterWrite(Duration d) {
    this.refreshAfterWrite = CacheSettings.positive("refreshAfterWrite", d);
    return self();
  }

  /**
   * The age after which a value is no longer served without reloading it synchronously. Default
   * 5 min.
   *
   * @param d positive; not {@code null}
   * @return this builder
   * @throws IllegalArgumentException if {@code d} is not positive
   */
  public CachingCampaignQuery.Builder expireAfterWrite(Duration d) {
    this.expireAfterWrite = CacheSettings.positive("expireAfterWrite", d);
    return self();
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
  public CachingCampaignQuery.Builder maxStaleness(Duration d) {
    this.maxStaleness = CacheSettings.positive("maxStaleness", d);
    return self();
  }

  /**
   * How long a not-found answer is cached. Default 30 s.
   *
   * @param d positive; not {@code null}
   * @return this builder
   * @throws IllegalArgumentException if {@code d} is not positive
   */
  public CachingCampaignQuery.Builder notFoundTtl(Duration d) {
    this.notFoundTtl = CacheSettings.positive("notFoundTtl", d);
    return self();
  }

  /**
   * The time source of every age and expiry. Default {@link Ticker#systemTicker()}; tests pass a
   * fake one.
   *
   * @param ticker not {@code null}
   * @return this builder
   */
  public CachingCampaignQuery.Builder ticker(Ticker ticker) {
    this.ticker = Objects.requireNonNull(ticker, "ticker");
    return self();
  }

  /**
   * Where background reloads (refresh-ahead) run. Default {@link ForkJoinPool#commonPool()}. It must
   * eventually run every task it accepts: until a reload has run, no other reload of that id starts.
   *
   * @param executor not {@code null}
   * @return this builder
   */
  public CachingCampaignQuery.Builder executor(Executor executor) {
    this.executor = Objects.requireNonNull(executor, "executor");
    return self();
  }

  /**
   * Told of every stale serve. Default: none (stale serves are still logged and counted).
   *
   * @param listener not {@code null}
   * @return this builder
   */
  public CachingCampaignQuery.Builder staleServeListener(StaleServeListener listener) {
    this.listener = Objects.requireNonNull(listener, "listener");
    return self();
  }

  /**
   * The values, checked as a whole.
   *
   * @return the settings
   * @throws IllegalArgumentException if refresh-after-write is not shorter than expire-after-write,
   *     or maximum staleness is shorter than expire-after-write
   */
  final CacheSettings settings() {
    return new CacheSettings(delegate, maximumSize, refreshAfterWrite, expireAfterWrite,
        maxStaleness, notFoundTtl, ticker, executor, listener);
  }

  private CachingCampaignQuery.Builder self() {
    return (CachingCampaignQuery.Builder) this;
  }
}
