package ai.talkover.campaigns.domain.contact;

import ai.talkover.campaigns.domain.internal.input.E164;
import java.util.Objects;
import java.util.Optional;

/**
 * A contact's phone number in normalised E.164 shape: {@code +} then 7 to 15 digits, the first not
 * {@code 0}.
 *
 * <p>Spaces, dashes, dots and parentheses are removed before the shape is checked; anything else is
 * invalid. Only the shape is checked: a number that no numbering plan knows (such as
 * {@code +15550000001}) is still valid. Two numbers are equal when their normalised forms are.
 *
 * @param e164 the normalised number, for example {@code +15550000001}; never {@code null}
 */
public record PhoneNumber(String e164) implements Comparable<PhoneNumber> {

  /** Validates that {@code e164} is already in normalised form. */
  public PhoneNumber {
    Objects.requireNonNull(e164, "e164");
    if (!E164.isNormalised(e164)) {
      throw new InvalidPhoneNumberException(e164);
    }
  }

  /**
   * Parses a number as a person or the API wrote it.
   *
   * @param raw the number, for example {@code "+1 (555) 000-0001"}; not {@code null}
   * @return the normalised number
   * @throws InvalidPhoneNumberException when the number does not have the E.164 shape; the message
   *     holds {@code raw}
   */
  public static PhoneNumber parse(String raw) {
    Objects.requireNonNull(raw, "raw");
    String normalised = E164.normalise(raw);
    if (normalised == null) {
      throw new InvalidPhoneNumberException(raw);
    }
    return new PhoneNumber(normalised);
  }

  /**
   * Parses a number, answering empty instead of throwing when it is invalid.
   *
   * @param raw the number; may be {@code null} (gives empty)
   * @return the normalised number, or empty when {@code raw} is null or invalid
   */
  public static Optional<PhoneNumber> tryParse(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String normalised = E164.normalise(raw);
    return normalised == null ? Optional.empty() : Optional.of(new PhoneNumber(normalised));
  }

  @Override
  public int compareTo(PhoneNumber other) {
    return e164.compareTo(other.e164);
  }

  @Override
  public String toString() {
    return e164;
  }
}
