package ai.talkover.campaigns.spring.autoconfigure.health;

import ai.talkover.campaigns.adapter.cache.CacheStatistics;
import ai.talkover.campaigns.bootstrap.ClientHealth;
import ai.talkover.campaigns.bootstrap.TalkoverCampaigns;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * The {@code talkover} health component: the circuit breaker's state, the cache's figures and the age
 * of the last successful API read. DOWN while the breaker rejects calls (reads are then served only
 * from the cache), UP otherwise. A probe reads what the client already knows: it never calls the API.
 *
 * <p>Thread-safe.
 */
public final class TalkoverHealthIndicator implements HealthIndicator {

  private final TalkoverCampaigns talkover;

  /**
   * @param talkover the client to report on; not {@code null}
   */
  public TalkoverHealthIndicator(TalkoverCampaigns talkover) {
    this.talkover = Objects.requireNonNull(talkover, "talkover");
  }

  @Override
  public Health health() {
    ClientHealth h = talkover.health();
    CacheStatistics s = h.cache();
    Map<String, Object> cache = new LinkedHashMap<>();
    cache.put("size", h.cachedCampaigns());
    cache.put("hits", s.hits());
    cache.put("misses", s.misses());
    cache.put("hitRate", s.hitRate());
    cache.put("loads", s.loads());
    cache.put("loadFailures", s.loadFailures());
    cache.put("staleServes", s.staleServes());
    cache.put("evictions", s.evictions());
    return (h.callsPermitted() ? Health.up() : Health.down())
        .withDetail("circuitBreaker", h.circuitBreakerState())
        .withDetail("cache", cache)
        .withDetail("lastSuccessfulFetch", h.lastSuccessfulFetch().map(Object::toString).orElse("never"))
        .withDetail("lastSuccessfulFetchAge", h.lastSuccessfulFetchAge().map(Object::toString).orElse("never"))
        .build();
  }
}
