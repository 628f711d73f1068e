package ai.talkover.campaigns.application.port.in;

import ai.talkover.campaigns.application.port.out.CampaignQueryException;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import ai.talkover.campaigns.domain.contact.Contact;
import ai.talkover.campaigns.domain.eligibility.PlannedContact;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Plans a contact list of a campaign: one decision per contact, ordered by next eligible instant
 * (none last), then number.
 *
 * <p>Implementations are thread-safe. Arguments are not {@code null}.
 */
public interface PlanContactsUseCase {

  /**
   * Plans the contacts, now. The campaign is read once.
   *
   * @param campaignId the campaign
   * @param contacts the contacts
   * @return one row per contact, in plan order
   * @throws CampaignQueryException when the campaign cannot be read
   * @throws RuntimeException when the do-not-call list cannot be read (never treated as empty)
   */
  List<PlannedContact> plan(CampaignId campaignId, Collection<Contact> contacts);

  /**
   * Plans the contacts at a given instant instead of now (tomorrow morning's plan, or a replay). The
   * campaign is read once, as it is now.
   *
   * @param campaignId the campaign
   * @param contacts the contacts
   * @param at the instant to plan at
   * @return one row per contact, in plan order at {@code at}
   * @throws CampaignQueryException when the campaign cannot be read
   * @throws RuntimeException when the do-not-call list cannot be read (never treated as empty)
   */
  List<PlannedContact> plan(CampaignId campaignId, Collection<Contact> contacts, Instant at);
}
