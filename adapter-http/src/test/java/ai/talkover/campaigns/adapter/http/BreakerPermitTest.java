package ai.talkover.campaigns.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.fail;

import ai.talkover.campaigns.application.port.out.ClientSaturatedException;
import ai.talkover.campaigns.application.port.out.NetworkException;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every breaker permission is recorded or released: a half-open breaker whose trial call only
 * waited for the pool (no request sent) gets that permission back, so it can still close. The
 * slow call holds the one pooled connection; the stub's delay, not a sleep, keeps it busy.
 */
class BreakerPermitTest extends HttpTestSupport {

  @RegisterExtension
  static final WireMockExtension WM = newServer();

  private static final CampaignId ID = CampaignId.of("campaign-uuid-1");

  @Override
  WireMockExtension wm() {
    return WM;
  }

  private TalkoverHttpCampaignQuery halfOpen(java.util.function.Consumer<TalkoverHttpCampaignQuery.Builder> custom) {
    TalkoverHttpCampaignQuery q = query(b -> {
      b.maxConnections(1).retry(r -> r.maxAttempts(1))
          .circuitBreaker(c -> c.permittedNumberOfCallsInHalfOpenState(2).failureRateThreshold(60));
      custom.accept(b);
    });
    q.circuitBreaker().transitionToOpenState();
    q.circuitBreaker().transitionToHalfOpenState();
    return q;
  }

  /** Starts a call that holds the only connection, and returns once it holds it. */
  private CompletableFuture<Object> holdTheConnection(TalkoverHttpCampaignQuery q) {
    CompletableFuture<Object> slow = CompletableFuture.supplyAsync(() -> {
      try {
        return q.get(ID);
      } catch (RuntimeException e) {
        return e;
      }
    });
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (q.connectionPool().getTotalStats().getLeased() == 0) {
      if (System.nanoTime() > until) {
        fail("the slow call never leased the connection");
      }
      Thread.onSpinWait();
    }
    return slow;
  }

  @Test
  void halfOpen_aTrialThatTimedOutWaitingForThePool_releasesItsPermit_andTheBreakerCloses()
      throws Exception {
    always(CAMPAIGN_PATH, json(200, Fixtures.text("get-campaign.json")).withFixedDelay(800));
    TalkoverHttpCampaignQuery q = halfOpen(b -> b.poolLeaseTimeout(Duration.ofMillis(100)));
    CompletableFuture<Object> slow = holdTheConnection(q);

    Throwable waited = catchThrowable(() -> q.get(ID));

    assertThat(waited).isExactlyInstanceOf(ClientSaturatedException.class)
        .satisfies(e -> assertThat(((ClientSaturatedException) e).attempts()).isZero());
    assertThat(slow.get(10, TimeUnit.SECONDS)).isNotInstanceOf(Throwable.class);
    assertThat(q.circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.HALF_OPEN);
    assertThat(q.get(ID).id()).isEqualTo(ID);
    assertThat(q.circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.CLOSED);
  }

  @Test
  void halfOpen_deadlinePassingWhileTrialsWaitForThePool_leavesNoPermitBehind_andTheBreakerCloses()
      throws Exception {
    always(CAMPAIGN_PATH, json(200, Fixtures.text("get-campaign.json")).withFixedDelay(2000));
    TalkoverHttpCampaignQuery q = halfOpen(b -> b.deadline(Duration.ofSeconds(1)));
    CompletableFuture<Object> slow = holdTheConnection(q);

    Throwable waited = catchThrowable(() -> q.get(ID));

    // It either never got the connection (saturated) or got it as the slow call was cut, and was
    // cut at its own deadline: a port exception either way, never a raw cancellation.
    assertThat(waited).isInstanceOfAny(ClientSaturatedException.class, NetworkException.class);
    assertThat(slow.get(10, TimeUnit.SECONDS)).isInstanceOfSatisfying(NetworkException.class,
        e -> assertThat(e.kind()).isEqualTo(NetworkException.Kind.TIMEOUT));
    assertThat(q.connectionPool().getTotalStats().getLeased()).isZero();

    WM.resetAll();
    always(CAMPAIGN_PATH, json(200, Fixtures.text("get-campaign.json")));
    time.clock.advance(Duration.ofMinutes(1));
    for (int i = 0; i < 3; i++) {
      assertThat(q.get(ID).id()).isEqualTo(ID);
    }
    assertThat(q.circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.CLOSED);
  }
}
