package ai.talkover.campaigns.application.port.out;

/**
 * The API answered with something it does not document: another 4xx, a wrong content type, a body
 * that is not JSON, truncated, too large or too deep, {@code success:false}, or no {@code data}. Not
 * retryable; never cached.
 */
public final class InvalidResponseException extends CampaignQueryException {

  private static final long serialVersionUID = 1L;

  private final String detail;

  InvalidResponseException(Context context, String detail, Throwable cause) {
    super("invalid response from the Talkover API: " + detail, context, cause);
    this.detail = detail;
  }

  /**
   * What is wrong with the response.
   *
   * @return a short description
   */
  public String detail() {
    return detail;
  }

  @Override
  public boolean isRetryable() {
    return false;
  }

  @Override
  public InvalidResponseException withAttempts(int attempts) {
    InvalidResponseException copy =
        new InvalidResponseException(context().withAttempts(attempts), detail, getCause());
    copy.setStackTrace(getStackTrace());
    return copy;
  }
}
