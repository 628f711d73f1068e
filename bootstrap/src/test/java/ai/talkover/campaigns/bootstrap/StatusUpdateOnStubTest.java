package ai.talkover.campaigns.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talkover.campaigns.application.port.out.InvalidTransitionException;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import ai.talkover.campaigns.domain.campaign.CampaignStatus.Known;
import ai.talkover.campaigns.testkit.CampaignJsonBuilder;
import ai.talkover.campaigns.testkit.TalkoverStubServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StatusUpdateOnStubTest {

  private static final String TOKEN = "talq_status_test_secret";

  private TalkoverStubServer server;
  private TalkoverCampaigns talkover;

  @BeforeEach
  void start() {
    server = TalkoverStubServer.builder().token(TOKEN).start();
    server.addCampaign(CampaignJsonBuilder.getShape("draft-1").with(c -> c.status("draft")));
    server.addCampaign(CampaignJsonBuilder.getShape("done-1").with(c -> c.status("completed")));
    talkover = TalkoverCampaigns.builder().token(TOKEN).baseUrl(server.rootUrl()).build();
  }

  @AfterEach
  void stop() {
    talkover.close();
    server.close();
  }

  @Test
  void documentedTransition_onePatch_andTheCachedCampaignIsInvalidated() {
    CampaignId id = CampaignId.of("draft-1");
    assertThat(talkover.campaigns().get(id).status().orElseThrow().value()).isEqualTo("draft");

    assertThat(talkover.statusUpdates().updateStatus(id, Known.ACTIVE).status().value())
        .isEqualTo("active");

    assertThat(server.statusRequestCount("draft-1")).isEqualTo(1);
    assertThat(talkover.campaigns().get(id).status().orElseThrow().value()).isEqualTo("active");
  }

  @Test
  void finalStatus_isRefusedLocally_noPatch() {
    assertThatThrownBy(() -> talkover.statusUpdates().updateStatus(CampaignId.of("done-1"), Known.ACTIVE))
        .isInstanceOf(InvalidTransitionException.class)
        .hasMessageContaining("from completed to active");

    assertThat(server.statusRequestCount("done-1")).isZero();
  }
}
