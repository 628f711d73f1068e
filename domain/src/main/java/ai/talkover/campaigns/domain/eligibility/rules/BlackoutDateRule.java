package ai.talkover.campaigns.domain.eligibility.rules;

import ai.talkover.campaigns.domain.eligibility.Reason;
import ai.talkover.campaigns.domain.internal.time.InstantSet;

/**
 * Opt-in policy {@code BLACKOUT_DATE}: listed dates are closed all day, in the campaign's zone or in
 * every zone of the recipient. The set of the other days' instants joins rule 10's search.
 */
public final class BlackoutDateRule {

  private BlackoutDateRule() {}

  /**
   * Applies the policy at now.
   *
   * @param open the instants of days that are no blackout; nullable (policy off or zone refused)
   * @param nowSecond the epoch second of now
   * @return closed when now's date is a blackout
   */
  public static Verdict check(InstantSet open, long nowSecond) {
    return open != null && !open.containsSecond(nowSecond)
        ? Verdict.closed(Reason.BLACKOUT_DATE)
        : Verdict.NO_OBJECTION;
  }
}
