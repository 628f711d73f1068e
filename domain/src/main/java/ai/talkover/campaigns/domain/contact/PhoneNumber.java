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
 * {@code +15550000001}) is still valid. Two numbers are equal when their normalised forms are, and
 * they are ordered as those strings are.
 *
 * <p>A value, like a record of its normalised form; a class rather than a record because it also
 * keeps its {@linkplain #sortKey() sort key}, computed once, so that sorting and indexing numbers (a
 * plan of a million contacts) reads one long per number instead of its string. Immutable and
 * thread-safe.
 */
public final class PhoneNumber implements Comparable<PhoneNumber> {

  private final String e164;
  private final long sortKey;

  /**
   * A number already in normalised form.
   *
   * @param e164 the normalised number, for example {@code +15550000001}; not {@code null}
   * @throws InvalidPhoneNumberException when {@code e164} is not in normalised form
   */
  public PhoneNumber(String e164) {
    Objects.requireNonNull(e164, "e164");
    if (!E164.isNormalised(e164)) {
      throw new InvalidPhoneNumberException(e164);
    }
    this.e164 = e164;
    this.sortKey = E164.sortKey(e164);
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

  /**
   * The normalised number.
   *
   * @return the number, for example {@code +15550000001}; never {@code null}
   */
  public String e164() {
    return e164;
  }

  /**
   * A long ordered as the numbers are and equal exactly when they are: the digits padded on the
   * right with zeros to 15, times 16, plus the count of digits (so {@code +1555000001} and
   * {@code +15550000010} differ). Positive.
   *
   * @return the key
   */
  public long sortKey() {
    return sortKey;
  }

  /** Orders numbers as their normalised strings, read from their sort keys. */
  @Override
  public int compareTo(PhoneNumber other) {
    return Long.compare(sortKey, other.sortKey);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PhoneNumber other && sortKey == other.sortKey;
  }

  @Override
  public int hashCode() {
    return e164.hashCode();
  }

  @Override
  public String toString() {
    return e164;
  }
}
