/**
 * A Caffeine-backed {@link ai.talkover.campaigns.application.port.out.CampaignQuery} decorator:
 * single-flight loads, refresh-ahead, stale-if-error and negative caching of not-found answers. The
 * entry point is {@link ai.talkover.campaigns.adapter.cache.CachingCampaignQuery#builder}; everything
 * else public here is a value it returns or a callback it takes.
 */
package ai.talkover.campaigns.adapter.cache;
