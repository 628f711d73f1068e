package ai.talkover.campaigns.domain.eligibility;

import ai.talkover.campaigns.domain.contact.PhoneNumber;
import java.util.Collection;
import java.util.Set;

/**
 * The caller's do-not-call list (environment or global) that rule 2 reads: the Talkover API has no
 * endpoint for it, so it comes through this out-port, from the caller to the engine (and through the
 * application's use cases, which pass it on).
 *
 * <p>Implementations must be thread-safe and answer quickly: a decision asks once when the campaign
 * enables do-not-call, a plan once per contact.
 */
@FunctionalInterface
public interface DoNotCallList {

  /**
   * Whether the list holds a number.
   *
   * @param number the normalised number; never {@code null}
   * @return true when the number must not be called
   * @throws RuntimeException when the list cannot be read; the engine and the use cases pass it on,
   *     they never treat an unreadable list as empty
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
