package ai.talkover.campaigns.adapter.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talkover.campaigns.application.port.out.CampaignQueryException;
import ai.talkover.campaigns.application.port.out.InvalidResponseException;
import ai.talkover.campaigns.application.port.out.RateLimitedException;
import ai.talkover.campaigns.application.port.out.ServerErrorException;
import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.resilience4j.core.IntervalFunction;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RetryTest extends HttpTestSupport {

  @RegisterExtension
  static final WireMockExtension WM = newServer();

  private static final CampaignId ID = CampaignId.of("campaign-uuid-1");

  @Override
  WireMockExtension wm() {
    return WM;
  }

  private static ResponseDefinitionBuilder ok() {
    return json(200, Fixtures.text("get-campaign.json"));
  }

  private static ResponseDefinitionBuilder unavailable() {
    return json(503, Fixtures.text("errors/500.json"));
  }

  private static String httpDate(long secondsFromStart) {
    return DateTimeFormatter.RFC_1123_DATE_TIME.format(
        TestTime.START.plusSeconds(secondsFromStart).atOffset(ZoneOffset.UTC));
  }

  @Test
  void get_503Then200_retriesOnceAfterTheFirstBackoff() {
    sequence(CAMPAIGN_PATH, unavailable(), ok());
    TalkoverHttpCampaignQuery q = query();

    Campaign c = q.get(ID);

    assertThat(c.id()).isEqualTo(ID);
    assertThat(requests()).hasSize(2);
    assertThat(time.waits).isEqualTo(waits(200));
    assertThat(q.retry().getMetrics().getNumberOfSuccessfulCallsWithRetryAttempt()).isEqualTo(1);
  }

  @Test
  void get_503ThreeTimes_sendsThreeRequestsThenThrowsServerError() {
    always(CAMPAIGN_PATH, unavailable());
    TalkoverHttpCampaignQuery q = query();

    assertThatThrownBy(() -> q.get(ID))
        .isExactlyInstanceOf(ServerErrorException.class)
        .hasMessage("Talkover API server error (campaign 'campaign-uuid-1'): HTTP 503: "
            + "Internal server error. [3 attempts]")
        .satisfies(e -> assertThat(((CampaignQueryException) e).attempts()).isEqualTo(3));
    assertThat(requests()).hasSize(3);
    assertThat(time.waits).isEqualTo(waits(200, 400));
    assertThat(q.retry().getMetrics().getNumberOfFailedCallsWithRetryAttempt()).isEqualTo(1);
  }

  @Test
  void get_backoffDoublesUpToItsMaximum() {
    always(CAMPAIGN_PATH, unavailable());

    assertThatThrownBy(() -> query(b -> b.retry(r -> r.maxAttempts(6))).get(ID))
        .isExactlyInstanceOf(ServerErrorException.class);
    assertThat(requests()).hasSize(6);
    assertThat(time.waits).isEqualTo(waits(200, 400, 800, 1600, 2000));
  }

  @Test
  void get_backoffWithJitter_staysWithinItsBand() {
    always(CAMPAIGN_PATH, unavailable());

    assertThatThrownBy(() -> query(b -> b.backoff(IntervalFunction.ofExponentialRandomBackoff(
        Duration.ofMillis(200), 2.0, 0.5, Duration.ofSeconds(2)))).get(ID))
        .isExactlyInstanceOf(ServerErrorException.class);
    assertThat(requests()).hasSize(3);
    assertThat(time.waits).hasSize(2);
    // Resilience4j randomises each wait by up to half of it, either way
    assertThat(time.waits.get(0)).isBetween(Duration.ofMillis(100), Duration.ofMillis(300));
    assertThat(time.waits.get(1)).isBetween(Duration.ofMillis(200), Duration.ofMillis(600));
  }

  @Test
  void get_408_isRetriedAsAServerError() {
    sequence(CAMPAIGN_PATH, json(408, "{}"), ok());

    assertThat(query().get(ID).id()).isEqualTo(ID);
    assertThat(requests()).hasSize(2);
    assertThat(time.waits).isEqualTo(waits(200));
  }

  @Test
  void get_400_isNeverRetried() {
    always(CAMPAIGN_PATH, json(400, "{\"success\":false,\"message\":\"Bad request\"}"));

    assertThatThrownBy(() -> query().get(ID)).isExactlyInstanceOf(InvalidResponseException.class);
    assertThat(requests()).hasSize(1);
    assertThat(time.waits).isEmpty();
  }

  @Test
  void get_retryAfterSeconds_waitsExactlyThat() {
    sequence(CAMPAIGN_PATH, unavailable().withHeader("Retry-After", "2"), ok());

    assertThat(query().get(ID).id()).isEqualTo(ID);
    assertThat(requests()).hasSize(2);
    assertThat(time.waits).isEqualTo(waits(2000));
  }

  @Test
  void get_retryAfterHttpDate_waitsUntilThatDate() {
    sequence(CAMPAIGN_PATH, json(429, "{}").withHeader("Retry-After", httpDate(3)), ok());

    assertThat(query().get(ID).id()).isEqualTo(ID);
    assertThat(requests()).hasSize(2);
    assertThat(time.waits).isEqualTo(waits(3000));
  }

  @Test
  void get_retryAfterDateInThePast_retriesAtOnce() {
    sequence(CAMPAIGN_PATH, json(429, "{}").withHeader("Retry-After", httpDate(-60)), ok());

    assertThat(query().get(ID).id()).isEqualTo(ID);
    assertThat(requests()).hasSize(2);
    assertThat(time.waits).isEqualTo(waits(0));
  }

  @Test
  void get_retryAfterNegative_isIgnored_andNormalBackoffApplies() {
    sequence(CAMPAIGN_PATH, unavailable().withHeader("Retry-After", "-5"), ok());

    assertThat(query().get(ID).id()).isEqualTo(ID);
    assertThat(requests()).hasSize(2);
    assertThat(time.waits).isEqualTo(waits(200));
  }

  @Test
  void get_retryAfterGarbage_isIgnored_andNormalBackoffApplies() {
    sequence(CAMPAIGN_PATH, json(429, "{}").withHeader("Retry-After", "tomorrow-ish"), ok());

    assertThat(query().get(ID).id()).isEqualTo(ID);
    assertThat(requests()).hasSize(2);
    assertThat(time.waits).isEqualTo(waits(200));
  }

  @Test
  void get_retryAfterBeyondTheDeadline_failsFastWithRateLimited() {
    always(CAMPAIGN_PATH, json(429, "{\"success\":false,\"message\":\"Rate limit exceeded\"}")
        .withHeader("Retry-After", "86400"));

    assertThatThrownBy(() -> query().get(ID))
        .isExactlyInstanceOf(RateLimitedException.class)
        .satisfies(e -> {
          RateLimitedException r = (RateLimitedException) e;
          assertThat(r.retryAfter()).contains(Duration.ofDays(1));
          assertThat(r.attempts()).isEqualTo(1);
          assertThat(r.apiMessage()).contains("Rate limit exceeded");
        });
    assertThat(requests()).hasSize(1);
    assertThat(time.waits).isEmpty();
  }

  @Test
  void get_503RetryAfterBeyondTheDeadline_failsFastWithServerError() {
    always(CAMPAIGN_PATH, unavailable().withHeader("Retry-After", "60"));

    assertThatThrownBy(() -> query().get(ID))
        .isExactlyInstanceOf(ServerErrorException.class)
        .satisfies(e -> assertThat(((CampaignQueryException) e).attempts()).isEqualTo(1));
    assertThat(requests()).hasSize(1);
    assertThat(time.waits).isEmpty();
  }

  @Test
  void get_429WithBodyRetryAfter_waitsTheDelayTheBodyAsks() {
    sequence(CAMPAIGN_PATH, json(429, Fixtures.text("errors/429.json")), ok());

    assertThat(query(b -> b.deadline(Duration.ofMinutes(2))).get(ID).id()).isEqualTo(ID);
    assertThat(requests()).hasSize(2);
    assertThat(time.waits).isEqualTo(waits(60_000));
  }

  @Test
  void get_429WithBodyRetryAfterBeyondTheDeadline_failsFastWithTheAskedDelay() {
    always(CAMPAIGN_PATH, json(429, Fixtures.text("errors/429.json")));

    assertThatThrownBy(() -> query().get(ID))
        .isExactlyInstanceOf(RateLimitedException.class)
        .hasMessageContaining("retry after 60 s")
        .satisfies(e -> {
          RateLimitedException r = (RateLimitedException) e;
          assertThat(r.retryAfter()).contains(Duration.ofSeconds(60));
          assertThat(r.apiMessage()).contains("Rate limit exceeded. Please wait before making more requests.");
        });
    assertThat(requests()).hasSize(1);
    assertThat(time.waits).isEmpty();
  }

  @Test
  void get_retryAfterHeader_winsOverTheBody() {
    sequence(CAMPAIGN_PATH, json(429, Fixtures.text("errors/429.json")).withHeader("Retry-After", "1"), ok());

    assertThat(query().get(ID).id()).isEqualTo(ID);
    assertThat(time.waits).isEqualTo(waits(1000));
  }

  @Test
  void get_backoffLongerThanTheTimeLeft_failsFastInsteadOfWaiting() {
    always(CAMPAIGN_PATH, unavailable());

    assertThatThrownBy(() -> query(b -> b.deadline(Duration.ofMillis(300))).get(ID))
        .isExactlyInstanceOf(ServerErrorException.class)
        .satisfies(e -> assertThat(((CampaignQueryException) e).attempts()).isEqualTo(2));
    assertThat(requests()).hasSize(2);
    assertThat(time.waits).isEqualTo(waits(200));
  }

  @Test
  void get_interruptedWhileWaiting_stopsWithTheLastFailure_andKeepsTheInterrupt() {
    always(CAMPAIGN_PATH, unavailable());
    TalkoverHttpCampaignQuery q = query(b -> b.sleeper(d -> {
      throw new InterruptedException();
    }));
    try {
      assertThatThrownBy(() -> q.get(ID))
          .isExactlyInstanceOf(ServerErrorException.class)
          .satisfies(e -> assertThat(((CampaignQueryException) e).attempts()).isEqualTo(1));
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
    assertThat(requests()).hasSize(1);
  }

  @Test
  void get_htmlErrorWithRetryAfter_isStillHonoured() {
    sequence(CAMPAIGN_PATH, aResponse().withStatus(503).withHeader("Content-Type", "text/html")
        .withHeader("Retry-After", "1").withBody("<h1>down</h1>"), ok());

    assertThat(query().get(ID).id()).isEqualTo(ID);
    assertThat(time.waits).isEqualTo(waits(1000));
  }
}
