package ai.talkover.campaigns.application.port.out;

import java.time.Duration;

/**
 * The API request budget a client spends before each request it sends, so that it never provokes a
 * 429: a token bucket per credential, shared by every node of a fleet or local to one process.
 *
 * <p><b>Thread-safety:</b> implementations must be safe for concurrent use by any number of threads.
 * <b>Nullness:</b> no argument may be {@code null}.
 */
public interface RequestBudget {

  /**
   * Takes one request from the budget, waiting at most {@code maxWait} for it.
   *
   * @param campaignId the campaign the request is for, for the failure's context; nullable (a list)
   * @param maxWait the longest wait, usually the time left before the call's deadline; zero or
   *     negative means do not wait
   * @throws RateLimitedException (the "local budget" kind, {@link RateLimitedException#isLocalBudget()})
   *     when no request is available within {@code maxWait}: nothing was sent
   */
  void acquire(String campaignId, Duration maxWait);

  /**
   * Tells the budget what the API said of its own window ({@code X-RateLimit-Remaining} and
   * {@code X-RateLimit-Reset}), so that it never sends more than the API still accepts. Never
   * throws; a budget that cannot record it keeps its own pace.
   *
   * @param remaining the requests left in the API's window, at least 0
   * @param untilReset how long until the API's window resets; zero or positive
   */
  void observe(long remaining, Duration untilReset);

  /**
   * A budget that never waits nor refuses (the API's own 429s are the only limit).
   *
   * @return the unlimited budget
   */
  static RequestBudget unlimited() {
    return new RequestBudget() {
      @Override
      public void acquire(String campaignId, Duration maxWait) {
        // unlimited: every request may go
      }

      @Override
      public void observe(long remaining, Duration untilReset) {
        // unlimited: the API's window is not tracked
      }

      @Override
      public String toString() {
        return "RequestBudget.unlimited()";
      }
    };
  }
}
