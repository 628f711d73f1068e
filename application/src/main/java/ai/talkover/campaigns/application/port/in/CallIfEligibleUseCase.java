package ai.talkover.campaigns.application.port.in;

import ai.talkover.campaigns.application.port.out.CallDetails;
import ai.talkover.campaigns.application.port.out.CampaignQueryException;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import ai.talkover.campaigns.domain.contact.Contact;
import ai.talkover.campaigns.domain.eligibility.Decision;

/**
 * The compliance gate: queues a call under a campaign only when the local rules and policies allow
 * it now, on fresh data, with one holder per number at a time, and never sends the same call twice
 * blind.
 *
 * <p>Implementations are thread-safe. Arguments are not {@code null}.
 */
public interface CallIfEligibleUseCase {

  /**
   * Decides for the contact now and, when callable, queues one call.
   *
   * @param campaignId the campaign
   * @param contact the contact, with any attempts and enqueued instant the caller knows
   * @param details the call's payload, context and test flag
   * @return what happened: placed, refused (with every reason), duplicate, or outcome unknown
   * @throws CampaignQueryException when the campaign cannot be read, or the API refused the request
   *     in a way that certainly queued nothing (401/403, 404, 422, 429 past the deadline, connection
   *     refused, circuit open)
   * @throws RuntimeException when the do-not-call list cannot be read (never treated as empty)
   */
  CallOutcome callIfEligible(CampaignId campaignId, Contact contact, CallDetails details);

  /**
   * Decides as {@link #callIfEligible} would, on the same fresh data (the campaign re-read, the
   * gate's own attempts), without reserving the number or sending anything: a dry run.
   *
   * @param campaignId the campaign
   * @param contact the contact
   * @return the decision; callable when the gate would now try to place the call
   * @throws CampaignQueryException when the campaign cannot be read
   */
  Decision wouldCall(CampaignId campaignId, Contact contact);
}
