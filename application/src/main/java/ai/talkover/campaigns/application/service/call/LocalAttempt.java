package ai.talkover.campaigns.application.service.call;

import ai.talkover.campaigns.domain.contact.CallAttempt;
import ai.talkover.campaigns.domain.contact.PhoneNumber;
import java.time.Instant;
import java.util.Objects;

/**
 * One call attempt the gate made, as its {@link LocalHistory} keeps it: until the API lists the call
 * in the campaign's {@code calls[]} (or, when the outcome is unknown, until the hold period ends) the
 * attempt counts as a call in progress and towards caps. Immutable.
 *
 * @param attemptId unique id of the attempt (a later record with the same id replaces it)
 * @param number the number called
 * @param startedAt when the attempt began
 * @param callId the API's call id when the call is known to be queued; null when the outcome is
 *     unknown
 * @param countsUntil until when the entry counts; after {@code startedAt}
 */
record LocalAttempt(
    String attemptId, PhoneNumber number, Instant startedAt, String callId, Instant countsUntil) {

  LocalAttempt {
    Objects.requireNonNull(attemptId, "attemptId");
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(countsUntil, "countsUntil");
    if (!countsUntil.isAfter(startedAt)) {
      throw new IllegalArgumentException("countsUntil: " + countsUntil + " is not after "
          + startedAt);
    }
  }

  boolean countsAt(Instant now) {
    return now.isBefore(countsUntil);
  }

  /** The attempt as the rules read it: a call in progress ({@code queued}) made at the start. */
  CallAttempt toAttempt() {
    return CallAttempt.of(startedAt, "queued");
  }
}
