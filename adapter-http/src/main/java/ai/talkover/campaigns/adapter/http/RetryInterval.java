package ai.talkover.campaigns.adapter.http;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.core.functions.Either;
import java.time.Clock;
import java.time.Duration;

/**
 * The wait before the next attempt, as Resilience4j's {@link IntervalBiFunction}: the wait the
 * server asked for when the failure carries one ({@code Retry-After}, or the body's
 * {@code details.retry_after}), else the configured {@link IntervalFunction} (by default
 * {@link IntervalFunction#ofExponentialRandomBackoff exponential random backoff}, 200 ms doubling to
 * 2 s, randomised by half). When that wait would not end before the call's deadline, or the circuit
 * is open so the next attempt could not be sent, the answer is {@code -1}: the retry then stops and
 * the call fails at once instead of waiting. Both the server's wait and the deadline are read from
 * the {@link FailedAttempt} itself, so nothing is passed beside the exception. Thread-safe.
 */
final class RetryInterval implements IntervalBiFunction<Object> {

  private final IntervalFunction backoff;
  private final Clock clock;
  private final CircuitBreaker circuitBreaker;

  /**
   * Creates the function.
   *
   * @param backoff the wait after attempt {@code n} when the server named none
   * @param clock the clock the deadline is read against
   * @param circuitBreaker the breaker the next attempt would go through
   */
  RetryInterval(IntervalFunction backoff, Clock clock, CircuitBreaker circuitBreaker) {
    this.backoff = backoff;
    this.clock = clock;
    this.circuitBreaker = circuitBreaker;
  }

  @Override
  public Long apply(Integer attempts, Either<Throwable, Object> outcome) {
    if (outcome.isRight() || !(outcome.getLeft() instanceof FailedAttempt failed)) {
      return backoff.apply(attempts);
    }
    long wait = Failures.serverWait(failed.failure())
        .map(RetryInterval::saturatedMillis)
        .orElseGet(() -> backoff.apply(attempts));
    long timeLeft = failed.deadlineAtMillis() - clock.millis();
    if (wait >= timeLeft) {
      return -1L;
    }
    CircuitBreaker.State state = circuitBreaker.getState();
    if (state == CircuitBreaker.State.OPEN || state == CircuitBreaker.State.FORCED_OPEN) {
      failed.markCircuitOpened();
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
