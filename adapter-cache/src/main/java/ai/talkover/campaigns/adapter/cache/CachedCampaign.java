package ai.talkover.campaigns.adapter.cache;

import ai.talkover.campaigns.application.port.out.CampaignQueryException;
import ai.talkover.campaigns.domain.campaign.Campaign;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A campaign as the cache served it, with how old it is and whether it was served stale. Immutable
 * and thread-safe.
 *
 * @param campaign the campaign; not {@code null}
 * @param age time since the delegate returned this campaign, measured with the cache's ticker; not
 *     {@code null}, not negative
 * @param stale true when the value is older than expire-after-write and was served only because
 *     reloading it failed with a retryable failure (stale-if-error)
 * @param lastFailure the failure of the latest reload attempted since this value was loaded (a failed
 *     background refresh leaves it set on a value that is not yet stale); not {@code null}, empty
 *     when no reload has failed; present whenever {@code stale} is true
 */
public record CachedCampaign(
    Campaign campaign, Duration age, boolean stale, Optional<CampaignQueryException> lastFailure) {

  /** Checks the components. */
  public CachedCampaign {
    Objects.requireNonNull(campaign, "campaign");
    Objects.requireNonNull(age, "age");
    Objects.requireNonNull(lastFailure, "lastFailure");
    if (age.isNegative()) {
      throw new IllegalArgumentException("age: " + age + " is negative");
    }
    if (stale && lastFailure.isEmpty()) {
      throw new IllegalArgumentException("lastFailure: a stale value must name the failure");
    }
  }
}
