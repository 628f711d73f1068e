package ai.talkover.campaigns.domain;

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
    if (!isNormalisedShape(e164)) {
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
    String normalised = normalise(raw);
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
    String normalised = normalise(raw);
    return normalised == null ? Optional.empty() : Optional.of(new PhoneNumber(normalised));
  }

  /**
   * Normalises {@code raw} to E.164, or answers {@code null} when it is not a valid number.
   *
   * @param raw the number as written; not {@code null}
   * @return the normalised string, or {@code null}
   */
  static String normalise(String raw) {
    StringBuilder out = null;
    int length = raw.length();
    for (int i = 0; i < length; i++) {
      char c = raw.charAt(i);
      if (c == ' ' || c == '-' || c == '.' || c == '(' || c == ')') {
        if (out == null) {
          out = new StringBuilder(length);
          out.append(raw, 0, i);
        }
      } else if (out != null) {
        out.append(c);
      }
    }
    String candidate = out == null ? raw : out.toString();
    return isNormalisedShape(candidate) ? candidate : null;
  }

  private static boolean isNormalisedShape(String s) {
    int digits = s.length() - 1;
    if (digits < 7 || digits > 15 || s.charAt(0) != '+' || s.charAt(1) == '0') {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
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
