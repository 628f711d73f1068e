package ai.talkover.campaigns.bootstrap;

import ai.talkover.campaigns.adapter.redis.RedisFleet;
import ai.talkover.campaigns.application.port.out.CampaignFilter;
import ai.talkover.campaigns.application.port.out.CampaignPage;
import ai.talkover.campaigns.application.port.out.CampaignQuery;
import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.stream.Stream;

/**
 * The cached campaign query as the write side (call gate, status updates) sees it in fleet mode:
 * reads go to the node's cache, and {@link #invalidate} drops the campaign from this node's cache at
 * once and, through {@link RedisFleet#invalidate}, from the shared copy and every node's cache.
 * Thread-safe.
 */
final class FleetInvalidatingQuery implements CampaignQuery {

  private final CampaignQuery cache;
  private final RedisFleet fleet;

  FleetInvalidatingQuery(CampaignQuery cache, RedisFleet fleet) {
    this.cache = cache;
    this.fleet = fleet;
  }

  @Override
  public Campaign get(CampaignId id) {
    return cache.get(id);
  }

  @Override
  public CampaignPage list(CampaignFilter filter) {
    return cache.list(filter);
  }

  @Override
  public Stream<Campaign> listAll(CampaignFilter filter) {
    return cache.listAll(filter);
  }

  @Override
  public CompletableFuture<Campaign> getAsync(CampaignId id, Executor executor) {
    return cache.getAsync(id, executor);
  }

  @Override
  public Campaign getFresh(CampaignId id) {
    return cache.getFresh(id);
  }

  @Override
  public void invalidate(CampaignId id) {
    cache.invalidate(id);
    fleet.invalidate(id);
  }

  @Override
  public String toString() {
    return cache.toString();
  }
}
