package ai.talkover.campaigns.json;

/**
 * A body that is not what the API documents: empty, not JSON, truncated, beyond the parser limits,
 * an envelope with {@code success:false} or without {@code data}, a bad pagination block. A
 * campaign that is readable but breaks the domain's rules is an
 * {@link ai.talkover.campaigns.domain.campaign.InvalidCampaignException} instead.
 */
public final class InvalidBodyException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** What the API's own message said, when the body had one. */
  private final String apiMessage;

  InvalidBodyException(String detail, String apiMessage, Throwable cause) {
    super(detail, cause);
    this.apiMessage = apiMessage;
  }

  /**
   * What is wrong with the body, for example {@code truncated JSON: the body ends at line 3, column
   * 7 inside a value}.
   *
   * @return the detail; never {@code null}
   */
  public String detail() {
    return getMessage();
  }

  /**
   * The body's {@code message} (or {@code error.message}), when it had one as text.
   *
   * @return the message, or {@code null}
   */
  public String apiMessage() {
    return apiMessage;
  }
}
