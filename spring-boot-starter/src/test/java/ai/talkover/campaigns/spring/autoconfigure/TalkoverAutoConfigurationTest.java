package ai.talkover.campaigns.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talkover.campaigns.application.port.in.DecideEligibilityUseCase;
import ai.talkover.campaigns.application.port.in.PlanContactsUseCase;
import ai.talkover.campaigns.application.port.out.CampaignQuery;
import ai.talkover.campaigns.domain.eligibility.DoNotCallList;
import ai.talkover.campaigns.bootstrap.TalkoverCampaigns;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import ai.talkover.campaigns.domain.contact.Contact;
import ai.talkover.campaigns.domain.eligibility.Decision;
import ai.talkover.campaigns.domain.contact.PhoneNumber;
import ai.talkover.campaigns.domain.eligibility.Reason;
import ai.talkover.campaigns.testkit.InMemoryCampaignQuery;
import ai.talkover.campaigns.testkit.TalkoverStubServer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class TalkoverAutoConfigurationTest {

  private static final String TOKEN = "talq_starter_test_secret";
  private static final CampaignId ID = CampaignId.of("campaign-uuid-1");
  /** Monday 2024-01-08 10:30 in New York: inside the fixture's Mon-Fri 09:00-17:00 window. */
  private static final Instant OPEN = Instant.parse("2024-01-08T15:30:00Z");
  /** Monday 2024-01-08 08:00 in New York: before the window opens at 09:00 (14:00Z). */
  private static final Instant BEFORE_OPENING = Instant.parse("2024-01-08T13:00:00Z");

  private static TalkoverStubServer server;

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(TalkoverAutoConfiguration.class));

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

  private ApplicationContextRunner configured() {
    return runner.withPropertyValues("talkover.api.token=" + TOKEN,
        "talkover.api.base-url=" + server.rootUrl());
  }

  private static Clock at(Instant instant) {
    return Clock.fixed(instant, ZoneOffset.UTC);
  }

  @Test
  void withoutToken_offersNoBean() {
    runner.run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context).doesNotHaveBean(TalkoverCampaigns.class);
      assertThat(context).doesNotHaveBean(CampaignQuery.class);
      assertThat(context).doesNotHaveBean(DecideEligibilityUseCase.class);
      assertThat(context).doesNotHaveBean(PlanContactsUseCase.class);
      assertThat(context).doesNotHaveBean(TalkoverProperties.class);
    });
  }

  @Test
  void withToken_offersTheLibraryItsQueryAndBothUseCases_fromOneClient() {
    configured().withBean(Clock.class, () -> at(OPEN)).run(context -> {
      assertThat(context).hasSingleBean(TalkoverCampaigns.class);
      TalkoverCampaigns talkover = context.getBean(TalkoverCampaigns.class);
      assertThat(context.getBean(CampaignQuery.class)).isSameAs(talkover.campaigns());
      Decision d = context.getBean(DecideEligibilityUseCase.class).decide(ID, Contact.of("+15550000001"));
      assertThat(d.callable()).isTrue();
      assertThat(context.getBean(PlanContactsUseCase.class).plan(ID, List.of(Contact.of("+15550000001"))))
          .singleElement().satisfies(row -> assertThat(row.decision()).isEqualTo(d));
      // Both use cases read through the one client's cache: one request in all.
      assertThat(server.requestCount("campaign-uuid-1")).isEqualTo(1);
      assertThat(server.lastRequest().flatMap(r -> r.header("Authorization"))).contains("Bearer " + TOKEN);
    });
  }

  @Test
  void tokenFromTheEnvironmentVariable_turnsTheConfigurationOnByRelaxedBinding() {
    runner.withPropertyValues("talkover.api.base-url=" + server.rootUrl())
        .withInitializer(ctx -> ctx.getEnvironment().getPropertySources().addLast(
            new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                Map.of("TALKOVER_API_TOKEN", TOKEN))))
        .run(context -> {
          assertThat(context).hasSingleBean(TalkoverCampaigns.class);
          assertThat(context.getBean(CampaignQuery.class).get(ID).id()).isEqualTo(ID);
        });
  }

  @Test
  void closingTheContext_closesTheClient() {
    TalkoverCampaigns[] seen = new TalkoverCampaigns[1];
    configured().run(context -> seen[0] = context.getBean(TalkoverCampaigns.class));
    assertThatThrownBy(() -> seen[0].campaigns().get(ID)).isInstanceOf(IllegalStateException.class);
    assertThat(server.totalRequestCount()).isZero();
  }

  @Test
  void aUserTalkoverCampaigns_winsAndBacksTheOfferedBeans() {
    TalkoverCampaigns own = TalkoverCampaigns.builder().token(TOKEN).baseUrl(server.rootUrl()).build();
    configured().withBean("own", TalkoverCampaigns.class, () -> own).run(context -> {
      assertThat(context).hasSingleBean(TalkoverCampaigns.class);
      assertThat(context.getBean(TalkoverCampaigns.class)).isSameAs(own);
      assertThat(context.getBean(CampaignQuery.class)).isSameAs(own.campaigns());
      context.getBean(DecideEligibilityUseCase.class).decide(ID, Contact.of("+15550000001"));
      assertThat(own.cacheStatistics().misses()).isEqualTo(1);
    });
  }

  @Test
  void aUserBeanOfEachOfferedType_wins() {
    CampaignQuery query = InMemoryCampaignQuery.of();
    DecideEligibilityUseCase eligibility = new DecideEligibilityUseCase() {
      @Override
      public Decision decide(CampaignId id, Contact contact) {
        return decide(id, contact, OPEN);
      }

      @Override
      public Decision decide(CampaignId id, Contact contact, Instant at) {
        return Decision.of(false, null, java.util.Set.of(Reason.DO_NOT_CALL));
      }
    };
    PlanContactsUseCase planner = new PlanContactsUseCase() {
      @Override
      public List<ai.talkover.campaigns.domain.eligibility.PlannedContact> plan(CampaignId id,
          java.util.Collection<Contact> contacts) {
        return List.of();
      }

      @Override
      public List<ai.talkover.campaigns.domain.eligibility.PlannedContact> plan(CampaignId id,
          java.util.Collection<Contact> contacts, Instant at) {
        return List.of();
      }
    };
    configured()
        .withBean(CampaignQuery.class, () -> query)
        .withBean(DecideEligibilityUseCase.class, () -> eligibility)
        .withBean(PlanContactsUseCase.class, () -> planner)
        .run(context -> {
          assertThat(context.getBean(CampaignQuery.class)).isSameAs(query);
          assertThat(context.getBean(DecideEligibilityUseCase.class)).isSameAs(eligibility);
          assertThat(context.getBean(PlanContactsUseCase.class)).isSameAs(planner);
          assertThat(context).hasSingleBean(TalkoverCampaigns.class);
        });
  }

  @Test
  void aClockBean_isTheTimeSourceOfTheDecisions() {
    configured().withBean(Clock.class, () -> at(BEFORE_OPENING)).run(context -> {
      Decision d = context.getBean(DecideEligibilityUseCase.class).decide(ID, Contact.of("+15550000001"));
      assertThat(d.callable()).isFalse();
      assertThat(d.reasons()).containsExactly(Reason.OUTSIDE_CALL_WINDOW);
      assertThat(d.nextEligibleAt()).contains(Instant.parse("2024-01-08T14:00:00Z"));
    });
  }

  @Test
  void theOfferedUseCases_decideAndPlanAtAGivenInstantToo() {
    configured().withBean(Clock.class, () -> at(BEFORE_OPENING)).run(context -> {
      assertThat(context.getBean(DecideEligibilityUseCase.class)
          .decide(ID, Contact.of("+15550000001"), OPEN).callable()).isTrue();
      assertThat(context.getBean(PlanContactsUseCase.class)
          .plan(ID, List.of(Contact.of("+15550000001")), OPEN))
          .singleElement().satisfies(row -> assertThat(row.decision().callable()).isTrue());
    });
  }

  @Test
  void aDoNotCallListBean_isConsulted() {
    DoNotCallList list = DoNotCallList.inMemory(List.of(PhoneNumber.parse("+15550000009")));
    configured().withBean(Clock.class, () -> at(OPEN)).withBean(DoNotCallList.class, () -> list)
        .run(context -> {
          DecideEligibilityUseCase eligibility = context.getBean(DecideEligibilityUseCase.class);
          assertThat(eligibility.decide(ID, Contact.of("+15550000009")).reasons())
              .containsExactly(Reason.DO_NOT_CALL);
          assertThat(eligibility.decide(ID, Contact.of("+15550000001")).callable()).isTrue();
        });
  }

  @Test
  void withoutADoNotCallListBean_noNumberIsListed() {
    configured().withBean(Clock.class, () -> at(OPEN)).run(context ->
        assertThat(context.getBean(DecideEligibilityUseCase.class)
            .decide(ID, Contact.of("+15550000009")).callable()).isTrue());
  }

  @Test
  void durations_takeBootsShortAndIsoForms() {
    configured().withPropertyValues("talkover.http.deadline=PT10S", "talkover.http.connect-timeout=1500ms",
        "talkover.cache.max-staleness=2h", "talkover.compliance.attempt-cap.max=3",
        "talkover.compliance.attempt-cap.per=1d").run(context -> {
          TalkoverProperties p = context.getBean(TalkoverProperties.class);
          assertThat(p.getHttp().getDeadline()).isEqualTo(Duration.ofSeconds(10));
          assertThat(p.getHttp().getConnectTimeout()).isEqualTo(Duration.ofMillis(1500));
          assertThat(p.getCache().getMaxStaleness()).isEqualTo(Duration.ofHours(2));
          assertThat(p.getCompliance().getAttemptCap().getPer()).isEqualTo(Duration.ofDays(1));
        });
  }

  @Test
  void complianceProperties_addTheirPolicies() {
    // 2024-01-08 is a Monday; 10:30 in New York is inside the campaign window.
    configured().withBean(Clock.class, () -> at(OPEN))
        .withPropertyValues("talkover.compliance.recipient-hours=11:00-20:00",
            "talkover.compliance.blackout-dates[0]=2024-12-25")
        .run(context -> {
          Decision d = context.getBean(DecideEligibilityUseCase.class).decide(ID, Contact.of("+12127365000"));
          assertThat(d.callable()).isFalse();
          assertThat(d.reasons()).containsExactly(Reason.RECIPIENT_QUIET_HOURS);
          // 11:00 in New York.
          assertThat(d.nextEligibleAt()).contains(Instant.parse("2024-01-08T16:00:00Z"));
        });
    configured().withBean(Clock.class, () -> at(OPEN))
        .withPropertyValues("talkover.compliance.blackout-dates=2024-01-08,2024-12-25")
        .run(context -> {
          Decision d = context.getBean(DecideEligibilityUseCase.class).decide(ID, Contact.of("+15550000001"));
          assertThat(d.reasons()).containsExactly(Reason.BLACKOUT_DATE);
          // Tuesday 09:00 in New York.
          assertThat(d.nextEligibleAt()).contains(Instant.parse("2024-01-09T14:00:00Z"));
        });
  }

  @Test
  void aMeterRegistryBean_getsTheHttpCacheRetryAndBreakerMetrics() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    configured().withBean(MeterRegistry.class, () -> registry).run(context -> {
      context.getBean(CampaignQuery.class).get(ID);
      assertThat(registry.get("talkover.http.client.requests").tag("status", "200").timer().count())
          .isEqualTo(1);
      assertThat(registry.find("cache.gets").tag("cache", "talkover.campaigns").meters()).isNotEmpty();
      assertThat(registry.find("resilience4j.circuitbreaker.state").gauges()).isNotEmpty();
      assertThat(registry.find("resilience4j.retry.calls").meters()).isNotEmpty();
    });
  }

  @Test
  void withoutMicrometer_theClientStartsWithoutMetrics() {
    configured().withClassLoader(new FilteredClassLoader(MeterRegistry.class)).run(context -> {
      assertThat(context).hasSingleBean(TalkoverCampaigns.class);
      assertThat(context).doesNotHaveBean("talkoverMetricsCustomizer");
    });
  }

  @Test
  void proxyProperties_routeTheRequestsThroughTheProxy() throws Exception {
    int closedPort;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    configured().withPropertyValues("talkover.http.proxy.host=127.0.0.1", "talkover.http.proxy.port=" + closedPort,
        "talkover.http.max-attempts=1").run(context -> {
          assertThatThrownBy(() -> context.getBean(CampaignQuery.class).get(ID))
              .isInstanceOf(ai.talkover.campaigns.application.port.out.NetworkException.class);
          assertThat(server.totalRequestCount()).isZero();
        });
  }

  @Test
  void maxAttempts_boundsTheRequestsOfOneCall() {
    configured().withPropertyValues("talkover.http.max-attempts=2").run(context -> {
      server.fault(ai.talkover.campaigns.testkit.FaultSpec.forCampaign("campaign-uuid-1").status(500));
      assertThatThrownBy(() -> context.getBean(CampaignQuery.class).get(ID))
          .isInstanceOf(ai.talkover.campaigns.application.port.out.CampaignQueryException.class);
      assertThat(server.requestCount("campaign-uuid-1")).isEqualTo(2);
    });
  }

  @Test
  void builderCustomizers_runAfterTheProperties() {
    configured().withPropertyValues("talkover.http.max-attempts=3")
        .withBean(TalkoverCampaignsBuilderCustomizer.class, () -> b -> b.retry(r -> r.maxAttempts(1)))
        .run(context -> {
          server.fault(ai.talkover.campaigns.testkit.FaultSpec.forCampaign("campaign-uuid-1").status(500));
          assertThatThrownBy(() -> context.getBean(CampaignQuery.class).get(ID))
              .isInstanceOf(ai.talkover.campaigns.application.port.out.CampaignQueryException.class);
          assertThat(server.requestCount("campaign-uuid-1")).isEqualTo(1);
        });
  }
}
