package ai.talkover.campaigns.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talkover.campaigns.application.port.out.CampaignQueryException;
import ai.talkover.campaigns.application.port.out.ClientSaturatedException;
import ai.talkover.campaigns.application.port.out.NetworkException;
import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import ai.talkover.campaigns.testkit.CampaignJsonBuilder;
import ai.talkover.campaigns.testkit.FaultSpec;
import ai.talkover.campaigns.testkit.TalkoverStubServer;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A dialer node's load: many concurrent lookups of distinct campaigns through one shared query,
 * against a loopback stub server whose delay stands for a slow API. Real time, real HttpClient; the
 * callers start together on a latch and the stub's delays do the rest.
 */
class UnderLoadTest {

  private static final String TOKEN = "talq_under-load-token";

  private final AdjustableClock clock = new AdjustableClock();
  private TalkoverStubServer server;
  private TalkoverHttpCampaignQuery query;

  @BeforeEach
  void start() {
    TalkoverStubServer.Builder b = TalkoverStubServer.builder().token(TOKEN);
    for (int i = 0; i < 200; i++) {
      b.campaign(CampaignJsonBuilder.getShape(id(i)).toJson());
    }
    server = b.start();
  }

  @AfterEach
  void stop() {
    if (query != null) {
      query.close();
    }
    server.close();
  }

  private static String id(int i) {
    return "load-" + i;
  }

  private TalkoverHttpCampaignQuery query(Consumer<TalkoverHttpCampaignQuery.Builder> custom) {
    TalkoverHttpCampaignQuery.Builder b = TalkoverHttpCampaignQuery.builder()
        .token(TOKEN)
        .baseUrl(server.rootUrl())
        .clock(clock);
    custom.accept(b);
    query = b.build();
    return query;
  }

  private void slowApi(int campaigns, Duration delay) {
    for (int i = 0; i < campaigns; i++) {
      server.fault(FaultSpec.forCampaign(id(i)).delay(delay));
    }
  }

  private int leased() {
    return query.connectionPool().getTotalStats().getLeased();
  }

  @Test
  void twoHundredDistinctIds_poolOf20_apiAt300ms_defaultDeadline_allSucceedAndTheBreakerStaysClosed()
      throws Exception {
    slowApi(200, Duration.ofMillis(300));
    TalkoverHttpCampaignQuery q = query(b -> b.maxConnections(20));

    List<Callers.Outcome> outcomes = Callers.run(200, i -> q.get(CampaignId.of(id(i))));

    assertThat(outcomes).allSatisfy(o -> assertThat(o.failure()).as("failure").isNull());
    for (int i = 0; i < 200; i++) {
      assertThat(((Campaign) outcomes.get(i).value()).id().value()).isEqualTo(id(i));
    }
    assertThat(server.totalRequestCount()).isEqualTo(200);
    assertThat(q.circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    assertThat(leased()).isZero();
  }

  @Test
  void deadlineShorterThanTheApi_everyFailureIsACampaignQueryException_thePoolDrains_andTheBreakerRecovers()
      throws Exception {
    slowApi(60, Duration.ofSeconds(2));
    TalkoverHttpCampaignQuery q = query(b -> b.maxConnections(20).deadline(Duration.ofSeconds(1))
        .sleeper(d -> { }));

    List<Callers.Outcome> outcomes = Callers.run(60, i -> q.get(CampaignId.of(id(i))));

    assertThat(outcomes).allSatisfy(o -> assertThat(o.failure())
        .isInstanceOfAny(NetworkException.class, ClientSaturatedException.class));
    assertThat(outcomes).filteredOn(o -> o.failure() instanceof NetworkException)
        .allSatisfy(o -> assertThat(((NetworkException) o.failure()).kind())
            .isEqualTo(NetworkException.Kind.TIMEOUT));
    assertThat(outcomes).filteredOn(o -> o.failure() instanceof ClientSaturatedException)
        .allSatisfy(o -> assertThat(((CampaignQueryException) o.failure()).attempts()).isZero());
    assertThat(leased()).isZero();

    server.clearFaults();
    recover(q);
  }

  @Test
  void oneConnection_overloadThenRecovery_20Times_theBreakerNeverSticks() throws Exception {
    slowApi(4, Duration.ofSeconds(2));
    TalkoverHttpCampaignQuery q = query(b -> b.maxConnections(1).deadline(Duration.ofSeconds(1))
        .sleeper(d -> { })
        // a threshold of 100 %: a round that left one counted failure in the window of two must
        // not let the recovery's first success open the breaker (1 failure + 1 success = 50 %)
        .circuitBreaker(c -> c.slidingWindow(2, 2, SlidingWindowType.COUNT_BASED)
            .failureRateThreshold(100)
            .permittedNumberOfCallsInHalfOpenState(2)));

    for (int round = 0; round < 20; round++) {
      List<Callers.Outcome> outcomes = Callers.run(3, i -> q.get(CampaignId.of(id(i))));

      assertThat(outcomes).as("round %d", round)
          .allSatisfy(o -> assertThat(o.failure()).isInstanceOf(CampaignQueryException.class));
      assertThat(leased()).as("round %d", round).isZero();

      // the API is fast again for the recovery, slow again for the next round
      server.clearFaults();
      recover(q);
      slowApi(4, Duration.ofSeconds(2));
    }
  }

  /** Once the API is fast: past the breaker's open wait, calls succeed and it closes. */
  private void recover(TalkoverHttpCampaignQuery q) {
    clock.advance(Duration.ofMinutes(1));
    for (int i = 100; i < 105; i++) {
      assertThat(q.get(CampaignId.of(id(i))).id().value()).isEqualTo(id(i));
    }
    assertThat(q.circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    assertThat(leased()).isZero();
  }
}
