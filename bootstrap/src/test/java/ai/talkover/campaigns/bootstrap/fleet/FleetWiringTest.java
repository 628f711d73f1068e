package ai.talkover.campaigns.bootstrap.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talkover.campaigns.application.port.out.AttemptLedger;
import ai.talkover.campaigns.bootstrap.TalkoverCampaigns;
import ai.talkover.campaigns.domain.compliance.AttemptCap;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import ai.talkover.campaigns.domain.compliance.CompliancePolicies;
import ai.talkover.campaigns.domain.contact.Contact;
import ai.talkover.campaigns.domain.contact.PhoneNumber;
import ai.talkover.campaigns.domain.eligibility.Reason;
import ai.talkover.campaigns.testkit.CampaignJsonBuilder;
import ai.talkover.campaigns.testkit.RedisServerProcess;
import ai.talkover.campaigns.testkit.TalkoverStubServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Fleet mode as the builder and the environment wire it, on a real Redis. */
class FleetWiringTest {

  private static final String TOKEN = "talq_fleet_wiring_secret";
  private static RedisServerProcess redis;
  private static TalkoverStubServer api;

  @BeforeAll
  static void start() {
    redis = RedisServerProcess.start();
    api = TalkoverStubServer.builder().token(TOKEN).withFixtures().start();
    api.addCampaign(CampaignJsonBuilder.getShape("open-all-day").with(c -> c
        .daysOfWeek(List.of(1, 2, 3, 4, 5, 6, 7)).earliestCallTime("00:00:00").latestCallTime("23:59:00")
        .timezone("UTC").maxRetries(10)));
  }

  @AfterAll
  static void stop() {
    api.close();
    redis.close();
  }

  private static TalkoverCampaigns.Builder node() {
    return TalkoverCampaigns.builder().environment(Map.of(
        TalkoverCampaigns.TOKEN_VARIABLE, TOKEN,
        TalkoverCampaigns.BASE_URL_VARIABLE, api.baseUrl(),
        TalkoverCampaigns.REDIS_URL_VARIABLE, redis.url(),
        TalkoverCampaigns.RATE_LIMIT_VARIABLE, "1000/min"));
  }

  @Test
  void environment_turnsOnFleetMode_twoNodesMakeOneRequest() {
    try (TalkoverCampaigns a = node().build(); TalkoverCampaigns b = node().build()) {
      a.campaigns().get(CampaignId.of("campaign-uuid-1"));
      b.campaigns().get(CampaignId.of("campaign-uuid-1"));
      assertThat(api.requestCount("campaign-uuid-1")).isEqualTo(1);
      assertThat(b.fleetStatistics().orElseThrow().l2Hits()).isEqualTo(1);
      assertThat(a.toString()).contains("fleet=RedisFleet[redis://127.0.0.1:").contains("1000/min");
    }
  }

  @Test
  void freshRead_onANodeWhoseFleetHasAFreshSharedCopy_asksTheApi() {
    CampaignId id = CampaignId.of(api.addCampaign(CampaignJsonBuilder.getShape("fresh-read")));
    try (TalkoverCampaigns a = node().build(); TalkoverCampaigns b = node().build()) {
      a.campaigns().get(id);
      int before = api.requestCount(id.value());

      b.campaigns().getFresh(id);

      assertThat(api.requestCount(id.value())).as("the call gate's read is the API's, not Redis's")
          .isEqualTo(before + 1);
      b.campaigns().get(id);
      a.campaigns().get(id);
      assertThat(api.requestCount(id.value())).as("and it is what both nodes read next")
          .isEqualTo(before + 1);
    }
  }

  @Test
  void invalidate_onOneNode_dropsEveryNodesCopy() {
    CampaignId id = CampaignId.of("campaign-uuid-2");
    try (TalkoverCampaigns a = node().build(); TalkoverCampaigns b = node().build()) {
      b.campaigns().get(id);
      int before = api.requestCount(id.value());
      a.invalidate(id);
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
      while (api.requestCount(id.value()) == before && System.nanoTime() < until) {
        b.campaigns().get(id);
      }
      assertThat(api.requestCount(id.value())).as("b fetched again within a second").isEqualTo(before + 1);
    }
  }

  @Test
  void aReservationOnOneNode_isACallInProgressOnAnother() {
    CampaignId id = CampaignId.of("open-all-day");
    PhoneNumber number = PhoneNumber.parse("+15550000009");
    CompliancePolicies cap = CompliancePolicies.builder().attemptCap(3, Duration.ofHours(24)).build();
    try (TalkoverCampaigns a = node().policies(cap).build();
        TalkoverCampaigns b = node().policies(cap).build()) {
      assertThat(b.eligibility().decide(id, Contact.of(number)).callable()).isTrue();

      AttemptLedger.Reservation r = a.attemptLedger().tryReserve(id, number,
          new AttemptCap(3, Duration.ofHours(24)), Duration.ofMinutes(5), java.time.Instant.now());
      assertThat(r.isGranted()).isTrue();

      assertThat(b.eligibility().decide(id, Contact.of(number)).reasons())
          .contains(Reason.CALL_IN_PROGRESS);
    }
  }

  @Test
  void metrics_areBound_whenARegistryIsGiven() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    try (TalkoverCampaigns a = node().meterRegistry(registry).build()) {
      a.campaigns().get(CampaignId.of("campaign-uuid-1"));
      assertThat(registry.get("talkover.fleet.l2").tag("result", "hit").functionCounter().count()
          + registry.get("talkover.fleet.l2").tag("result", "miss").functionCounter().count())
          .isEqualTo(1.0);
      assertThat(registry.get("talkover.fleet.redis.available").gauge().value()).isEqualTo(1.0);
    }
  }

  @Test
  void badRedisUrlOrRateLimit_inTheEnvironment_namesTheVariable_andMasksThePassword() {
    assertThatThrownBy(() -> TalkoverCampaigns.builder().environment(Map.of(
        TalkoverCampaigns.REDIS_URL_VARIABLE, "http://:hunter2-pw@cache:6379")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("TALKOVER_REDIS_URL: ")
        .hasMessageNotContaining("hunter2");
    assertThatThrownBy(() -> TalkoverCampaigns.builder().environment(Map.of(
        TalkoverCampaigns.RATE_LIMIT_VARIABLE, "lots")))
        .hasMessageStartingWith("TALKOVER_RATE_LIMIT: 'lots' is not a rate");
  }

  @Test
  void passwordInTheRedisUrl_isNeverPrinted() {
    TalkoverCampaigns.Builder b = TalkoverCampaigns.builder().token(TOKEN).baseUrl(api.baseUrl())
        .fleet("redis://:hunter2-pw@127.0.0.1:" + redis.port());
    assertThat(b.toString()).contains("redis://:***@127.0.0.1:").doesNotContain("hunter2");
    try (TalkoverCampaigns t = b.build()) {
      assertThat(t.toString()).contains(":***@").doesNotContain("hunter2").doesNotContain(TOKEN);
      // This Redis has no password: fleet mode falls back to node-local reads, no failure.
      assertThat(t.campaigns().get(CampaignId.of("campaign-uuid-1")).id().value())
          .isEqualTo("campaign-uuid-1");
    }
  }
}
