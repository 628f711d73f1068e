package ai.talkover.campaigns.adapter.cache;

import ai.talkover.campaigns.application.port.out.CampaignQuery;
import ai.talkover.campaigns.json.TalkoverJsonReader;
import ai.talkover.campaigns.testkit.CampaignQueryContract;
import ai.talkover.campaigns.testkit.InMemoryCampaignQuery;
import java.util.List;
import java.util.OptionalInt;

/** The port contract, run against the cache decorator in front of the in-memory fake. */
class CachingCampaignQueryContractTest extends CampaignQueryContract {

  private InMemoryCampaignQuery delegate;

  @Override
  protected CampaignQuery createQuery(List<String> campaignDataJson) {
    delegate = new InMemoryCampaignQuery();
    campaignDataJson.stream().map(TalkoverJsonReader.standard()::readSavedCampaign).forEach(delegate::put);
    return CachingCampaignQuery.builder(delegate).executor(Runnable::run).build();
  }

  @Override
  protected OptionalInt listRequestCount() {
    return OptionalInt.of(delegate.listCount());
  }
}
