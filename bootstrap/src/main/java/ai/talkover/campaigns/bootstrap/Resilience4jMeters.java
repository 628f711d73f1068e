package ai.talkover.campaigns.bootstrap;

import ai.talkover.campaigns.adapter.http.TalkoverHttpCampaignQuery;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetricsPublisher;
import io.github.resilience4j.micrometer.tagged.TaggedRetryMetricsPublisher;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Binds Resilience4j's retry and circuit-breaker meters. Loaded only when resilience4j-micrometer is
 * on the class path ({@link ClassPath#RESILIENCE4J_MICROMETER}).
 */
final class Resilience4jMeters {

  private Resilience4jMeters() {}

  static void bind(MeterRegistry registry, TalkoverHttpCampaignQuery http) {
    new TaggedCircuitBreakerMetricsPublisher(registry).publishMetrics(http.circuitBreaker());
    new TaggedRetryMetricsPublisher(registry).publishMetrics(http.retry());
  }
}
