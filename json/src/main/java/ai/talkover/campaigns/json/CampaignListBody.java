package ai.talkover.campaigns.json;

import ai.talkover.campaigns.domain.campaign.Campaign;
import java.util.List;
import java.util.Objects;

/**
 * One List Campaigns page as read: its campaigns, validated by the domain, and its pagination block.
 *
 * @param campaigns the campaigns in body order; unmodifiable, never {@code null}
 * @param pagination the pagination block; never {@code null}
 */
public record CampaignListBody(List<Campaign> campaigns, PaginationBlock pagination) {

  /** Copies the list and checks the components. */
  public CampaignListBody {
    campaigns = List.copyOf(campaigns);
    Objects.requireNonNull(pagination, "pagination");
  }
}
