package ai.talkover.campaigns.domain.compliance;

import ai.talkover.campaigns.domain.contact.PhoneNumber;
import java.time.ZoneId;
import java.util.Set;

/**
 * Answers in which time zones a recipient's phone number may be: the port through which the opt-in
 * recipient policies ({@link CompliancePolicies}) learn the recipient's local time. The domain holds no
 * numbering-plan data; an adapter (libphonenumber's time-zone mapper) implements it.
 *
 * <p>Implementations must be thread-safe, must not block for long (the engine asks once per decision
 * that needs the recipient's zone), and should return the same answer for the same number.
 */
@FunctionalInterface
public interface RecipientZoneLookup {

  /**
   * The time zones the number's region may be in.
   *
   * @param number the normalised number; never {@code null}
   * @return every zone the number may be in; empty when the zone is unknown (toll-free, non-geographic
   *     or unknown numbers); never {@code null}, no {@code null} element
   */
  Set<ZoneId> zonesOf(PhoneNumber number);

  /**
   * A lookup that knows no number's zone: every number is of unknown zone.
   *
   * @return the lookup
   */
  static RecipientZoneLookup unknown() {
    return number -> Set.of();
  }
}
