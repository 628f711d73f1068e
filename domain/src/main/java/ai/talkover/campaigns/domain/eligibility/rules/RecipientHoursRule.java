package ai.talkover.campaigns.domain.eligibility.rules;

import ai.talkover.campaigns.domain.eligibility.Reason;
import ai.talkover.campaigns.domain.internal.time.InstantSet;

/**
 * Opt-in policy {@code RECIPIENT_QUIET_HOURS}: the recipient's local time, in every zone the number
 * may be in, must lie in the allowed {@link ai.talkover.campaigns.domain.compliance.RecipientHours}.
 * The set of those instants joins rule 10's search.
 */
public final class RecipientHoursRule {

  private RecipientHoursRule() {}

  /**
   * Applies the policy at now.
   *
   * @param hours the allowed instants in every zone of the number; nullable (policy off or zone
   *     refused)
   * @param nowSecond the epoch second of now
   * @return closed when now is outside them
   */
  public static Verdict check(InstantSet hours, long nowSecond) {
    return hours != null && !hours.containsSecond(nowSecond)
        ? Verdict.closed(Reason.RECIPIENT_QUIET_HOURS)
        : Verdict.NO_OBJECTION;
  }
}
