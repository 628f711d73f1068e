package ai.talkover.campaigns.domain.eligibility.rules;

import ai.talkover.campaigns.domain.campaign.RetryPolicy;
import ai.talkover.campaigns.domain.eligibility.Reason;

/** Rule 5, {@code MAX_RETRIES_REACHED}: {@code attempts} is at least 1 + {@code max_retries}. */
public final class MaxRetriesRule {

  private MaxRetriesRule() {}

  /**
   * Applies the rule.
   *
   * @param history the contact's history
   * @param retry the campaign's retry policy
   * @return blocked once the attempts are used up
   */
  public static Verdict check(History history, RetryPolicy retry) {
    return history.attempts() >= retry.maxAttempts()
        ? Verdict.blocked(Reason.MAX_RETRIES_REACHED)
        : Verdict.NO_OBJECTION;
  }
}
