package ai.talkover.campaigns.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a campaign's {@code calls[]}: the call's id, the number as the API wrote it, and the
 * attempt it records.
 *
 * <p>An entry whose {@code to} is not a valid number is kept (and shown) but matches no contact.
 *
 * @param id the call id; nullable
 * @param to the number as written; nullable (matches no contact)
 * @param attempt the attempt; never {@code null}
 */
public record CallRecord(String id, String to, CallAttempt attempt) {

  /** Checks the required components. */
  public CallRecord {
    Objects.requireNonNull(attempt, "attempt");
  }

  /**
   * The number this call was made to, when {@code to} is a valid number.
   *
   * @return the normalised number, or empty
   */
  public Optional<PhoneNumber> number() {
    return PhoneNumber.tryParse(to);
  }
}
