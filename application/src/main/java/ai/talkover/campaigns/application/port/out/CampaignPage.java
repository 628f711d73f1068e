package ai.talkover.campaigns.application.port.out;

import ai.talkover.campaigns.domain.campaign.Campaign;
import java.util.List;
import java.util.Objects;

/**
 * One page of List Campaigns.
 *
 * @param campaigns the page's campaigns, in API order
 * @param pagination the page's pagination block
 */
public record CampaignPage(List<Campaign> campaigns, Pagination pagination) {

  /** Copies the list. */
  public CampaignPage {
    campaigns = List.copyOf(campaigns);
    Objects.requireNonNull(pagination, "pagination");
  }
}
