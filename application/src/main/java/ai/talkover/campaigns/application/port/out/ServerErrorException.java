package ai.talkover.campaigns.application.port.out;

import java.time.Duration;
import java.util.Optional;

/** The API failed (HTTP 5xx or 408). Retryable, after {@link #retryAfter()} when the server named one. */
public final class ServerErrorException extends CampaignQueryException {

  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;

  ServerErrorException(Context context, Duration retryAfter) {
    super("Talkover API server error", context, null);
    this.retryAfter = retryAfter;
  }

  /**
   * The delay the server asked for with {@code Retry-After} (a 503 often sends one).
   *
   * @return the delay, or empty when the server named none
   */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  @Override
  public boolean isRetryable() {
    return true;
  }

  @Override
  public ServerErrorException withAttempts(int attempts) {
    ServerErrorException copy = new ServerErrorException(context().withAttempts(attempts), retryAfter);
    copy.setStackTrace(getStackTrace());
    return copy;
  }
}
