package ai.talkover.campaigns.bootstrap;

import ai.talkover.campaigns.adapter.cache.CachingCampaignQuery;
import ai.talkover.campaigns.adapter.http.TalkoverHttpCampaignQuery;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetricsPublisher;
import io.github.resilience4j.micrometer.tagged.TaggedRetryMetricsPublisher;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

/** Binds the library's meters; loaded only when a {@link MeterRegistry} is configured. */
final class MicrometerBinding {

  /** The cache name in Caffeine's metrics. */
  static final String CACHE_NAME = "talkover.campaigns";
  /** The HTTP timer. */
  static final String HTTP_TIMER = "talkover.http.client.requests";

  private MicrometerBinding() {}

  static TalkoverHttpCampaignQuery.ExchangeListener exchangeListener(MeterRegistry registry) {
    return (method, pathTemplate, status, duration, outcome) -> Timer.builder(HTTP_TIMER)
        .description("Talkover API exchanges, one per attempt")
        .tag("method", method)
        .tag("uri", pathTemplate)
        .tag("status", status == 0 ? "none" : Integer.toString(status))
        .tag("outcome", outcome.name())
        .register(registry)
        .record(duration);
  }

  static void bind(MeterRegistry registry, TalkoverHttpCampaignQuery http, CachingCampaignQuery cache) {
    CaffeineCacheMetrics.monitor(registry, cache.caffeineCache(), CACHE_NAME);
    new TaggedCircuitBreakerMetricsPublisher(registry).publishMetrics(http.circuitBreaker());
    new TaggedRetryMetricsPublisher(registry).publishMetrics(http.retry());
  }
}
