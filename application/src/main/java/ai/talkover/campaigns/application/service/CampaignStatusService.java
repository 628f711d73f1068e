package ai.talkover.campaigns.application.service;

import ai.talkover.campaigns.application.port.in.UpdateCampaignStatusUseCase;
import ai.talkover.campaigns.application.port.out.CampaignCommands;
import ai.talkover.campaigns.application.port.out.CampaignQuery;
import ai.talkover.campaigns.application.port.out.CampaignQueryException;
import ai.talkover.campaigns.application.port.out.StatusChange;
import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import ai.talkover.campaigns.domain.campaign.CampaignStatus;
import ai.talkover.campaigns.domain.campaign.StatusTransitions;
import java.util.Objects;

/**
 * The use case "set the status of campaign X": reads the campaign past the cache, refuses a
 * transition {@link StatusTransitions} does not allow before sending anything, sends it through
 * {@link CampaignCommands}, and invalidates the cached campaign afterwards (also after a failure,
 * which may have changed it). Thread-safe when its ports are.
 */
public final class CampaignStatusService implements UpdateCampaignStatusUseCase {

  private final CampaignQuery campaigns;
  private final CampaignCommands commands;

  /**
   * Creates the service.
   *
   * @param campaigns where campaigns are read and invalidated; not {@code null}
   * @param commands where the change is sent; not {@code null}
   */
  public CampaignStatusService(CampaignQuery campaigns, CampaignCommands commands) {
    this.campaigns = Objects.requireNonNull(campaigns, "campaigns");
    this.commands = Objects.requireNonNull(commands, "commands");
  }

  @Override
  public StatusChange updateStatus(CampaignId campaignId, CampaignStatus.Known status) {
    Objects.requireNonNull(campaignId, "campaignId");
    Objects.requireNonNull(status, "status");
    Campaign campaign = campaigns.getFresh(campaignId);
    CampaignStatus from = campaign.status().orElse(null);
    if (from == null || !StatusTransitions.isAllowed(from, status)) {
      throw CampaignQueryException.invalidTransition(
          CampaignQueryException.Context.noResponse(campaignId.value(), 0), from, status);
    }
    try {
      return commands.updateStatus(campaignId, status);
    } finally {
      campaigns.invalidate(campaignId);
    }
  }
}
