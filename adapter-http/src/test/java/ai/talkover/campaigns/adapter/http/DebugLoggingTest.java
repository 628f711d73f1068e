package ai.talkover.campaigns.adapter.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ai.talkover.campaigns.application.port.out.CampaignQueryException;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import ai.talkover.campaigns.testkit.StandardErrorCapture;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

/**
 * With every logger at DEBUG, HttpClient's {@code headers} and {@code wire} loggers included (this
 * class runs in its own surefire execution with those levels, see the module's pom), nothing
 * printed holds the token: the header log shows {@code Authorization: ***}, the wire log is never
 * fed, and the adapter's own lines and the failures they describe are masked.
 */
@EnabledIfSystemProperty(named = "org.slf4j.simpleLogger.defaultLogLevel", matches = "debug",
    disabledReason = "runs in the debug-logging surefire execution, which sets the levels")
class DebugLoggingTest extends HttpTestSupport {

  @RegisterExtension
  static final WireMockExtension WM = newServer();

  private static final CampaignId ID = CampaignId.of("campaign-uuid-1");

  @Override
  WireMockExtension wm() {
    return WM;
  }


  @Test
  void everyLoggerAtDebug_successRetriesAndEchoingFailures_neverPrintTheToken() throws Exception {
    assertThat(LoggerFactory.getLogger("org.apache.hc.client5.http.headers").isDebugEnabled())
        .as("this test runs with HttpClient's header log at DEBUG").isTrue();
    assertThat(LoggerFactory.getLogger("org.apache.hc.client5.http.wire").isDebugEnabled()).isTrue();
    TalkoverHttpCampaignQuery q = query();

    String logs = StandardErrorCapture.during(() -> {
      sequence(CAMPAIGN_PATH, json(503, "{}"), json(200, Fixtures.text("get-campaign.json")));
      q.get(ID);
      WM.resetAll();
      always(CAMPAIGN_PATH, json(200, "{\"success\":true,\"data\":" + TOKEN + "}")
          .withHeader("X-Echo", "Bearer " + TOKEN));
      Throwable bad = catchThrowable(() -> q.get(ID));
      LoggerFactory.getLogger(DebugLoggingTest.class).warn("logged whole", bad);
      WM.resetAll();
      always(CAMPAIGN_PATH, aResponse().withStatus(302).withHeader("Location",
          "https://evil.example/?t=" + TOKEN));
      Throwable redirect = catchThrowable(() -> q.get(ID));
      LoggerFactory.getLogger(DebugLoggingTest.class).warn("logged whole", redirect);
      assertThat(bad).isInstanceOf(CampaignQueryException.class);
      assertThat(redirect).isInstanceOf(CampaignQueryException.class);
    });

    assertThat(logs).as("HttpClient's header log ran, masked")
        .contains("org.apache.hc.client5.http.headers")
        .contains(">> Authorization: ***")
        .contains("<< X-Echo: Bearer ***");
    assertThat(logs).as("this library's debug lines ran")
        .contains("ai.talkover.campaigns.adapter.http.TalkoverHttpCampaignQuery - GET");
    assertThat(logs).doesNotContain(TOKEN).doesNotContain(TOKEN.substring(0, 12));
  }
}
