package ai.talkover.campaigns.domain.contact;

/** Thrown when a phone number does not have the E.164 shape; the message holds the raw input. */
public final class InvalidPhoneNumberException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String raw;

  /**
   * Creates the exception.
   *
   * @param raw the number as the user wrote it; may be {@code null}
   */
  public InvalidPhoneNumberException(String raw) {
    super("invalid phone number '" + raw + "': expected E.164, '+' then 7 to 15 digits, the first not 0"
        + " (spaces, dashes, dots and parentheses are allowed)");
    this.raw = raw;
  }

  /**
   * The number as written.
   *
   * @return the raw input; may be {@code null}
   */
  public String raw() {
    return raw;
  }
}
