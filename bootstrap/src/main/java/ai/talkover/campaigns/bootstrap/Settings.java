package ai.talkover.campaigns.bootstrap;

import ai.talkover.campaigns.adapter.cache.StaleServeListener;
import ai.talkover.campaigns.adapter.redis.RedisFleet;
import ai.talkover.campaigns.application.port.out.RateLimit;
import ai.talkover.campaigns.domain.compliance.CompliancePolicies;
import ai.talkover.campaigns.domain.eligibility.DoNotCallList;
import com.github.benmanes.caffeine.cache.Ticker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * What a {@link TalkoverCampaigns.Builder} was told, read once by the wiring. A {@code null} setting
 * means "the documented default", which each adapter's own builder applies; the few defaults the
 * wiring itself needs (to size fleet leases and the shared tier's freshness) are named here. Not
 * thread-safe; never printed (it holds the token).
 */
final class Settings {

  static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(15);
  static final Duration DEFAULT_REFRESH = Duration.ofSeconds(30);
  static final Duration DEFAULT_EXPIRE = Duration.ofMinutes(5);
  static final Duration DEFAULT_MAX_STALENESS = Duration.ofHours(1);

  // The API and its HTTP client.
  String token;
  String baseUrl;
  boolean allowInsecureHttp;
  String proxyHost;
  int proxyPort;
  Duration connectTimeout;
  Duration responseTimeout;
  Duration poolLeaseTimeout;
  Duration deadline;
  Integer maxConnections;
  IntervalFunction backoff;
  Consumer<RetryConfig.Builder<Object>> retry = r -> { };
  Consumer<CircuitBreakerConfig.Builder> circuitBreaker = c -> { };

  // The node-local cache.
  Long cacheMaximumSize;
  Duration cacheExpireAfterWrite;
  Duration cacheRefreshAfterWrite;
  Duration cacheMaxStaleness;
  Duration cacheNotFoundTtl;
  Ticker cacheTicker;
  Executor cacheExecutor;
  StaleServeListener staleServeListener;

  // The use cases.
  Clock clock = Clock.systemUTC();
  DoNotCallList doNotCallList = DoNotCallList.empty();
  CompliancePolicies policies;
  Duration callHold;
  io.micrometer.core.instrument.MeterRegistry meterRegistry;

  // Fleet mode and the request budget.
  String redisUrl;
  String redisUrlField;
  String redisUrlMasked;
  RateLimit rateLimit;

  /** Turns fleet mode on; {@code field} names the setting in errors (the password masked). */
  void fleet(String field, String url) {
    this.redisUrlMasked = RedisFleet.checkUrl(field, url);
    this.redisUrl = url.trim();
    this.redisUrlField = field;
  }

  boolean fleetMode() {
    return redisUrl != null;
  }

  Duration deadlineOrDefault() {
    return deadline == null ? DEFAULT_DEADLINE : deadline;
  }

  Duration refreshOrDefault() {
    return cacheRefreshAfterWrite == null ? DEFAULT_REFRESH : cacheRefreshAfterWrite;
  }

  Duration expireOrDefault() {
    return cacheExpireAfterWrite == null ? DEFAULT_EXPIRE : cacheExpireAfterWrite;
  }

  Duration maxStalenessOrDefault() {
    return cacheMaxStaleness == null ? DEFAULT_MAX_STALENESS : cacheMaxStaleness;
  }
}
