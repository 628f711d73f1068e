package ai.talkover.campaigns.adapter.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.resilience4j.core.IntervalFunction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;

/**
 * Shared set-up of the adapter tests: a WireMock server on loopback (declared by each test class),
 * a fake clock and a recording sleeper, timeouts of a second or two (tests of timeouts lower them),
 * deterministic backoff (Resilience4j's exponential backoff without randomisation), and a check after
 * every test that no pooled connection is still leased.
 */
abstract class HttpTestSupport {

  static final String TOKEN = "talq_s3cr3t-T0KEN-value";
  static final String CAMPAIGN_PATH = "/api/v1/campaigns/campaign-uuid-1";

  final TestTime time = new TestTime();
  private final List<TalkoverHttpCampaignQuery> opened = new ArrayList<>();

  static WireMockExtension newServer() {
    return WireMockExtension.newInstance()
        .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
        .build();
  }

  abstract WireMockExtension wm();

  TalkoverHttpCampaignQuery.Builder defaults() {
    return TalkoverHttpCampaignQuery.builder()
        .token(TOKEN)
        .baseUrl(wm().baseUrl())
        .clock(time.clock)
        .sleeper(time.sleeper)
        .connectTimeout(Duration.ofSeconds(1))
        .responseTimeout(Duration.ofSeconds(2))
        .poolLeaseTimeout(Duration.ofSeconds(1))
        .deadline(Duration.ofSeconds(10))
        .backoff(IntervalFunction.ofExponentialRandomBackoff(
            Duration.ofMillis(200), 2.0, 0.0, Duration.ofSeconds(2)));
  }

  TalkoverHttpCampaignQuery query() {
    return query(b -> { });
  }

  TalkoverHttpCampaignQuery query(Consumer<TalkoverHttpCampaignQuery.Builder> custom) {
    TalkoverHttpCampaignQuery.Builder b = defaults();
    custom.accept(b);
    TalkoverHttpCampaignQuery q = b.build();
    opened.add(q);
    return q;
  }

  @AfterEach
  void everyConnectionIsBackInThePool() {
    try {
      for (TalkoverHttpCampaignQuery q : opened) {
        assertThat(q.connectionPool().getTotalStats().getLeased())
            .as("leased connections after the test").isZero();
      }
    } finally {
      opened.forEach(TalkoverHttpCampaignQuery::close);
    }
  }

  static ResponseDefinitionBuilder json(int status, String body) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
  }

  /** Stubs {@code GET path} to answer each response once, in order (then WireMock's 404). */
  void sequence(String path, ResponseDefinitionBuilder... responses) {
    for (int i = 0; i < responses.length; i++) {
      wm().stubFor(get(urlPathEqualTo(path))
          .inScenario("sequence")
          .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "answer-" + i)
          .willSetStateTo("answer-" + (i + 1))
          .willReturn(responses[i]));
    }
  }

  /** Stubs {@code GET path} to answer the same response every time. */
  void always(String path, ResponseDefinitionBuilder response) {
    wm().stubFor(get(urlPathEqualTo(path)).willReturn(response));
  }

  List<LoggedRequest> requests() {
    return wm().findAll(anyRequestedFor(anyUrl()));
  }

  List<Duration> waits(long... millis) {
    List<Duration> out = new ArrayList<>();
    for (long m : millis) {
      out.add(Duration.ofMillis(m));
    }
    return out;
  }
}
