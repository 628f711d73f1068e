package ai.talkover.campaigns.adapter.http;

import ai.talkover.campaigns.application.port.out.CampaignQueryException;

/**
 * One attempt's failure as the {@link io.github.resilience4j.retry.Retry} sees it: the port's
 * exception plus the call's deadline, so that {@link RetryInterval} can read, from the exception
 * alone, both the wait the server asked for and the time the call has left. Never leaves the
 * adapter: the call unwraps {@link #failure()} once the retry gives up. No stack trace (the
 * failure has its own).
 */
final class FailedAttempt extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient CampaignQueryException failure;
  private final long deadlineAtMillis;
  private volatile boolean circuitOpened;

  /**
   * Wraps an attempt's failure.
   *
   * @param failure the port's exception; not {@code null}
   * @param deadlineAtMillis the call's deadline, as a reading of the adapter's clock
   */
  FailedAttempt(CampaignQueryException failure, long deadlineAtMillis) {
    super(failure.getMessage(), failure, false, false);
    this.failure = failure;
    this.deadlineAtMillis = deadlineAtMillis;
  }

  /**
   * The port's exception.
   *
   * @return the failure
   */
  CampaignQueryException failure() {
    return failure;
  }

  /**
   * The call's deadline.
   *
   * @return a reading of the adapter's clock, in milliseconds
   */
  long deadlineAtMillis() {
    return deadlineAtMillis;
  }

  /** Notes that the retry stopped because this failure left the circuit open. */
  void markCircuitOpened() {
    circuitOpened = true;
  }

  /**
   * Whether the retry stopped because the circuit was open after this failure.
   *
   * @return true when the next attempt could not have been sent
   */
  boolean circuitOpened() {
    return circuitOpened;
  }
}
