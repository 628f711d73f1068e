package ai.talkover.campaigns.spring.autoconfigure;

import ai.talkover.campaigns.bootstrap.TalkoverCampaigns;

/** Applies the bound {@code talkover.*} properties to a {@link TalkoverCampaigns.Builder}. */
final class PropertiesMapping {

  private PropertiesMapping() {}

  /**
   * @param p the bound, validated properties
   * @return a builder with every property applied
   * @throws IllegalArgumentException naming the property when a builder rejects a value
   */
  static TalkoverCampaigns.Builder builder(TalkoverProperties p) {
    try {
      return apply(p);
    } catch (IllegalArgumentException e) {
      throw BuilderErrors.named(e);
    }
  }

  private static TalkoverCampaigns.Builder apply(TalkoverProperties p) {
    TalkoverProperties.Api api = p.getApi();
    TalkoverProperties.Http http = p.getHttp();
    TalkoverProperties.Cache cache = p.getCache();
    TalkoverCampaigns.Builder b = TalkoverCampaigns.builder()
        .token(api.getToken().strip())
        .baseUrl(api.getBaseUrl().strip())
        .allowInsecureHttp(api.isAllowInsecureHttp())
        .connectTimeout(http.getConnectTimeout())
        .responseTimeout(http.getResponseTimeout())
        .deadline(http.getDeadline())
        .maxConnections(http.getMaxConnections())
        .cacheMaximumSize(cache.getMaximumSize())
        .cacheExpireAfterWrite(cache.getExpireAfterWrite())
        .cacheRefreshAfterWrite(cache.getRefreshAfterWrite())
        .cacheMaxStaleness(cache.getMaxStaleness())
        .cacheNotFoundTtl(cache.getNotFoundTtl());
    int attempts = http.getMaxAttempts();
    b.retry(retry -> retry.maxAttempts(attempts));
    TalkoverProperties.Proxy proxy = http.getProxy();
    if (proxy.getHost() != null) {
      b.proxy(proxy.getHost().strip(), proxy.getPort());
    }
    if (api.getRateLimit() != null) {
      b.rateLimit(api.getRateLimit().strip());
    }
    if (p.getFleet().getRedisUrl() != null) {
      b.fleet(p.getFleet().getRedisUrl().strip());
    }
    b.callHold(p.getCalls().getHold());
    PolicyBinding.policies(p.getCompliance(), problem -> {
      // Unreachable after the binding validation passed; never silently dropped all the same.
      throw new IllegalArgumentException(problem);
    }).ifPresent(b::policies);
    return b;
  }
}
