package ai.talkover.campaigns.bootstrap;

import ai.talkover.campaigns.adapter.http.TalkoverHttpCampaignQuery;
import ai.talkover.campaigns.adapter.redis.RedisFleet;
import ai.talkover.campaigns.application.port.out.CampaignQuery;
import ai.talkover.campaigns.application.port.out.RateLimit;
import ai.talkover.campaigns.application.port.out.RequestBudget;
import ai.talkover.campaigns.domain.compliance.CompliancePolicies;
import java.time.Duration;

/**
 * Fleet mode's part of the wiring: the Redis connection (keys namespaced by the API base URL), the
 * request budget (shared in fleet mode, local when only a rate limit was set, else unlimited) and
 * the shared campaign tier.
 */
final class FleetWiring {

  /** The ledger keeps attempts at least this long, longer when an attempt cap's period is longer. */
  static final Duration DEFAULT_LEDGER_RETENTION = Duration.ofHours(24);

  private FleetWiring() {}

  /** The Redis fleet, or {@code null} without fleet mode. */
  static RedisFleet fleet(Settings s) {
    if (!s.fleetMode()) {
      return null;
    }
    Duration deadline = s.deadlineOrDefault();
    return RedisFleet.builder(s.redisUrlField, s.redisUrl, apiNamespace(s.baseUrl), s.token)
        .clock(s.clock)
        .leaseTtl(deadline.plusSeconds(1))
        .waitTimeout(deadline)
        .ledgerRetention(ledgerRetention(s.policies))
        // Not the cache's reload executor: its reloads wait in the shared tier for a lease holder
        // whose refresh would queue behind them (RedisFleet.Builder#executor).
        .build();
  }

  static RequestBudget budget(Settings s, RedisFleet fleet) {
    if (fleet != null) {
      return fleet.requestBudget(s.rateLimit == null ? RateLimit.STANDARD : s.rateLimit);
    }
    return s.rateLimit == null ? RequestBudget.unlimited()
        : RedisFleet.localRequestBudget(s.rateLimit, s.clock);
  }

  /** What the local cache loads from: the fetches themselves, or the shared tier in front of them. */
  static CampaignQuery behindCache(Settings s, RedisFleet fleet, CampaignQuery fetches,
      TalkoverHttpCampaignQuery http) {
    if (fleet == null) {
      return fetches;
    }
    return fleet.sharedTier(fetches, new HttpBodySource(http), s.refreshOrDefault(),
        s.expireOrDefault(), s.maxStalenessOrDefault());
  }

  /** The base URL as the fleet's keys name it: without a trailing slash or {@code /api/v1}. */
  static String apiNamespace(String baseUrl) {
    String url = baseUrl == null ? TalkoverHttpCampaignQuery.DEFAULT_BASE_URL : baseUrl.trim();
    while (url.endsWith("/")) {
      url = url.substring(0, url.length() - 1);
    }
    if (url.endsWith("/api/v1")) {
      url = url.substring(0, url.length() - "/api/v1".length());
    }
    return url;
  }

  private static Duration ledgerRetention(CompliancePolicies policies) {
    Duration capPeriod = policies == null ? Duration.ZERO
        : policies.attemptCap().map(c -> c.period()).orElse(Duration.ZERO);
    return capPeriod.compareTo(DEFAULT_LEDGER_RETENTION) > 0 ? capPeriod : DEFAULT_LEDGER_RETENTION;
  }
}
