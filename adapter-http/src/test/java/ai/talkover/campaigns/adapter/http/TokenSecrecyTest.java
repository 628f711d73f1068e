package ai.talkover.campaigns.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ai.talkover.campaigns.application.port.out.CampaignQueryException;
import ai.talkover.campaigns.application.port.out.UnauthorizedException;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import ai.talkover.campaigns.testkit.StandardErrorCapture;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TokenSecrecyTest extends HttpTestSupport {

  @RegisterExtension
  static final WireMockExtension WM = newServer();

  private static final CampaignId ID = CampaignId.of("campaign-uuid-1");

  @Override
  WireMockExtension wm() {
    return WM;
  }

  private static String stackTrace(Throwable t) {
    StringWriter out = new StringWriter();
    t.printStackTrace(new PrintWriter(out));
    return out.toString();
  }

  @Test
  void unauthorized_afterRetries_tokenIsAbsentFromMessageToStringStackTraceAndLogs() throws Exception {
    sequence(CAMPAIGN_PATH, json(503, "{}"), json(401, Fixtures.text("errors/401.json")));
    TalkoverHttpCampaignQuery q = query();
    Throwable[] thrown = new Throwable[1];

    String logs = StandardErrorCapture.during(() -> thrown[0] = catchThrowable(() -> q.get(ID)));

    assertThat(thrown[0]).isExactlyInstanceOf(UnauthorizedException.class);
    assertThat(requests()).hasSize(2);
    assertThat(time.waits).isEqualTo(waits(200));
    assertThat(logs).as("the capture saw this library's and HttpClient's debug lines")
        .contains("ai.talkover.campaigns.adapter.http.TalkoverHttpCampaignQuery")
        .contains("HTTP 401")
        .contains("org.apache.hc.client5.http.impl.classic");
    assertThat(logs).doesNotContain(TOKEN);
    assertThat(thrown[0].getMessage()).doesNotContain(TOKEN);
    assertThat(thrown[0].toString()).doesNotContain(TOKEN);
    assertThat(stackTrace(thrown[0])).doesNotContain(TOKEN);
    assertThat(q.toString()).doesNotContain(TOKEN);
  }

  @Test
  void bodyThatEchoesTheToken_isMaskedInSnippetAndMessage() {
    WM.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
            com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo(CAMPAIGN_PATH))
        .willReturn(json(401, "{\"message\":\"token " + TOKEN + " is revoked\"}")));

    Throwable thrown = catchThrowable(() -> query().get(ID));

    assertThat(thrown).isExactlyInstanceOf(UnauthorizedException.class);
    CampaignQueryException q = (CampaignQueryException) thrown;
    assertThat(q.apiMessage()).contains("token *** is revoked");
    assertThat(q.bodySnippet()).hasValueSatisfying(s -> assertThat(s).doesNotContain(TOKEN).contains("***"));
    assertThat(stackTrace(thrown)).doesNotContain(TOKEN);
  }

  @Test
  void toStrings_maskTheToken() {
    TalkoverHttpCampaignQuery.Builder builder = defaults();

    assertThat(builder.toString()).contains("token=***").doesNotContain(TOKEN);
    assertThat(query().toString()).contains("token=***").doesNotContain(TOKEN);
  }
}
