package ai.talkover.campaigns.spring.autoconfigure;

import ai.talkover.campaigns.bootstrap.TalkoverCampaigns;

/**
 * A bean that adjusts the {@link TalkoverCampaigns.Builder} after the {@code talkover.*} properties,
 * the do-not-call list, the clock and the meter registry were applied, for the settings that have no
 * property (backoff, circuit breaker, a stale-serve listener, a cache executor...). Customizers run in
 * {@link org.springframework.core.annotation.Order @Order} order. A customizer that sets
 * {@code retry(...)} replaces the one that applies {@code talkover.http.max-attempts}: set the attempts
 * in it too.
 */
@FunctionalInterface
public interface TalkoverCampaignsBuilderCustomizer {

  /**
   * Adjusts the builder.
   *
   * @param builder the builder; not {@code null}
   */
  void customize(TalkoverCampaigns.Builder builder);
}
