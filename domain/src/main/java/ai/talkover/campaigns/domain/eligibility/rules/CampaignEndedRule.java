package ai.talkover.campaigns.domain.eligibility.rules;

import ai.talkover.campaigns.domain.eligibility.Reason;
import ai.talkover.campaigns.domain.internal.time.WindowSet;

/**
 * Rule 6, {@code CAMPAIGN_ENDED}: {@code end_date} is set and now's local date is after it. A
 * permanent block: no later instant can be in the window again.
 */
public final class CampaignEndedRule {

  private CampaignEndedRule() {}

  /**
   * Applies the rule.
   *
   * @param windowAtNow {@link WindowSet#flagsAt} of the campaign's window at now
   * @return blocked after the end date
   */
  public static Verdict check(int windowAtNow) {
    return (windowAtNow & WindowSet.AFTER_END) != 0
        ? Verdict.blocked(Reason.CAMPAIGN_ENDED)
        : Verdict.NO_OBJECTION;
  }
}
