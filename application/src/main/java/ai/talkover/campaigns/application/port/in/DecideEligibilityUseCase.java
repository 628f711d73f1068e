package ai.talkover.campaigns.application.port.in;

import ai.talkover.campaigns.application.port.out.CampaignQueryException;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import ai.talkover.campaigns.domain.contact.Contact;
import ai.talkover.campaigns.domain.eligibility.Decision;

/**
 * Decides whether a number of a campaign may be called now and, if not, when next.
 *
 * <p>Implementations are thread-safe. Arguments are not {@code null}.
 */
public interface DecideEligibilityUseCase {

  /**
   * Decides for one contact of a campaign, now.
   *
   * @param campaignId the campaign
   * @param contact the contact, with any attempts and enqueued instant the caller knows
   * @return the decision
   * @throws CampaignQueryException when the campaign cannot be read
   * @throws RuntimeException when the do-not-call list cannot be read (never treated as empty)
   */
  Decision decide(CampaignId campaignId, Contact contact);
}
