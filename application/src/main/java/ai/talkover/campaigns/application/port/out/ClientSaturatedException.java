package ai.talkover.campaigns.application.port.out;

/**
 * The client is saturated: every pooled connection stayed busy until the call's deadline (or the
 * pool lease timeout) passed, so <em>no request was sent</em>. It is local back-pressure, not the API
 * failing: the adapter never retries it as a network error and its circuit breaker never counts it.
 * Retryable later (a cache may serve a stale value on it); a caller seeing it often needs a larger
 * pool ({@code maxConnections}), fewer concurrent calls, or a longer deadline.
 */
public final class ClientSaturatedException extends CampaignQueryException {

  private static final long serialVersionUID = 1L;

  ClientSaturatedException(Context context, Throwable cause) {
    super("Talkover client saturated (no pooled connection became free in time, no request sent)",
        context, cause);
  }

  @Override
  public boolean isRetryable() {
    return true;
  }

  @Override
  public ClientSaturatedException withAttempts(int attempts) {
    ClientSaturatedException copy = new ClientSaturatedException(context().withAttempts(attempts), getCause());
    copy.setStackTrace(getStackTrace());
    return copy;
  }
}
