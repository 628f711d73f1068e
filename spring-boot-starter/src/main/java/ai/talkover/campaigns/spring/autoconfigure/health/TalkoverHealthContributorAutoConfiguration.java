package ai.talkover.campaigns.spring.autoconfigure.health;

import ai.talkover.campaigns.bootstrap.TalkoverCampaigns;
import ai.talkover.campaigns.spring.autoconfigure.TalkoverAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the {@code talkover} health component when the actuator is on the class path
 * and a {@link TalkoverCampaigns} bean exists; {@code management.health.talkover.enabled=false} turns
 * it off.
 */
@AutoConfiguration(after = TalkoverAutoConfiguration.class)
@ConditionalOnClass({HealthIndicator.class, ConditionalOnEnabledHealthIndicator.class})
@ConditionalOnBean(TalkoverCampaigns.class)
@ConditionalOnEnabledHealthIndicator("talkover")
public class TalkoverHealthContributorAutoConfiguration {

  /** Created by Spring. */
  public TalkoverHealthContributorAutoConfiguration() {}

  /**
   * The health component, named {@code talkover} after the bean.
   *
   * @param talkover the client
   * @return the indicator
   */
  @Bean
  @ConditionalOnMissingBean(name = {"talkoverHealthIndicator", "talkoverHealthContributor"})
  public HealthIndicator talkoverHealthIndicator(TalkoverCampaigns talkover) {
    return new TalkoverHealthIndicator(talkover);
  }
}
