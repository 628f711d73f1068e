package ai.talkover.campaigns.application.port.out;

import java.time.Duration;
import java.util.Optional;

/** The API is rate limiting (HTTP 429). Retryable after {@link #retryAfter()}. */
public final class RateLimitedException extends CampaignQueryException {

  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;

  RateLimitedException(Context context, Duration retryAfter) {
    super("rate limited by the Talkover API"
        + (retryAfter == null ? "" : " (retry after " + retryAfter.toSeconds() + " s)"), context, null);
    this.retryAfter = retryAfter;
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
    RateLimitedException copy = new RateLimitedException(context().withAttempts(attempts), retryAfter);
    copy.setStackTrace(getStackTrace());
    return copy;
  }
}
