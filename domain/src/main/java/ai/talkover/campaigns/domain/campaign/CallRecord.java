package ai.talkover.campaigns.domain.campaign;

import ai.talkover.campaigns.domain.contact.CallAttempt;
import ai.talkover.campaigns.domain.contact.PhoneNumber;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a campaign's {@code calls[]}: the call's id, the number as the API wrote it, and the
 * attempt it records. Immutable and thread-safe.
 *
 * <p>An entry whose {@code to} is not a valid number is kept (and shown) but matches no contact.
 *
 * @param id the call id; nullable
 * @param to the number as written; nullable (matches no contact)
 * @param attempt the attempt; never {@code null}
 * @param unknownFields members of the API's {@code calls[]} entry that this library does not model,
 *     as plain Java values (String, Number, Boolean, List, Map or null); {@code null} is read as
 *     none. Kept as an unmodifiable copy in input order (nested lists and maps are unmodifiable
 *     copies too); never {@code null}. They play no part in eligibility.
 */
public record CallRecord(String id, String to, CallAttempt attempt, Map<String, Object> unknownFields) {

  /** Checks the required components and copies {@code unknownFields}. */
  public CallRecord {
    Objects.requireNonNull(attempt, "attempt");
    unknownFields = UnknownFields.copyOf(unknownFields);
  }

  /**
   * A call record without unknown members.
   *
   * @param id the call id; nullable
   * @param to the number as written; nullable (matches no contact)
   * @param attempt the attempt; not {@code null}
   * @throws NullPointerException when {@code attempt} is {@code null}
   */
  public CallRecord(String id, String to, CallAttempt attempt) {
    this(id, to, attempt, Map.of());
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
