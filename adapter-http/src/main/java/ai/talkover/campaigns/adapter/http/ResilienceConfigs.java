package ai.talkover.campaigns.adapter.http;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * The adapter's Resilience4j configurations: its defaults, then the caller's customiser, then what
 * the adapter does not let a customiser change (which failures the breaker counts and the retry
 * retries, the interval that honours the server's wait and the deadline, the clock). Stateless.
 */
final class ResilienceConfigs {

  private ResilienceConfigs() {}

  /**
   * The breaker: the defaults, then the caller's customiser, then this adapter's classification of
   * what counts (not overridable: it is what keeps 404s, saturation and bad bodies from opening the
   * circuit) and its clock.
   */
  static CircuitBreakerConfig circuitBreaker(Duration deadline,
      Consumer<CircuitBreakerConfig.Builder> customizer, Clock clock) {
    // From a built base, so that a customiser may set any knob again (Resilience4j refuses a
    // builder that sets the open-state wait twice).
    CircuitBreakerConfig.Builder config = CircuitBreakerConfig.from(CircuitBreakerConfig.custom()
        .failureRateThreshold(50)
        .slidingWindow(20, 10, CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
        // Resilience4j's lock-free window: every call records into it, and under 200 threads on
        // few cores the synchronised one made calls queue behind a descheduled lock holder.
        .slidingWindowSynchronizationStrategy(
            CircuitBreakerConfig.SlidingWindowSynchronizationStrategy.LOCK_FREE)
        .waitDurationInOpenState(Duration.ofSeconds(30))
        .permittedNumberOfCallsInHalfOpenState(3)
        // A trial call lasts at most one deadline; a half-open state left by one that never
        // reports goes back to open after this, so it can never stick.
        .maxWaitDurationInHalfOpenState(max(deadline.multipliedBy(2), Duration.ofSeconds(30)))
        .build());
    customizer.accept(config);
    return config
        .recordException(Failures::countsAsFailure)
        .ignoreException(t -> !Failures.countsAsFailure(t))
        .clock(clock)
        .build();
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  /**
   * The retry: 3 attempts, then the caller's customiser, then this adapter's predicate (network,
   * 408, 429, 5xx) and interval (the server's wait, else
   * {@link TalkoverHttpCampaignQuery.Builder#backoff}, within the deadline).
   */
  static RetryConfig retry(Consumer<RetryConfig.Builder<Object>> customizer,
      IntervalFunction backoff, Clock clock, CircuitBreaker breaker) {
    RetryConfig.Builder<Object> config = RetryConfig.<Object>custom().maxAttempts(3);
    customizer.accept(config);
    return config
        .retryExceptions()
        .ignoreExceptions()
        .retryOnException(t -> t instanceof FailedAttempt f && Failures.isRetried(f.failure()))
        .retryOnResult(null)
        .failAfterMaxAttempts(false)
        .intervalBiFunction(new RetryInterval(backoff, clock, breaker))
        .build();
  }
}
