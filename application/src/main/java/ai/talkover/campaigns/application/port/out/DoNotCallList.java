package ai.talkover.campaigns.application.port.out;

import ai.talkover.campaigns.domain.contact.PhoneNumber;
import java.util.Collection;
import java.util.Set;

/**
 * The caller's do-not-call list (environment or global): the Talkover API has no endpoint for it, so
 * it comes through this port.
 *
 * <p>Implementations must be thread-safe and answer quickly: a plan asks once per contact.
 */
@FunctionalInterface
public interface DoNotCallList {

  /**
   * Whether the list holds a number.
   *
   * @param number the normalised number; never {@code null}
   * @return true when the number must not be called
   * @throws RuntimeException when the list cannot be read; the use case passes it on, it never
   *     treats an unreadable list as empty
   */
  boolean contains(PhoneNumber number);

  /**
   * An immutable in-memory list.
   *
   * @param numbers the numbers; not {@code null}, no {@code null} element
   * @return the list
   */
  static DoNotCallList inMemory(Collection<PhoneNumber> numbers) {
    Set<PhoneNumber> copy = Set.copyOf(numbers);
    return copy::contains;
  }

  /**
   * A list that holds nothing.
   *
   * @return the empty list
   */
  static DoNotCallList empty() {
    return number -> false;
  }
}
