package ai.talkover.campaigns.adapter.cache;

import ai.talkover.campaigns.application.port.out.CampaignNotFoundException;
import ai.talkover.campaigns.application.port.out.CampaignQueryException;
import ai.talkover.campaigns.domain.campaign.Campaign;
import java.util.Objects;

/**
 * What the cache holds for one campaign id once a load has finished. Every in-flight load is a
 * future that is always completed <em>normally</em> with a slot, never exceptionally, so that all
 * callers waiting on it see the same outcome and Caffeine never logs a failed load.
 *
 * <p>All times are readings of the cache's {@link com.github.benmanes.caffeine.cache.Ticker}, in
 * nanoseconds. Immutable and thread-safe.
 */
sealed interface Slot permits Slot.Loaded, Slot.Missing, Slot.Failed {

  /**
   * The last good campaign.
   *
   * @param campaign the campaign; not {@code null}
   * @param loadedAt when the delegate returned it
   * @param lastFailure the failure of the latest reload since then; {@code null} when none failed
   * @param lastFailureAt when that reload failed; meaningless when {@code lastFailure} is null
   */
  record Loaded(Campaign campaign, long loadedAt, CampaignQueryException lastFailure,
      long lastFailureAt) implements Slot {

    /** Checks the campaign. */
    public Loaded {
      Objects.requireNonNull(campaign, "campaign");
    }

    /**
     * A freshly loaded campaign.
     *
     * @param campaign the campaign
     * @param now the ticker reading
     * @return the slot
     */
    static Loaded fresh(Campaign campaign, long now) {
      return new Loaded(campaign, now, null, 0L);
    }

    /**
     * This value after a reload failed: same campaign, same load time, the failure recorded.
     *
     * @param failure the reload's failure
     * @param now the ticker reading
     * @return the slot
     */
    Loaded afterFailedReload(CampaignQueryException failure, long now) {
      return new Loaded(campaign, loadedAt, Objects.requireNonNull(failure, "failure"), now);
    }

    /**
     * The age of the value.
     *
     * @param now the ticker reading
     * @return nanoseconds since the load, at least 0
     */
    long age(long now) {
      return Math.max(0L, now - loadedAt);
    }

    /**
     * Whether a reload failed less than {@code backoffNanos} ago, so the delegate is not asked again
     * yet.
     *
     * @param now the ticker reading
     * @param backoffNanos the pause after a failed reload
     * @return true while backing off
     */
    boolean backingOff(long now, long backoffNanos) {
      return lastFailure != null && now - lastFailureAt < backoffNanos;
    }
  }

  /**
   * The API said there is no such campaign (cached negatively for a short time).
   *
   * @param cause the delegate's exception; not {@code null}
   * @param loadedAt when the delegate answered
   */
  record Missing(CampaignNotFoundException cause, long loadedAt) implements Slot {

    /** Checks the cause. */
    public Missing {
      Objects.requireNonNull(cause, "cause");
    }
  }

  /**
   * A load or reload that failed and is not cached: the future carrying it is removed as soon as a
   * reader has received it; it exists only so that every caller waiting on the load receives the
   * failure.
   *
   * @param cause the failure; not {@code null}
   */
  record Failed(Throwable cause) implements Slot {

    /** Checks the cause. */
    public Failed {
      Objects.requireNonNull(cause, "cause");
    }
  }
}
