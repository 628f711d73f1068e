package ai.talkover.campaigns.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talkover.campaigns.application.port.out.CampaignNotFoundException;
import ai.talkover.campaigns.application.port.out.InvalidResponseException;
import ai.talkover.campaigns.application.port.out.NetworkException;
import ai.talkover.campaigns.application.port.out.ServerErrorException;
import ai.talkover.campaigns.application.port.out.ServiceUnavailableException;
import ai.talkover.campaigns.application.port.out.UnauthorizedException;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CircuitBreakerTest extends HttpTestSupport {

  @RegisterExtension
  static final WireMockExtension WM = newServer();

  private static final CampaignId ID = CampaignId.of("campaign-uuid-1");

  @Override
  WireMockExtension wm() {
    return WM;
  }

  /** Opens after 2 failures out of the last 4 calls; one attempt per call so counts are exact. */
  private TalkoverHttpCampaignQuery smallBreaker() {
    return query(b -> b.retry(r -> r.maxAttempts(1))
        .circuitBreaker(c -> c.slidingWindow(4, 4, SlidingWindowType.COUNT_BASED)
            .failureRateThreshold(50)
            .waitDurationInOpenState(Duration.ofSeconds(10))
            .permittedNumberOfCallsInHalfOpenState(1)));
  }

  @Test
  void breaker_opensAfterRepeated5xx_failsFastWithoutIo_halfOpens_andClosesOnSuccess() {
    always(CAMPAIGN_PATH, json(500, Fixtures.text("errors/500.json")));
    TalkoverHttpCampaignQuery q = smallBreaker();
    for (int i = 0; i < 4; i++) {
      assertThatThrownBy(() -> q.get(ID)).isExactlyInstanceOf(ServerErrorException.class);
    }
    assertThat(q.circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.OPEN);
    assertThat(requests()).hasSize(4);

    assertThatThrownBy(() -> q.get(ID))
        .isExactlyInstanceOf(ServiceUnavailableException.class)
        .satisfies(e -> assertThat(((ServiceUnavailableException) e).attempts()).isZero());
    assertThat(requests()).as("no request while open").hasSize(4);
    assertThat(time.waits).isEmpty();

    WM.resetAll();
    always(CAMPAIGN_PATH, json(200, Fixtures.text("get-campaign.json")));
    time.clock.advance(Duration.ofSeconds(11));

    assertThat(q.get(ID).id()).isEqualTo(ID);
    assertThat(requests()).hasSize(1);
    assertThat(q.circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.CLOSED);
  }

  @Test
  void breaker_stillOpenBeforeItsWaitHasPassed() {
    always(CAMPAIGN_PATH, json(503, "{}"));
    TalkoverHttpCampaignQuery q = smallBreaker();
    for (int i = 0; i < 4; i++) {
      assertThatThrownBy(() -> q.get(ID)).isExactlyInstanceOf(ServerErrorException.class);
    }
    time.clock.advance(Duration.ofSeconds(9));

    assertThatThrownBy(() -> q.get(ID)).isExactlyInstanceOf(ServiceUnavailableException.class);
    assertThat(requests()).hasSize(4);
  }

  @Test
  void breaker_halfOpenTrialThatFails_opensAgain() {
    always(CAMPAIGN_PATH, json(503, "{}"));
    TalkoverHttpCampaignQuery q = smallBreaker();
    for (int i = 0; i < 4; i++) {
      assertThatThrownBy(() -> q.get(ID)).isExactlyInstanceOf(ServerErrorException.class);
    }
    time.clock.advance(Duration.ofSeconds(11));

    assertThatThrownBy(() -> q.get(ID)).isExactlyInstanceOf(ServerErrorException.class);

    assertThat(q.circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.OPEN);
    assertThat(requests()).hasSize(5);
  }

  @Test
  void breaker_openingDuringRetries_stopsTheRetries() {
    always(CAMPAIGN_PATH, json(503, "{}"));
    TalkoverHttpCampaignQuery q = query(b -> b.retry(r -> r.maxAttempts(3))
        .circuitBreaker(c -> c.slidingWindow(2, 2, SlidingWindowType.COUNT_BASED)));

    assertThatThrownBy(() -> q.get(ID))
        .isExactlyInstanceOf(ServiceUnavailableException.class)
        .satisfies(e -> {
          assertThat(((ServiceUnavailableException) e).attempts()).isEqualTo(2);
          assertThat(e.getSuppressed()).singleElement().isInstanceOf(ServerErrorException.class)
              .extracting(s -> ((ServerErrorException) s).status()).isEqualTo(503);
        });
    assertThat(requests()).hasSize(2);
    assertThat(time.waits).as("no wait for an attempt that cannot be sent").isEqualTo(waits(200));
  }

  @Test
  void breaker_countsNetworkFailures() {
    always(CAMPAIGN_PATH, com.github.tomakehurst.wiremock.client.WireMock.aResponse()
        .withFault(Fault.CONNECTION_RESET_BY_PEER));
    TalkoverHttpCampaignQuery q = smallBreaker();
    for (int i = 0; i < 4; i++) {
      assertThatThrownBy(() -> q.get(ID)).isExactlyInstanceOf(NetworkException.class);
    }

    assertThat(q.circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.OPEN);
  }

  @Test
  void breaker_aStormOf404s_leavesItClosed_andCountsNothing() {
    always(CAMPAIGN_PATH, json(404, Fixtures.text("errors/404.json")));
    TalkoverHttpCampaignQuery q = smallBreaker();
    for (int i = 0; i < 10; i++) {
      assertThatThrownBy(() -> q.get(ID)).isExactlyInstanceOf(CampaignNotFoundException.class);
    }

    assertThat(q.circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    assertThat(q.circuitBreaker().getMetrics().getNumberOfFailedCalls()).isZero();
    assertThat(q.circuitBreaker().getMetrics().getNumberOfSuccessfulCalls()).isZero();
    assertThat(requests()).hasSize(10);
  }

  @Test
  void breaker_401_403_422AndBadBodies_neverCount() {
    TalkoverHttpCampaignQuery q = smallBreaker();
    int[] statuses = {401, 403, 422, 400};
    for (int status : statuses) {
      WM.resetAll();
      always(CAMPAIGN_PATH, json(status, "{\"success\":false,\"message\":\"no\"}"));
      assertThatThrownBy(() -> q.get(ID)).isInstanceOfAny(UnauthorizedException.class,
          InvalidResponseException.class);
    }
    WM.resetAll();
    always(CAMPAIGN_PATH, json(200, "{\"success\":false}"));
    assertThatThrownBy(() -> q.get(ID)).isExactlyInstanceOf(InvalidResponseException.class);

    assertThat(q.circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    assertThat(q.circuitBreaker().getMetrics().getNumberOfFailedCalls()).isZero();
    assertThat(q.circuitBreaker().getMetrics().getNumberOfBufferedCalls()).isZero();
  }
}
