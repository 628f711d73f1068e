package ai.talkover.campaigns.adapter.http;

import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.functions.Either;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The wait before the next attempt, as Resilience4j's {@link IntervalBiFunction}: the delay the API
 * asked for ({@code Retry-After} or {@code details.retry_after}) when there is one, else exponential
 * backoff from {@code initial} doubling up to {@code max}, each lowered by a random part of up to
 * {@code jitter} of itself. When the wait would not end before the call's deadline, the answer is
 * {@code -1}: Resilience4j then stops retrying and the caller fails fast instead of waiting.
 *
 * <p>The asked delay and the time left belong to one call, so the caller {@linkplain #hint states
 * them} on its own thread just before it reports the failure to the retry context, which evaluates
 * this function synchronously on that thread. Thread-safe.
 */
final class Backoff implements IntervalBiFunction<Object> {

  /**
   * What one call knows when an attempt failed.
   *
   * @param askedWait the delay the API asked for; nullable
   * @param timeLeft time left before the call's deadline
   */
  record Hint(Duration askedWait, Duration timeLeft) {}

  private static final ThreadLocal<Hint> HINT = new ThreadLocal<>();

  private final long initialMillis;
  private final long maxMillis;
  private final double jitter;

  /**
   * Creates the function.
   *
   * @param initial the first backoff
   * @param max the largest backoff
   * @param jitter the largest random reduction, as a fraction in [0, 1]
   */
  Backoff(Duration initial, Duration max, double jitter) {
    this.initialMillis = initial.toMillis();
    this.maxMillis = max.toMillis();
    this.jitter = jitter;
  }

  /**
   * Runs {@code action} with the hint visible to this function on the current thread.
   *
   * @param hint the hint
   * @param action what reports the failure to the retry context
   * @return the action's answer
   */
  static long hint(Hint hint, java.util.function.LongSupplier action) {
    HINT.set(hint);
    try {
      return action.getAsLong();
    } finally {
      HINT.remove();
    }
  }

  /**
   * The backoff before retry number {@code retry}, without the API's delay or the deadline.
   *
   * @param retry 1 for the first retry
   * @return the wait in milliseconds
   */
  long backoffMillis(int retry) {
    long base = initialMillis;
    for (int i = 1; i < retry && base < maxMillis; i++) {
      base *= 2;
    }
    base = Math.min(base, maxMillis);
    if (jitter == 0) {
      return base;
    }
    return base - (long) (base * jitter * ThreadLocalRandom.current().nextDouble());
  }

  @Override
  public Long apply(Integer attempts, Either<Throwable, Object> outcome) {
    Hint hint = HINT.get();
    long wait = hint != null && hint.askedWait() != null
        ? saturatedMillis(hint.askedWait())
        : backoffMillis(attempts);
    if (hint != null && wait >= hint.timeLeft().toMillis()) {
      return -1L;
    }
    return wait;
  }

  private static long saturatedMillis(Duration d) {
    try {
      return d.toMillis();
    } catch (ArithmeticException e) {
      return Long.MAX_VALUE;
    }
  }
}
