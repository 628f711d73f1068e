package ai.talkover.campaigns.application.port.out;

import ai.talkover.campaigns.domain.campaign.CampaignId;
import ai.talkover.campaigns.domain.campaign.CampaignStatus;
import ai.talkover.campaigns.domain.contact.PhoneNumber;

/**
 * Changes Talkover campaigns: queue one call under a campaign (Make Campaign Call) and set a
 * campaign's status (Update Campaign Status). The write side next to {@link CampaignQuery}.
 *
 * <p><b>Thread-safety:</b> implementations must be safe for concurrent use by any number of threads.
 *
 * <p><b>Nullness:</b> no argument may be {@code null} and no method returns {@code null}.
 *
 * <p><b>No blind retries:</b> Make Campaign Call has no idempotency key and no way to cancel a
 * queued call, so an implementation sends a call again only when the first request certainly was
 * not processed (the connection was refused before anything was sent; the API answered 429). Every
 * failure after the request may have reached the server (timeout, reset, 5xx, a damaged 2xx
 * answer) is thrown at once, never re-sent. {@code allow_duplicates} is always {@code false}.
 *
 * <p><b>Failures</b> are the {@link CampaignQueryException} family: as for reads
 * ({@link UnauthorizedException} for 401/403, {@link CampaignNotFoundException},
 * {@link RateLimitedException}, {@link ServerErrorException}, {@link NetworkException},
 * {@link InvalidResponseException}, {@link ServiceUnavailableException}) plus the write-side kinds
 * {@link DuplicateCallException} (409), {@link InvalidRequestException} (422),
 * {@link CampaignNotActiveException} (400 on Make Campaign Call) and
 * {@link InvalidTransitionException} (400 on Update Campaign Status).
 */
public interface CampaignCommands {

  /**
   * Queues one call under a campaign, once.
   *
   * @param campaignId the campaign
   * @param to the number to call
   * @param details payload, context and test flag
   * @return the API's receipt
   * @throws DuplicateCallException when the number already has an active or queued call in the
   *     campaign (the existing call is attached)
   * @throws CampaignNotActiveException when the campaign is not {@code active}
   * @throws InvalidRequestException when the API rejects a field (the field is named)
   * @throws CampaignQueryException for every other failure; see {@link NetworkException#kind()}
   *     to tell a connection never made from one that failed later
   */
  CallReceipt placeCall(CampaignId campaignId, PhoneNumber to, CallDetails details);

  /**
   * Sets a campaign's status. Implementations do not check the transition; the use case does.
   *
   * @param campaignId the campaign
   * @param status the status to set
   * @return the API's answer
   * @throws InvalidTransitionException when the API refuses the transition (400)
   * @throws InvalidRequestException when the API rejects the value (422)
   * @throws CampaignQueryException for every other failure
   */
  StatusChange updateStatus(CampaignId campaignId, CampaignStatus.Known status);
}
