package ai.talkover.campaigns.adapter.cache;

import ai.talkover.campaigns.application.port.out.CampaignQueryException;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import java.time.Duration;

/**
 * Told each time a {@link CachingCampaignQuery} answers a read with a stale value (older than
 * expire-after-write, served because reloading it failed with a retryable failure).
 *
 * <p>Called synchronously on the reading thread, once per stale read, so it must be fast and must not
 * block; it may be called by many threads at once. An exception it throws is logged and ignored: the
 * read still returns the value.
 */
@FunctionalInterface
public interface StaleServeListener {

  /**
   * A stale value was served.
   *
   * @param id the campaign id; not {@code null}
   * @param age time since the value was loaded; not {@code null}, at least expire-after-write and
   *     less than the maximum staleness
   * @param cause the failure of the latest reload; not {@code null}
   */
  void onStaleServe(CampaignId id, Duration age, CampaignQueryException cause);
}
