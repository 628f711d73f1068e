package ai.talkover.campaigns.adapter.cache;

import ai.talkover.campaigns.application.port.out.CampaignNotFoundException;
import ai.talkover.campaigns.application.port.out.CampaignQuery;
import ai.talkover.campaigns.application.port.out.CampaignQueryException;
import ai.talkover.campaigns.application.port.out.InvalidCampaignResponseException;
import ai.talkover.campaigns.application.port.out.NetworkException;
import ai.talkover.campaigns.application.port.out.RateLimitedException;
import ai.talkover.campaigns.application.port.out.UnauthorizedException;
import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import com.github.benmanes.caffeine.cache.AsyncCacheLoader;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * The cache's Caffeine loader: what a load and a reload of one campaign do, and what their outcome
 * leaves in the cache.
 *
 * <ul>
 *   <li>{@link #asyncLoad} (no entry) and {@link #asyncReload} of a value the read must not serve
 *       as it is ({@link Freshness.Verdict#DUE}) return an unstarted {@link PendingFetch} that the
 *       reading caller runs on its own thread.
 *   <li>{@link #asyncReload} of a value still fresh (Caffeine's refresh-after-write) runs on the
 *       injected executor in the background (refresh-ahead); if the executor refuses, the value is
 *       kept as it is and the next read past refresh-after-write tries again.
 * </ul>
 *
 * <p>Outcomes: a campaign replaces the value; not-found replaces it with a not-found answer; an
 * <em>authoritative</em> failure (401/403, an invalid campaign) drops it; <em>any other</em>
 * failure (network, 5xx, 429, open circuit, saturated client, a bad body, even an unexpected
 * exception of the delegate) keeps the last good value with the failure recorded, up to the maximum
 * staleness (stale-if-error). Recording the failure writes the entry, which restarts Caffeine's
 * refresh-after-write clock: that is the pause before the delegate is asked again. Logs carry only
 * a failure's type and message, which the HTTP adapter has already masked. Thread-safe.
 */
final class SlotLoader implements AsyncCacheLoader<CampaignId, Slot> {

  private static final Logger LOG = LoggerFactory.getLogger(CachingCampaignQuery.class);

  private final CampaignQuery delegate;
  private final Ticker ticker;
  private final Counters counters;
  private final Freshness freshness;
  private final Executor reloadExecutor;
  private final Duration maxStaleness;

  SlotLoader(CampaignQuery delegate, Ticker ticker, Counters counters, Freshness freshness,
      Executor reloadExecutor, Duration maxStaleness) {
    this.delegate = delegate;
    this.ticker = ticker;
    this.counters = counters;
    this.freshness = freshness;
    this.reloadExecutor = reloadExecutor;
    this.maxStaleness = maxStaleness;
  }

  /** A cold load: the reader that asked runs it. */
  @Override
  public CompletableFuture<Slot> asyncLoad(CampaignId id, Executor ignored) {
    return new PendingFetch(() -> fetch(id, null));
  }

  /**
   * A reload: in the foreground when the read needs it first, else in the background.
   *
   * @param id the campaign
   * @param old the slot held
   * @param ignored Caffeine's executor (its maintenance runs on the caller; reloads use ours)
   * @return the reload's future
   */
  @Override
  public CompletableFuture<Slot> asyncReload(CampaignId id, Slot old, Executor ignored) {
    if (freshness.verdict(old, ticker.read()) == Freshness.Verdict.DUE) {
      return new PendingFetch(() -> fetch(id, old));
    }
    try {
      return CompletableFuture.supplyAsync(() -> {
        Slot next = fetch(id, old);
        return next instanceof Slot.Failed ? null : next;
      }, reloadExecutor);
    } catch (RejectedExecutionException e) {
      LOG.debug("Refresh of campaign {} not started: the executor rejected it", id);
      return CompletableFuture.completedFuture(old);
    }
  }

  /** Calls the delegate once and turns the outcome into a slot; never throws. */
  Slot fetch(CampaignId id, Slot previous) {
    return fetch(id, previous, false);
  }

  /**
   * Calls the delegate once ({@link CampaignQuery#getFresh} when {@code fresh}, so that a tier behind
   * this cache, such as fleet mode's shared copy, is passed too) and turns the outcome into a slot;
   * never throws.
   */
  Slot fetch(CampaignId id, Slot previous, boolean fresh) {
    long start = ticker.read();
    Campaign campaign;
    try {
      campaign = Objects.requireNonNull(fresh ? delegate.getFresh(id) : delegate.get(id),
          "the delegate returned null");
    } catch (CampaignNotFoundException e) {
      long now = ticker.read();
      counters.loadFailed(now - start);
      if (previous instanceof Slot.Loaded) {
        LOG.warn("Campaign {} no longer exists; dropped its cached value", id);
      }
      return new Slot.Missing(e, now);
    } catch (CampaignQueryException e) {
      long now = ticker.read();
      counters.loadFailed(now - start);
      return afterFailedLoad(id, previous, e, now);
    } catch (RuntimeException e) {
      long now = ticker.read();
      counters.loadFailed(now - start);
      if (previous instanceof Slot.Loaded) {
        // A delegate that breaks the port's contract is still a failure to ride out, not an answer.
        return afterFailedLoad(id, previous, CampaignQueryException.network(
            CampaignQueryException.Context.noResponse(id.value(), 0), NetworkException.Kind.OTHER, e), now);
      }
      return new Slot.Failed(e);
    } catch (Error e) {
      counters.loadFailed(ticker.read() - start);
      return new Slot.Failed(e);
    }
    long now = ticker.read();
    counters.loadSucceeded(now - start);
    return Slot.Loaded.fresh(campaign, now);
  }

  private Slot afterFailedLoad(CampaignId id, Slot previous, CampaignQueryException e, long now) {
    if (previous instanceof Slot.Loaded last) {
      if (isAuthoritative(e)) {
        LOG.warn("Reloading campaign {} failed ({}); dropped its cached value (an authoritative answer)",
            id, describe(e));
        return new Slot.Failed(e);
      }
      if (freshness.withinMaxStaleness(last, now)) {
        // WARN when a value's reloads start failing; repeats during the same outage at DEBUG, and
        // so is a reload the request budget held back (pacing by design, nothing failed upstream).
        boolean firstFailure = last.lastFailure() == null && !isBudgetPacing(e);
        LOG.atLevel(firstFailure ? Level.WARN : Level.DEBUG).log(
            "Reloading campaign {} failed ({}); keeping its last good value, now {} old, until it"
                + " is {} old", id, describe(e), Duration.ofNanos(last.age(now)), maxStaleness);
        return last.afterFailedReload(e, now);
      }
      LOG.warn("Reloading campaign {} failed ({}); dropped its cached value (older than the maximum"
          + " staleness {})", id, describe(e), maxStaleness);
    }
    return new Slot.Failed(e);
  }

  /** Answers that say the value must not be served: the token is refused, or the campaign is invalid. */
  static boolean isAuthoritative(CampaignQueryException e) {
    return e instanceof UnauthorizedException || e instanceof InvalidCampaignResponseException;
  }

  /** The request budget refused to send (nothing reached the API): {@code RateLimitedException.isLocalBudget()}. */
  static boolean isBudgetPacing(CampaignQueryException e) {
    return e instanceof RateLimitedException r && r.isLocalBudget();
  }

  static String describe(Throwable e) {
    return e.getClass().getSimpleName() + ": " + e.getMessage();
  }
}
