package ai.talkover.campaigns.adapter.cache;

import ai.talkover.campaigns.application.port.out.CampaignQuery;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * The settings of one {@link CachingCampaignQuery}, as its builder collected them, checked as a
 * whole: refresh-after-write shorter than expire-after-write, maximum staleness at least
 * expire-after-write. The static checks below are the ones the builder's setters apply to each value
 * at once, so that a bad value is named as the user wrote the setting. Immutable.
 *
 * @param delegate the query to cache
 * @param maximumSize the most entries kept
 * @param refreshAfterWrite the age at which refresh-ahead starts (and a failed reload's pause)
 * @param expireAfterWrite the age past which a value is reloaded before it is served
 * @param maxStaleness the age up to which a value is served stale when reloading it fails
 * @param notFoundTtl how long a not-found answer is cached
 * @param ticker the time source of every age and expiry
 * @param executor where background reloads run
 * @param listener told of every stale serve
 */
record CacheSettings(CampaignQuery delegate, long maximumSize, Duration refreshAfterWrite,
    Duration expireAfterWrite, Duration maxStaleness, Duration notFoundTtl, Ticker ticker,
    Executor executor, StaleServeListener listener) {

  /**
   * Checks how the durations relate.
   *
   * @throws IllegalArgumentException if refresh-after-write is not shorter than expire-after-write,
   *     or maximum staleness is shorter than expire-after-write
   */
  CacheSettings {
    if (refreshAfterWrite.compareTo(expireAfterWrite) >= 0) {
      throw new IllegalArgumentException("refreshAfterWrite: " + refreshAfterWrite
          + " is not shorter than expireAfterWrite " + expireAfterWrite);
    }
    if (maxStaleness.compareTo(expireAfterWrite) < 0) {
      throw new IllegalArgumentException("maxStaleness: " + maxStaleness
          + " is shorter than expireAfterWrite " + expireAfterWrite);
    }
  }

  /** The durations as the ticker counts them. */
  Freshness freshness() {
    return new Freshness(nanos(refreshAfterWrite), nanos(expireAfterWrite), nanos(maxStaleness),
        nanos(notFoundTtl));
  }

  /** The sizes and durations, and the delegate's type (never its state), as {@code name=value}s. */
  String describe() {
    return "maximumSize=" + maximumSize + ", refreshAfterWrite=" + refreshAfterWrite
        + ", expireAfterWrite=" + expireAfterWrite + ", maxStaleness=" + maxStaleness
        + ", notFoundTtl=" + notFoundTtl + ", delegate=" + delegate.getClass().getSimpleName();
  }

  @Override
  public String toString() {
    return "CacheSettings[" + describe() + "]";
  }

  private static long nanos(Duration d) {
    try {
      return d.toNanos();
    } catch (ArithmeticException e) {
      return Long.MAX_VALUE;
    }
  }

  // ------------------------------------------------------------ checks of one value, for setters

  static long checkMaximumSize(long maximumSize) {
    if (maximumSize < 1) {
      throw new IllegalArgumentException("maximumSize: " + maximumSize + " is less than 1");
    }
    return maximumSize;
  }

  static Duration positive(String setting, Duration d) {
    Objects.requireNonNull(d, setting);
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(setting + ": " + d + " is not positive");
    }
    return d;
  }
}
