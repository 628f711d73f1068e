package ai.talkover.campaigns.application.service.call;

import ai.talkover.campaigns.application.port.out.CampaignFilter;
import ai.talkover.campaigns.application.port.out.CampaignPage;
import ai.talkover.campaigns.application.port.out.CampaignQuery;
import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/** A query serving one campaign the test can replace, counting fresh reads and invalidations. */
final class SwappableQuery implements CampaignQuery {
  final AtomicReference<Campaign> campaign = new AtomicReference<>();
  final AtomicInteger freshReads = new AtomicInteger();
  final AtomicInteger invalidations = new AtomicInteger();

  SwappableQuery(Campaign c) {
    campaign.set(c);
  }

  @Override
  public Campaign get(CampaignId id) {
    throw new AssertionError("the gate reads fresh");
  }

  @Override
  public Campaign getFresh(CampaignId id) {
    freshReads.incrementAndGet();
    return campaign.get();
  }

  @Override
  public void invalidate(CampaignId id) {
    invalidations.incrementAndGet();
  }

  @Override
  public CampaignPage list(CampaignFilter filter) {
    throw new AssertionError("not listed");
  }
}
