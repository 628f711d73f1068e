package ai.talkover.campaigns.application.port.out;

import java.time.Duration;
import java.util.Optional;

/**
 * The API is rate limiting (HTTP 429), or the client's own request budget had no request left within
 * the call's deadline ({@link #isLocalBudget()}: nothing was sent). Retryable after
 * {@link #retryAfter()}.
 */
public final class RateLimitedException extends CampaignQueryException {

  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;
  private final boolean localBudget;

  RateLimitedException(Context context, Duration retryAfter) {
    this(context, retryAfter, false);
  }

  RateLimitedException(Context context, Duration retryAfter, boolean localBudget) {
    super((localBudget ? "rate limited by the local request budget (no request sent)"
        : "rate limited by the Talkover API")
        + (retryAfter == null ? "" : " (retry after " + retryAfter.toSeconds() + " s)"), context, null);
    this.retryAfter = retryAfter;
    this.localBudget = localBudget;
  }

  /**
   * Whether the client's own request budget refused the request before it was sent (the "local
   * budget" kind), rather than the API answering 429.
   *
   * @return true for a local refusal
   */
  public boolean isLocalBudget() {
    return localBudget;
  }

  /**
   * The delay the API asked for ({@code Retry-After} or the body's {@code details.retry_after}).
   *
   * @return the delay, or empty when the API named none
   */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  @Override
  public boolean isRetryable() {
    return true;
  }

  @Override
  public RateLimitedException withAttempts(int attempts) {
    RateLimitedException copy = new RateLimitedException(context().withAttempts(attempts), retryAfter, localBudget);
    copy.setStackTrace(getStackTrace());
    return copy;
  }
}
