package ai.talkover.campaigns.bootstrap.classpath;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talkover.campaigns.bootstrap.TalkoverCampaigns;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import ai.talkover.campaigns.testkit.TalkoverStubServer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Runs (surefire execution {@code without-micrometer}) with no Micrometer library at all. */
@Tag("without-micrometer")
class WithoutMicrometerTest {

  @Test
  void noMicrometerOnTheClassPath_theLibraryBuildsAndServes() {
    assertThat(OptionalClasses.present("io.micrometer.core.instrument.MeterRegistry"))
        .as("micrometer-core is left out of this class path").isFalse();

    try (TalkoverStubServer server = TalkoverStubServer.builder().token("talq_t").withFixtures().start();
        TalkoverCampaigns talkover = TalkoverCampaigns.builder().token("talq_t")
            .baseUrl(server.rootUrl()).build()) {
      assertThat(talkover.campaigns().get(CampaignId.of("campaign-uuid-1")).id().value())
          .isEqualTo("campaign-uuid-1");
    }
  }
}
