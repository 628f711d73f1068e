package ai.talkover.campaigns.application.port.out;

/** The API refused the token (HTTP 401 or 403). Not retryable; never cached. */
public final class UnauthorizedException extends CampaignQueryException {

  private static final long serialVersionUID = 1L;

  UnauthorizedException(Context context) {
    super("unauthorized", context, null);
  }

  @Override
  public boolean isRetryable() {
    return false;
  }

  @Override
  public UnauthorizedException withAttempts(int attempts) {
    UnauthorizedException copy = new UnauthorizedException(context().withAttempts(attempts));
    copy.setStackTrace(getStackTrace());
    return copy;
  }
}
