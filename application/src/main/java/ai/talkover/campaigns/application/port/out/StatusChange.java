package ai.talkover.campaigns.application.port.out;

import ai.talkover.campaigns.domain.campaign.CampaignStatus;
import java.time.Instant;
import java.util.Objects;

/**
 * Update Campaign Status's 200 answer ({@code data}: {@code id}, {@code status},
 * {@code updated_at}). Immutable.
 *
 * @param campaignId the campaign's id; never {@code null}
 * @param status the status the API reports now; never {@code null}
 * @param updatedAt when the API changed it; nullable
 */
public record StatusChange(String campaignId, CampaignStatus status, Instant updatedAt) {

  /** Checks the required components. */
  public StatusChange {
    Objects.requireNonNull(campaignId, "campaignId");
    Objects.requireNonNull(status, "status");
  }
}
