package ai.talkover.campaigns.bootstrap;

import ai.talkover.campaigns.adapter.cache.CachingCampaignQuery;
import ai.talkover.campaigns.adapter.http.TalkoverHttpCampaignQuery;
import ai.talkover.campaigns.adapter.redis.FleetStatistics;
import ai.talkover.campaigns.adapter.redis.RedisFleet;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.function.ToDoubleFunction;

/**
 * Binds the library's meters; loaded only when a {@link MeterRegistry} is configured. It needs only
 * micrometer-core (HTTP timings, Caffeine's cache meters); Resilience4j's retry and breaker meters are
 * bound when resilience4j-micrometer is on the class path too, and their absence is logged once.
 */
final class MicrometerBinding {

  private static final Logger LOG = LoggerFactory.getLogger(MicrometerBinding.class);

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
    if (ClassPath.has(ClassPath.RESILIENCE4J_MICROMETER)) {
      Resilience4jMeters.bind(registry, http);
    } else {
      LOG.info("Retry and circuit-breaker meters not bound: add io.github.resilience4j:resilience4j-micrometer"
          + " to bind them (HTTP timings and cache meters are bound)");
    }
  }

  /**
   * Fleet mode's counters: {@code talkover.fleet.l2} (result hit/miss), {@code talkover.fleet.leases}
   * (result won/lost), {@code talkover.fleet.budget} (result wait/refusal),
   * {@code talkover.fleet.redis.errors}, {@code talkover.fleet.invalidations} and the gauge
   * {@code talkover.fleet.redis.available}.
   */
  static void bindFleet(MeterRegistry registry, RedisFleet fleet) {
    counter(registry, fleet, "talkover.fleet.l2", "result", "hit", FleetStatistics::l2Hits);
    counter(registry, fleet, "talkover.fleet.l2", "result", "miss", FleetStatistics::l2Misses);
    counter(registry, fleet, "talkover.fleet.leases", "result", "won", FleetStatistics::leasesWon);
    counter(registry, fleet, "talkover.fleet.leases", "result", "lost", FleetStatistics::leasesLost);
    counter(registry, fleet, "talkover.fleet.budget", "result", "wait", FleetStatistics::budgetWaits);
    counter(registry, fleet, "talkover.fleet.budget", "result", "refusal",
        FleetStatistics::budgetRefusals);
    counter(registry, fleet, "talkover.fleet.redis.errors", null, null, FleetStatistics::redisErrors);
    counter(registry, fleet, "talkover.fleet.invalidations", null, null,
        FleetStatistics::invalidationsReceived);
    Gauge.builder("talkover.fleet.redis.available", fleet, f -> f.isRedisAvailable() ? 1 : 0)
        .description("1 while fleet mode's Redis answers")
        .register(registry);
  }

  private static void counter(MeterRegistry registry, RedisFleet fleet, String name, String tag,
      String value, ToDoubleFunction<FleetStatistics> field) {
    FunctionCounter.Builder<RedisFleet> b =
        FunctionCounter.builder(name, fleet, f -> field.applyAsDouble(f.statistics()));
    if (tag != null) {
      b.tag(tag, value);
    }
    b.register(registry);
  }
}
