package ai.talkover.campaigns.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talkover.campaigns.application.port.out.CampaignQuery;
import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.json.TalkoverJsonReader;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/** The port contract, run against the in-memory fake. */
class InMemoryCampaignQueryContractTest extends CampaignQueryContract {

  /** The campaign a builder's object describes, as the wire module reads it. */
  private static Campaign campaign(CampaignJsonBuilder b) {
    return TalkoverJsonReader.standard().readSavedCampaign(b.toJson());
  }

  private InMemoryCampaignQuery fake;

  @Override
  protected CampaignQuery createQuery(List<String> campaignDataJson) {
    List<CampaignJsonBuilder> seeds = seededCampaigns();
    // The builders are the same campaigns as the JSON, in the same order.
    assertThat(seeds.stream().map(CampaignJsonBuilder::toJson).collect(Collectors.toList()))
        .isEqualTo(campaignDataJson);
    fake = new InMemoryCampaignQuery();
    seeds.forEach(b -> fake.put(campaign(b)));
    return fake;
  }

  @Override
  protected OptionalInt listRequestCount() {
    return OptionalInt.of(fake.listCount());
  }
}
