package ai.talkover.campaigns.domain.eligibility.rules;

import ai.talkover.campaigns.domain.contact.CallStatus;
import ai.talkover.campaigns.domain.eligibility.Reason;

/** Rule 3, {@code CALL_IN_PROGRESS}: {@code last} is in flight. A permanent block. */
public final class CallInProgressRule {

  private CallInProgressRule() {}

  /**
   * Applies the rule.
   *
   * @param history the contact's history
   * @return blocked while the latest attempt is under way
   */
  public static Verdict check(History history) {
    return history.lastGroup() == CallStatus.Group.IN_FLIGHT
        ? Verdict.blocked(Reason.CALL_IN_PROGRESS)
        : Verdict.NO_OBJECTION;
  }
}
