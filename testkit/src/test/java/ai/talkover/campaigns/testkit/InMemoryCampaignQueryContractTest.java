package ai.talkover.campaigns.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talkover.campaigns.application.port.out.CampaignQuery;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/** The port contract, run against the in-memory fake. */
class InMemoryCampaignQueryContractTest extends CampaignQueryContract {

  private InMemoryCampaignQuery fake;

  @Override
  protected CampaignQuery createQuery(List<String> campaignDataJson) {
    List<CampaignJsonBuilder> seeds = seededCampaigns();
    // The builders are the same campaigns as the JSON, in the same order.
    assertThat(seeds.stream().map(CampaignJsonBuilder::toJson).collect(Collectors.toList()))
        .isEqualTo(campaignDataJson);
    fake = new InMemoryCampaignQuery();
    seeds.forEach(b -> fake.put(b.toCampaign()));
    return fake;
  }

  @Override
  protected OptionalInt listRequestCount() {
    return OptionalInt.of(fake.listCount());
  }
}
