package ai.talkover.campaigns.json;

/**
 * A body that is not what the API documents: empty, not JSON, truncated, beyond the parser limits,
 * an envelope with {@code success:false} or without {@code data}, a bad pagination block, a write
 * endpoint's body with a member missing or of the wrong JSON type. A
 * campaign that is readable but breaks the domain's rules is an
 * {@link ai.talkover.campaigns.domain.campaign.InvalidCampaignException} instead.
 */
public final class InvalidBodyException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** What the API's own message said, when the body had one. */
  private final String apiMessage;
  /** The member at fault, as the API spells it; null when the body as a whole is. */
  private final String field;

  InvalidBodyException(String detail, String apiMessage, Throwable cause) {
    this(detail, apiMessage, null, cause);
  }

  InvalidBodyException(String detail, String apiMessage, String field, Throwable cause) {
    super(detail, cause);
    this.apiMessage = apiMessage;
    this.field = field;
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

  /**
   * The member at fault, named by Jackson's path as the API spells it ({@code campaign_call.created_at},
   * {@code is_testing}), when one member is.
   *
   * @return the member, or {@code null} when the body as a whole is at fault
   */
  public String field() {
    return field;
  }
}
