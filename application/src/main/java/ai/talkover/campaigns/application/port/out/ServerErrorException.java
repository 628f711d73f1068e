package ai.talkover.campaigns.application.port.out;

/** The API failed (HTTP 5xx or 408). Retryable. */
public final class ServerErrorException extends CampaignQueryException {

  private static final long serialVersionUID = 1L;

  ServerErrorException(Context context) {
    super("Talkover API server error", context, null);
  }

  @Override
  public boolean isRetryable() {
    return true;
  }

  @Override
  public ServerErrorException withAttempts(int attempts) {
    ServerErrorException copy = new ServerErrorException(context().withAttempts(attempts));
    copy.setStackTrace(getStackTrace());
    return copy;
  }
}
