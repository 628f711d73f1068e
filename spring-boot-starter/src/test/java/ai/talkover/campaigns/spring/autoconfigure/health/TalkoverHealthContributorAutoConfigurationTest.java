package ai.talkover.campaigns.spring.autoconfigure.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talkover.campaigns.application.port.out.CampaignQuery;
import ai.talkover.campaigns.application.port.out.CampaignQueryException;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import ai.talkover.campaigns.spring.autoconfigure.TalkoverAutoConfiguration;
import ai.talkover.campaigns.spring.autoconfigure.TalkoverCampaignsBuilderCustomizer;
import ai.talkover.campaigns.testkit.FaultSpec;
import ai.talkover.campaigns.testkit.TalkoverStubServer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.autoconfigure.health.HealthContributorAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.health.HealthEndpointAutoConfiguration;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthContributorRegistry;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class TalkoverHealthContributorAutoConfigurationTest {

  private static final String TOKEN = "talq_health_secret";
  private static final CampaignId ID = CampaignId.of("campaign-uuid-1");

  private static TalkoverStubServer server;

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(TalkoverAutoConfiguration.class,
          TalkoverHealthContributorAutoConfiguration.class, HealthContributorAutoConfiguration.class,
          HealthEndpointAutoConfiguration.class))
      .withPropertyValues("talkover.api.token=" + TOKEN, "talkover.api.base-url=" + server.rootUrl());

  @BeforeAll
  static void startServer() {
    server = TalkoverStubServer.builder().token(TOKEN).withFixtures().start();
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @BeforeEach
  void clearServer() {
    server.clearFaults();
    server.resetRequests();
  }

  /** A clock the test moves by hand. */
  private static final class MovableClock extends Clock {
    private final AtomicReference<Instant> now;

    MovableClock(Instant start) {
      this.now = new AtomicReference<>(start);
    }

    void advance(Duration d) {
      now.updateAndGet(i -> i.plus(d));
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
      return now.get();
    }
  }

  @Test
  void theTalkoverComponent_isRegisteredUnderItsName() {
    runner.run(context -> {
      assertThat(context).hasBean("talkoverHealthIndicator");
      assertThat(context.getBean(HealthContributorRegistry.class).getContributor("talkover"))
          .isInstanceOf(TalkoverHealthIndicator.class);
    });
  }

  @Test
  void health_isUpWithBreakerCacheAndFetchAge_andAProbeSendsNoRequest() {
    MovableClock clock = new MovableClock(Instant.parse("2025-03-10T12:00:00Z"));
    runner.withBean(Clock.class, () -> clock).run(context -> {
      HealthIndicator indicator = context.getBean("talkoverHealthIndicator", HealthIndicator.class);
      Health before = indicator.health();
      assertThat(before.getStatus()).isEqualTo(Status.UP);
      assertThat(before.getDetails()).containsEntry("lastSuccessfulFetch", "never")
          .containsEntry("circuitBreaker", "CLOSED");

      context.getBean(CampaignQuery.class).get(ID);
      context.getBean(CampaignQuery.class).get(ID);
      clock.advance(Duration.ofSeconds(42));
      Health after = indicator.health();
      indicator.health();

      assertThat(after.getStatus()).isEqualTo(Status.UP);
      assertThat(after.getDetails())
          .containsEntry("circuitBreaker", "CLOSED")
          .containsEntry("lastSuccessfulFetch", "2025-03-10T12:00:00Z")
          .containsEntry("lastSuccessfulFetchAge", "PT42S");
      assertThat(after.getDetails().get("cache")).isInstanceOfSatisfying(Map.class, cache -> assertThat(cache)
          .containsEntry("size", 1L).containsEntry("hits", 1L).containsEntry("misses", 1L)
          .containsEntry("hitRate", 0.5).containsEntry("loadFailures", 0L));
      assertThat(server.totalRequestCount()).isEqualTo(1);
    });
  }

  @Test
  void health_isDownWhileTheBreakerIsOpen() {
    TalkoverCampaignsBuilderCustomizer narrowBreaker =
        b -> b.retry(r -> r.maxAttempts(1)).circuitBreaker(c -> c.failureRateThreshold(50)
            .slidingWindowSize(2).minimumNumberOfCalls(2).waitDurationInOpenState(Duration.ofMinutes(5)));
    server.fault(FaultSpec.forCampaign("campaign-uuid-1").status(500));
    runner.withBean(TalkoverCampaignsBuilderCustomizer.class, () -> narrowBreaker).run(context -> {
      CampaignQuery query = context.getBean(CampaignQuery.class);
      for (int i = 0; i < 2; i++) {
        assertThatThrownBy(() -> query.get(ID)).isInstanceOf(CampaignQueryException.class);
        context.getBean(ai.talkover.campaigns.bootstrap.TalkoverCampaigns.class).invalidateAll();
      }
      int requests = server.totalRequestCount();
      Health health = context.getBean("talkoverHealthIndicator", HealthIndicator.class).health();
      assertThat(health.getStatus()).isEqualTo(Status.DOWN);
      assertThat(health.getDetails()).containsEntry("circuitBreaker", "OPEN")
          .containsEntry("lastSuccessfulFetch", "never");
      assertThat(server.totalRequestCount()).isEqualTo(requests);
    });
  }

  @Test
  void disabledByManagementProperty_isAbsent() {
    runner.withPropertyValues("management.health.talkover.enabled=false")
        .run(context -> assertThat(context).doesNotHaveBean("talkoverHealthIndicator"));
  }

  @Test
  void withoutTheActuatorOnTheClassPath_isAbsentAndTheClientStillStarts() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(TalkoverAutoConfiguration.class,
            TalkoverHealthContributorAutoConfiguration.class))
        .withPropertyValues("talkover.api.token=" + TOKEN, "talkover.api.base-url=" + server.rootUrl())
        .withClassLoader(new FilteredClassLoader(HealthIndicator.class))
        .run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(context).hasSingleBean(ai.talkover.campaigns.bootstrap.TalkoverCampaigns.class);
          assertThat(context).doesNotHaveBean("talkoverHealthIndicator");
        });
  }

  @Test
  void withoutAToken_isAbsent() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(TalkoverAutoConfiguration.class,
            TalkoverHealthContributorAutoConfiguration.class))
        .run(context -> assertThat(context).doesNotHaveBean("talkoverHealthIndicator"));
  }

  @Test
  void aUserIndicatorOfTheSameName_wins() {
    HealthIndicator own = () -> Health.unknown().build();
    runner.withBean("talkoverHealthIndicator", HealthIndicator.class, () -> own).run(context ->
        assertThat(context.getBean("talkoverHealthIndicator")).isSameAs(own));
  }
}
