package ai.talkover.campaigns.bootstrap;

import ai.talkover.campaigns.adapter.cache.CacheStatistics;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link TalkoverCampaigns} knows about its own state at one instant, for health checks and
 * dashboards: reading it never calls the API. Immutable and thread-safe.
 *
 * @param asOf when the snapshot was taken, by the configured clock; not {@code null}
 * @param circuitBreakerState the circuit breaker's state as Resilience4j names it ({@code CLOSED},
 *     {@code OPEN}, {@code HALF_OPEN}, {@code FORCED_OPEN}, ...); not blank
 * @param callsPermitted false while the breaker rejects every call ({@code OPEN} or
 *     {@code FORCED_OPEN}): reads are then served only from the cache
 * @param cache the cache's counters; not {@code null}
 * @param cachedCampaigns the approximate number of cache entries (values, stale values and
 *     not-found answers)
 * @param lastSuccessfulFetch when the API last answered a read successfully; empty before the
 *     first; not {@code null}
 */
public record ClientHealth(
    Instant asOf,
    String circuitBreakerState,
    boolean callsPermitted,
    CacheStatistics cache,
    long cachedCampaigns,
    Optional<Instant> lastSuccessfulFetch) {

  /** Checks that nothing is {@code null} and the breaker state is named. */
  public ClientHealth {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(circuitBreakerState, "circuitBreakerState");
    if (circuitBreakerState.isBlank()) {
      throw new IllegalArgumentException("circuitBreakerState: is blank");
    }
    Objects.requireNonNull(cache, "cache");
    Objects.requireNonNull(lastSuccessfulFetch, "lastSuccessfulFetch");
  }

  /**
   * How long ago the API last answered a read successfully.
   *
   * @return the age at {@link #asOf()} (zero, never negative, if the clock went back); empty before
   *     the first success
   */
  public Optional<Duration> lastSuccessfulFetchAge() {
    return lastSuccessfulFetch.map(at -> {
      Duration age = Duration.between(at, asOf);
      return age.isNegative() ? Duration.ZERO : age;
    });
  }
}
