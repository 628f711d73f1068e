package ai.talkover.campaigns.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talkover.campaigns.application.port.out.InvalidResponseException;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Get Campaign's answer must be the campaign asked for: another campaign's rules are never used. */
class IdentityCheckTest extends HttpTestSupport {

  @RegisterExtension
  static final WireMockExtension WM = newServer();

  @Override
  WireMockExtension wm() {
    return WM;
  }

  @Test
  void get_answerForAnotherCampaign_isAnInvalidResponse_notRetried_notCounted() {
    always(CAMPAIGN_PATH, json(200, Fixtures.text("get-campaign.json")
        .replace("\"id\": \"campaign-uuid-1\"", "\"id\": \"someone-elses\"")));
    TalkoverHttpCampaignQuery q = query();

    assertThatThrownBy(() -> q.get(CampaignId.of("campaign-uuid-1")))
        .isExactlyInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("data.id is 'someone-elses', not the campaign asked for")
        .hasMessageContaining("campaign 'campaign-uuid-1'");
    assertThat(requests()).hasSize(1);
    assertThat(q.circuitBreaker().getMetrics().getNumberOfBufferedCalls()).isZero();
  }

  @Test
  void get_answerEchoingTheTokenAsItsId_isRefusedWithTheTokenMasked() {
    always(CAMPAIGN_PATH, json(200, Fixtures.text("get-campaign.json")
        .replace("\"id\": \"campaign-uuid-1\"", "\"id\": \"" + TOKEN + "\"")));

    assertThatThrownBy(() -> query().get(CampaignId.of("campaign-uuid-1")))
        .isExactlyInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("data.id is '***'")
        .satisfies(e -> assertThat(TokenRedactionTest.everything(e)).doesNotContain(TOKEN));
  }
}
