package ai.talkover.campaigns.bootstrap.classpath;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talkover.campaigns.bootstrap.TalkoverCampaigns;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import ai.talkover.campaigns.testkit.TalkoverStubServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Runs (surefire execution {@code without-resilience4j-micrometer}) with micrometer-core but without
 * resilience4j-micrometer: the usual Spring Boot actuator class path.
 */
@Tag("without-resilience4j-micrometer")
class WithoutResilience4jMicrometerTest {

  @Test
  void meterRegistry_withOnlyMicrometerCore_buildsAndBindsHttpAndCacheMeters() {
    assertThat(OptionalClasses.present("io.micrometer.core.instrument.MeterRegistry")).isTrue();
    assertThat(OptionalClasses.present("io.github.resilience4j.micrometer.tagged.TaggedRetryMetricsPublisher"))
        .as("resilience4j-micrometer is left out of this class path").isFalse();

    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    try (TalkoverStubServer server = TalkoverStubServer.builder().token("talq_t").withFixtures().start();
        TalkoverCampaigns talkover = TalkoverCampaigns.builder().token("talq_t")
            .baseUrl(server.rootUrl()).meterRegistry(registry).build()) {
      talkover.campaigns().get(CampaignId.of("campaign-uuid-1"));
      talkover.campaigns().get(CampaignId.of("campaign-uuid-1"));

      assertThat(registry.get("talkover.http.client.requests").tag("status", "200").timer().count())
          .isEqualTo(1);
      assertThat(registry.get("cache.gets").tag("cache", "talkover.campaigns").tag("result", "hit")
          .functionCounter().count()).isEqualTo(1.0);
      assertThat(registry.find("resilience4j.retry.calls").meters()).isEmpty();
      assertThat(registry.find("resilience4j.circuitbreaker.state").meters()).isEmpty();
    }
  }
}
