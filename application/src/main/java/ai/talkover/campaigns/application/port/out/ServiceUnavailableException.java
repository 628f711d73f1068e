package ai.talkover.campaigns.application.port.out;

/** The circuit breaker is open, so no request was sent. Retryable later. */
public final class ServiceUnavailableException extends CampaignQueryException {

  private static final long serialVersionUID = 1L;

  ServiceUnavailableException(Context context) {
    super("Talkover API unavailable (circuit breaker open, no request sent)", context, null);
  }

  @Override
  public boolean isRetryable() {
    return true;
  }

  @Override
  public ServiceUnavailableException withAttempts(int attempts) {
    ServiceUnavailableException copy = new ServiceUnavailableException(context().withAttempts(attempts));
    copy.setStackTrace(getStackTrace());
    return copy;
  }
}
