package ai.talkover.campaigns.domain.eligibility.rules;

import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.eligibility.Reason;

/** Rule 1, {@code CAMPAIGN_NOT_ACTIVE}: {@code status} is not {@code active}. A permanent block. */
public final class CampaignActiveRule {

  private CampaignActiveRule() {}

  /**
   * Applies the rule.
   *
   * @param campaign the campaign
   * @return blocked unless the campaign is active
   */
  public static Verdict check(Campaign campaign) {
    return campaign.isActive() ? Verdict.NO_OBJECTION : Verdict.blocked(Reason.CAMPAIGN_NOT_ACTIVE);
  }
}
