package ai.talkover.campaigns.bootstrap;

import ai.talkover.campaigns.adapter.cache.CachingCampaignQuery;
import ai.talkover.campaigns.application.port.out.CampaignQuery;

/** Builds the node-local cache in front of a source from the settings: only what was set is passed on. */
final class CacheWiring {

  private CacheWiring() {}

  static CachingCampaignQuery cache(Settings s, CampaignQuery source) {
    CachingCampaignQuery.Builder cb = CachingCampaignQuery.builder(source);
    if (s.cacheMaximumSize != null) {
      cb.maximumSize(s.cacheMaximumSize);
    }
    if (s.cacheExpireAfterWrite != null) {
      cb.expireAfterWrite(s.cacheExpireAfterWrite);
    }
    if (s.cacheRefreshAfterWrite != null) {
      cb.refreshAfterWrite(s.cacheRefreshAfterWrite);
    }
    if (s.cacheMaxStaleness != null) {
      cb.maxStaleness(s.cacheMaxStaleness);
    }
    if (s.cacheNotFoundTtl != null) {
      cb.notFoundTtl(s.cacheNotFoundTtl);
    }
    if (s.cacheTicker != null) {
      cb.ticker(s.cacheTicker);
    }
    if (s.cacheExecutor != null) {
      cb.executor(s.cacheExecutor);
    }
    if (s.staleServeListener != null) {
      cb.staleServeListener(s.staleServeListener);
    }
    return cb.build();
  }
}
