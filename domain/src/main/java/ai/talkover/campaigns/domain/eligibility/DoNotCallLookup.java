package ai.talkover.campaigns.domain.eligibility;

import ai.talkover.campaigns.domain.contact.PhoneNumber;

/**
 * Answers whether the caller's do-not-call list (environment or global) holds a number. The API has no
 * endpoint for it, so it comes from the caller.
 *
 * <p>Implementations must be thread-safe when a plan or decision runs on several threads, and must not
 * block for long: the engine calls it once per number decided.
 */
@FunctionalInterface
public interface DoNotCallLookup {

  /**
   * Whether the list holds a number.
   *
   * @param number the normalised number; never {@code null}
   * @return true when it must not be called
   */
  boolean isListed(PhoneNumber number);

  /**
   * A list that holds nothing.
   *
   * @return the empty lookup
   */
  static DoNotCallLookup none() {
    return number -> false;
  }
}
