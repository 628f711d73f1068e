package ai.talkover.campaigns.domain.eligibility.rules;

import ai.talkover.campaigns.domain.campaign.RetryPolicy;
import ai.talkover.campaigns.domain.contact.CallStatus;
import ai.talkover.campaigns.domain.eligibility.Reason;

/**
 * Rule 4, {@code CONTACT_COMPLETED}: {@code last} is completed and {@code retry_on_no_conversion} is
 * not true. A permanent block.
 */
public final class ContactCompletedRule {

  private ContactCompletedRule() {}

  /**
   * Applies the rule.
   *
   * @param history the contact's history
   * @param retry the campaign's retry policy
   * @return blocked after a completed call, unless the campaign retries those
   */
  public static Verdict check(History history, RetryPolicy retry) {
    return history.lastGroup() == CallStatus.Group.COMPLETED && !retry.retryOnNoConversion()
        ? Verdict.blocked(Reason.CONTACT_COMPLETED)
        : Verdict.NO_OBJECTION;
  }
}
