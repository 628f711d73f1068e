package ai.talkover.campaigns.domain.contact;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A number to decide for, with what the caller knows beyond the campaign's {@code calls[]}.
 *
 * @param number the contact's number; never {@code null}
 * @param enqueuedAt when the contact entered the campaign (rule 7); nullable
 * @param knownAttempts attempts the caller knows of that the API may not list yet; never {@code null}
 */
public record Contact(PhoneNumber number, Instant enqueuedAt, List<CallAttempt> knownAttempts) {

  /** Checks and copies the components. */
  public Contact {
    Objects.requireNonNull(number, "number");
    knownAttempts = List.copyOf(knownAttempts);
  }

  /**
   * A contact with no enqueued instant and no extra attempts.
   *
   * @param number the number; not {@code null}
   * @return the contact
   */
  public static Contact of(PhoneNumber number) {
    return new Contact(number, null, List.of());
  }

  /**
   * A contact parsed from a number as written.
   *
   * @param number the number, for example {@code "+1 555-000-0001"}; not {@code null}
   * @return the contact
   * @throws InvalidPhoneNumberException when the number is not E.164-shaped
   */
  public static Contact of(String number) {
    return of(PhoneNumber.parse(number));
  }

  /**
   * This contact with an enqueued instant.
   *
   * @param at when the contact entered the campaign; nullable
   * @return a new contact
   */
  public Contact withEnqueuedAt(Instant at) {
    return new Contact(number, at, knownAttempts);
  }

  /**
   * This contact with extra attempts.
   *
   * @param attempts the attempts; not {@code null}
   * @return a new contact
   */
  public Contact withKnownAttempts(List<CallAttempt> attempts) {
    return new Contact(number, enqueuedAt, attempts);
  }

  /**
   * When the contact entered the campaign.
   *
   * @return the instant, or empty
   */
  public Optional<Instant> enqueued() {
    return Optional.ofNullable(enqueuedAt);
  }
}
