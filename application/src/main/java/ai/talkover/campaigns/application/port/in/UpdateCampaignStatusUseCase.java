package ai.talkover.campaigns.application.port.in;

import ai.talkover.campaigns.application.port.out.CampaignQueryException;
import ai.talkover.campaigns.application.port.out.InvalidTransitionException;
import ai.talkover.campaigns.application.port.out.StatusChange;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import ai.talkover.campaigns.domain.campaign.CampaignStatus;

/**
 * Moves a campaign to another status, checking the documented transitions first (draft → active |
 * cancelled; active → paused | completed | cancelled; paused → active | completed | cancelled;
 * completed and cancelled are final).
 *
 * <p>Implementations are thread-safe. Arguments are not {@code null}.
 */
public interface UpdateCampaignStatusUseCase {

  /**
   * Reads the campaign's current status (fresh), refuses a transition the docs do not allow without
   * sending anything, sends the change, and forgets the cached campaign.
   *
   * @param campaignId the campaign
   * @param status the status to set
   * @return the API's answer
   * @throws InvalidTransitionException when the transition is not allowed (locally, or by the API)
   * @throws CampaignQueryException when the campaign cannot be read or changed
   */
  StatusChange updateStatus(CampaignId campaignId, CampaignStatus.Known status);
}
