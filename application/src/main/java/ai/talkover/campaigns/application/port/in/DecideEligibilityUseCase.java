package ai.talkover.campaigns.application.port.in;

import ai.talkover.campaigns.application.port.out.CampaignQueryException;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import ai.talkover.campaigns.domain.contact.Contact;
import ai.talkover.campaigns.domain.eligibility.Decision;
import java.time.Instant;

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

  /**
   * Decides for one contact of a campaign at a given instant instead of now (to answer "may I call at
   * 18:00?", or to replay a decision). The campaign is read as it is now.
   *
   * @param campaignId the campaign
   * @param contact the contact, with any attempts and enqueued instant the caller knows
   * @param at the instant to decide at
   * @return the decision at {@code at}
   * @throws CampaignQueryException when the campaign cannot be read
   * @throws RuntimeException when the do-not-call list cannot be read (never treated as empty)
   */
  Decision decide(CampaignId campaignId, Contact contact, Instant at);
}
