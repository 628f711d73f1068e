package ai.talkover.campaigns.spring.autoconfigure;

import ai.talkover.campaigns.application.port.in.DecideEligibilityUseCase;
import ai.talkover.campaigns.application.port.in.PlanContactsUseCase;
import ai.talkover.campaigns.application.port.out.CampaignQuery;
import ai.talkover.campaigns.domain.eligibility.DoNotCallList;
import ai.talkover.campaigns.bootstrap.TalkoverCampaigns;
import io.micrometer.core.instrument.MeterRegistry;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import ai.talkover.campaigns.domain.contact.Contact;
import ai.talkover.campaigns.domain.eligibility.Decision;
import ai.talkover.campaigns.domain.eligibility.PlannedContact;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Auto-configuration of the wired library from the {@code talkover.*} properties; active when
 * {@code talkover.api.token} is set (in {@code application.yml}, or as the environment variable
 * {@code TALKOVER_API_TOKEN}).
 *
 * <p>Offers, each only when the application has no bean of that type: the {@link TalkoverCampaigns}
 * (closed with the context), its cached {@link CampaignQuery}, and the use cases
 * {@link DecideEligibilityUseCase} and {@link PlanContactsUseCase}. The application's own
 * {@link DoNotCallList} and {@link Clock} beans are used when present, and a {@link MeterRegistry}
 * bean, when Micrometer is on the class path, gets the HTTP and cache metrics (and fleet mode's), plus
 * the retry and circuit-breaker metrics when resilience4j-micrometer is on the class path too.
 */
@AutoConfiguration(afterName = {
    "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
    "org.springframework.boot.actuate.autoconfigure.metrics.MetricsAutoConfiguration"})
@ConditionalOnClass(TalkoverCampaigns.class)
@ConditionalOnProperty(prefix = "talkover.api", name = "token")
@EnableConfigurationProperties(TalkoverProperties.class)
public class TalkoverAutoConfiguration {

  /** Created by Spring. */
  public TalkoverAutoConfiguration() {}

  /**
   * The wired library.
   *
   * @param properties the bound, validated properties
   * @param doNotCallList the application's do-not-call list, if it has one
   * @param clock the application's clock, if it has one
   * @param customizers the builder customizers
   * @return the library; closed with the context
   */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  public TalkoverCampaigns talkoverCampaigns(TalkoverProperties properties,
      ObjectProvider<DoNotCallList> doNotCallList, ObjectProvider<Clock> clock,
      ObjectProvider<TalkoverCampaignsBuilderCustomizer> customizers) {
    TalkoverCampaigns.Builder builder = PropertiesMapping.builder(properties);
    doNotCallList.ifAvailable(builder::doNotCallList);
    clock.ifAvailable(builder::clock);
    customizers.orderedStream().forEach(c -> c.customize(builder));
    try {
      return builder.build();
    } catch (IllegalArgumentException e) {
      throw BuilderErrors.named(e);
    }
  }

  /**
   * The cached, resilient campaign reader of the library.
   *
   * @param talkover the library
   * @return its query
   */
  @Bean
  @ConditionalOnMissingBean
  public CampaignQuery talkoverCampaignQuery(TalkoverCampaigns talkover) {
    return talkover.campaigns();
  }

  /**
   * "Decide for a number", now by the library's clock.
   *
   * @param talkover the library
   * @return the use case
   */
  @Bean
  @ConditionalOnMissingBean
  public DecideEligibilityUseCase talkoverEligibility(TalkoverCampaigns talkover) {
    // A bean of exactly this type: the library's service implements both use cases.
    DecideEligibilityUseCase eligibility = talkover.eligibility();
    return new DecideEligibilityUseCase() {
      @Override
      public Decision decide(CampaignId campaignId, Contact contact) {
        return eligibility.decide(campaignId, contact);
      }

      @Override
      public Decision decide(CampaignId campaignId, Contact contact, Instant at) {
        return eligibility.decide(campaignId, contact, at);
      }
    };
  }

  /**
   * "Plan a contact list", now by the library's clock.
   *
   * @param talkover the library
   * @return the use case
   */
  @Bean
  @ConditionalOnMissingBean
  public PlanContactsUseCase talkoverPlanner(TalkoverCampaigns talkover) {
    PlanContactsUseCase planner = talkover.planner();
    return new PlanContactsUseCase() {
      @Override
      public List<PlannedContact> plan(CampaignId campaignId, Collection<Contact> contacts) {
        return planner.plan(campaignId, contacts);
      }

      @Override
      public List<PlannedContact> plan(CampaignId campaignId, Collection<Contact> contacts, Instant at) {
        return planner.plan(campaignId, contacts, at);
      }
    };
  }

  /**
   * Hands the registry to the builder whenever Micrometer is present: the library binds the HTTP and
   * cache meters with micrometer-core alone, and Resilience4j's only when resilience4j-micrometer is
   * there too.
   */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(MeterRegistry.class)
  static class MetricsConfiguration {

    @Bean
    TalkoverCampaignsBuilderCustomizer talkoverMetricsCustomizer(ObjectProvider<MeterRegistry> registry) {
      return builder -> registry.ifAvailable(builder::meterRegistry);
    }
  }
}
