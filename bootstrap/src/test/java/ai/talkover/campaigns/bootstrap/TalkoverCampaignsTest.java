package ai.talkover.campaigns.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talkover.campaigns.application.port.out.CampaignQueryException;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import ai.talkover.campaigns.domain.contact.Contact;
import ai.talkover.campaigns.domain.contact.PhoneNumber;
import ai.talkover.campaigns.domain.eligibility.Decision;
import ai.talkover.campaigns.domain.eligibility.DoNotCallList;
import ai.talkover.campaigns.domain.eligibility.Reason;
import ai.talkover.campaigns.testkit.FaultSpec;
import ai.talkover.campaigns.testkit.TalkoverStubServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TalkoverCampaignsTest {

  private static final String TOKEN = "talq_builder_test_secret";
  private static final CampaignId ID = CampaignId.of("campaign-uuid-1");

  private TalkoverStubServer server;

  @BeforeEach
  void start() {
    server = TalkoverStubServer.builder().token(TOKEN).withFixtures().start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private TalkoverCampaigns.Builder builder() {
    return TalkoverCampaigns.builder().token(TOKEN).baseUrl(server.rootUrl());
  }

  @Test
  void campaigns_secondGet_isServedFromTheCacheWithoutARequest() {
    try (TalkoverCampaigns talkover = builder().build()) {
      talkover.campaigns().get(ID);
      talkover.campaigns().get(ID);
      assertThat(server.requestCount("campaign-uuid-1")).isEqualTo(1);
      assertThat(talkover.cacheStatistics().hits()).isEqualTo(1);
      assertThat(talkover.cacheStatistics().misses()).isEqualTo(1);
    }
  }

  @Test
  void baseUrl_theStubsUrlEndingInApiV1_reachesTheSameApiAsTheRoot() {
    try (TalkoverCampaigns talkover = TalkoverCampaigns.builder().token(TOKEN)
        .baseUrl(server.baseUrl()).build()) {
      assertThat(server.baseUrl()).endsWith("/api/v1");
      assertThat(talkover.campaigns().get(ID).id()).isEqualTo(ID);
      assertThat(server.requestCount("campaign-uuid-1")).isEqualTo(1);
    }
  }

  @Test
  void proxy_carriesTheRequests_toAHostOnlyTheProxyReaches() {
    // The stub server doubles as the proxy: it serves the absolute-URI request an HTTP proxy gets.
    // The API host does not resolve, so an answer proves the request went through the proxy.
    try (TalkoverCampaigns talkover = TalkoverCampaigns.builder().token(TOKEN)
        .baseUrl("http://api.talkover.invalid:" + server.port()).allowInsecureHttp(true)
        .proxy("127.0.0.1", server.port()).build()) {
      assertThat(talkover.campaigns().get(ID).id()).isEqualTo(ID);
      assertThat(server.requestCount("campaign-uuid-1")).isEqualTo(1);
    }
  }

  @Test
  void health_reportsBreakerCacheAndWhenTheApiLastAnswered_withoutARequest() {
    Clock clock = Clock.fixed(Instant.parse("2025-03-10T12:00:00Z"), ZoneOffset.UTC);
    try (TalkoverCampaigns talkover = builder().clock(clock).build()) {
      ClientHealth before = talkover.health();
      assertThat(before.lastSuccessfulFetch()).isEmpty();
      assertThat(before.lastSuccessfulFetchAge()).isEmpty();
      talkover.campaigns().get(ID);
      talkover.campaigns().get(ID);
      ClientHealth after = talkover.health();
      assertThat(after.asOf()).isEqualTo(Instant.parse("2025-03-10T12:00:00Z"));
      assertThat(after.circuitBreakerState()).isEqualTo("CLOSED");
      assertThat(after.callsPermitted()).isTrue();
      assertThat(after.lastSuccessfulFetch()).contains(Instant.parse("2025-03-10T12:00:00Z"));
      assertThat(after.lastSuccessfulFetchAge()).contains(java.time.Duration.ZERO);
      assertThat(after.cache().hits()).isEqualTo(1);
      assertThat(after.cache().misses()).isEqualTo(1);
      assertThat(after.cachedCampaigns()).isEqualTo(1);
      assertThat(server.totalRequestCount()).isEqualTo(1);
    }
  }

  @Test
  void proxy_invalidPort_isRefusedAtBuildNamingTheSetting() {
    assertThatThrownBy(() -> builder().proxy("proxy.corp.example", 70000).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("proxy: port 70000 is outside 1..65535");
  }

  @Test
  void health_afterFailuresOpenTheBreaker_saysCallsAreNotPermitted() {
    server.fault(FaultSpec.forCampaign("campaign-uuid-1").status(500));
    try (TalkoverCampaigns talkover = builder().retry(r -> r.maxAttempts(1))
        .circuitBreaker(c -> c.failureRateThreshold(50).slidingWindowSize(2).minimumNumberOfCalls(2)
            .waitDurationInOpenState(java.time.Duration.ofMinutes(5))).build()) {
      for (int i = 0; i < 2; i++) {
        talkover.invalidateAll();
        assertThatThrownBy(() -> talkover.campaigns().get(ID)).isInstanceOf(CampaignQueryException.class);
      }
      ClientHealth health = talkover.health();
      assertThat(health.circuitBreakerState()).isEqualTo("OPEN");
      assertThat(health.callsPermitted()).isFalse();
      assertThat(health.lastSuccessfulFetch()).isEmpty();
      assertThat(health.cache().loadFailures()).isEqualTo(2);
    }
  }

  @Test
  void maxConnections_outOfRange_failsNamingTheSetting() {
    assertThatThrownBy(() -> builder().maxConnections(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("maxConnections:");
  }

  @Test
  void invalidate_makesTheNextGetFetchAgain() {
    try (TalkoverCampaigns talkover = builder().build()) {
      talkover.campaigns().get(ID);
      talkover.invalidate(ID);
      talkover.campaigns().get(ID);
      assertThat(server.requestCount("campaign-uuid-1")).isEqualTo(2);
    }
  }

  @Test
  void eligibility_usesTheConfiguredClockAndDoNotCallList() {
    Clock monday = Clock.fixed(Instant.parse("2024-01-08T15:30:00Z"), ZoneOffset.UTC);
    try (TalkoverCampaigns talkover = builder().clock(monday)
        .doNotCallList(DoNotCallList.inMemory(List.of(PhoneNumber.parse("+15550000009")))).build()) {
      Decision callable = talkover.eligibility().decide(ID, Contact.of("+15550000001"));
      assertThat(callable.callable()).isTrue();
      assertThat(callable.nextEligibleAt()).contains(Instant.parse("2024-01-08T15:30:00Z"));
      Decision listed = talkover.eligibility().decide(ID, Contact.of("+15550000009"));
      assertThat(listed.reasons()).containsExactly(Reason.DO_NOT_CALL);
      assertThat(talkover.planner().plan(ID, List.of(Contact.of("+15550000009"), Contact.of("+15550000001"))))
          .extracting(row -> row.contact().number().e164())
          .containsExactly("+15550000001", "+15550000009");
      assertThat(server.requestCount("campaign-uuid-1")).isEqualTo(1);
    }
  }

  @Test
  void eligibilityAndPlanner_atAGivenInstant_decideThereInsteadOfTheClock() {
    Clock monday = Clock.fixed(Instant.parse("2024-01-08T15:30:00Z"), ZoneOffset.UTC);
    Instant saturday = Instant.parse("2024-01-13T15:30:00Z");
    try (TalkoverCampaigns talkover = builder().clock(monday).build()) {
      Decision d = talkover.eligibility().decide(ID, Contact.of("+15550000001"), saturday);
      assertThat(d.callable()).isFalse();
      assertThat(d.reasons()).containsExactly(Reason.OUTSIDE_CALL_WINDOW);
      assertThat(d.nextEligibleAt()).contains(Instant.parse("2024-01-15T14:00:00Z"));
      assertThat(talkover.planner().plan(ID, List.of(Contact.of("+15550000001")), saturday))
          .singleElement().satisfies(row ->
              assertThat(row.decision().nextEligibleAt()).contains(Instant.parse("2024-01-15T14:00:00Z")));
      assertThat(server.requestCount("campaign-uuid-1")).isEqualTo(1);
    }
  }

  @Test
  void environment_readsTokenAndBaseUrl() {
    try (TalkoverCampaigns talkover = TalkoverCampaigns.builder()
        .environment(Map.of("TALKOVER_API_TOKEN", TOKEN, "TALKOVER_BASE_URL", server.rootUrl())).build()) {
      assertThat(talkover.campaigns().get(ID).id()).isEqualTo(ID);
      assertThat(server.lastRequest().flatMap(r -> r.header("Authorization"))).contains("Bearer " + TOKEN);
    }
  }

  @Test
  void build_withoutToken_failsNamingTheVariable() {
    assertThatThrownBy(() -> TalkoverCampaigns.builder().environment(Map.of()).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("token: required (set TALKOVER_API_TOKEN or call token(...))");
  }

  @Test
  void toString_neverShowsTheToken() {
    TalkoverCampaigns.Builder b = builder();
    assertThat(b.toString()).doesNotContain(TOKEN).contains("***");
    try (TalkoverCampaigns talkover = b.build()) {
      assertThat(talkover.toString()).doesNotContain(TOKEN);
    }
  }

  @Test
  void meterRegistry_bindsCacheBreakerRetryAndHttpTimings() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    try (TalkoverCampaigns talkover = builder().meterRegistry(registry).build()) {
      talkover.campaigns().get(ID);
      talkover.campaigns().get(ID);
      assertThat(registry.get("talkover.http.client.requests").tag("status", "200")
          .tag("uri", "/api/v1/campaigns/{campaign_id}").timer().count()).isEqualTo(1);
      assertThat(registry.get("cache.gets").tag("cache", "talkover.campaigns").tag("result", "hit")
          .functionCounter().count()).isEqualTo(1.0);
      assertThat(registry.find("resilience4j.circuitbreaker.state").gauges()).isNotEmpty();
      assertThat(registry.find("resilience4j.retry.calls").meters()).isNotEmpty();
    }
  }
}
