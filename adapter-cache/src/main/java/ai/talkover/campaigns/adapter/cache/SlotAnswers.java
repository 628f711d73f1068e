package ai.talkover.campaigns.adapter.cache;

import ai.talkover.campaigns.application.port.out.CampaignQueryException;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a read of the cache answers from the slot it got: the campaign with its age, served stale
 * when a reload failed and the value is past expire-after-write (counted, logged at DEBUG, the
 * {@link StaleServeListener} told), or the slot's not-found answer or failure thrown as the caller's
 * own exception. Logs under {@link CachingCampaignQuery}'s name, as the cache's other parts do.
 * Thread-safe.
 */
final class SlotAnswers {

  private static final Logger LOG = LoggerFactory.getLogger(CachingCampaignQuery.class);

  private final Counters counters;
  private final long expireAfterWriteNanos;
  private final StaleServeListener listener;

  SlotAnswers(Counters counters, long expireAfterWriteNanos, StaleServeListener listener) {
    this.counters = counters;
    this.expireAfterWriteNanos = expireAfterWriteNanos;
    this.listener = listener;
  }

  /**
   * Turns a slot into the read's answer.
   *
   * @param id the campaign read
   * @param slot what the cache holds for it
   * @param now the ticker's reading for the age
   * @param owned when this caller ran the load (it gets the load's own exception)
   * @return the campaign and its metadata
   */
  CachedCampaign serve(CampaignId id, Slot slot, long now, boolean owned) {
    if (slot instanceof Slot.Loaded loaded) {
      Duration age = Duration.ofNanos(loaded.age(now));
      CampaignQueryException failure = loaded.lastFailure();
      boolean stale = failure != null && age.toNanos() >= expireAfterWriteNanos;
      if (stale) {
        counters.staleServe();
        LOG.debug("Serving campaign {} stale, {} old, after a failed reload ({})", id, age,
            SlotLoader.describe(failure));
        notifyListener(id, age, failure);
      }
      return new CachedCampaign(loaded.campaign(), age, stale, Optional.ofNullable(failure));
    }
    if (slot instanceof Slot.Missing missing) {
      throw propagate(missing.cause(), owned);
    }
    if (slot instanceof Slot.Failed failed) {
      throw propagate(failed.cause(), owned);
    }
    throw new IllegalStateException("the cache held no outcome for campaign '" + id + "'");
  }

  private void notifyListener(CampaignId id, Duration age, CampaignQueryException failure) {
    try {
      listener.onStaleServe(id, age, failure);
    } catch (RuntimeException e) {
      LOG.warn("StaleServeListener failed ({}); ignored", SlotLoader.describe(e));
    }
  }

  /**
   * The exception a caller receives. Callers that did not run the load get their own copy of a
   * {@link CampaignQueryException} (same type, context and stack trace), so no two threads share a
   * mutable throwable.
   */
  private static RuntimeException propagate(Throwable cause, boolean owned) {
    if (cause instanceof CampaignQueryException e) {
      return owned ? e : e.withAttempts(e.attempts());
    }
    if (cause instanceof RuntimeException e) {
      return e;
    }
    if (cause instanceof Error e) {
      throw e;
    }
    return new IllegalStateException("the delegate failed: " + cause, cause);
  }
}
