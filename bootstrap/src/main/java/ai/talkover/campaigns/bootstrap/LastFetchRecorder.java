package ai.talkover.campaigns.bootstrap;

import ai.talkover.campaigns.application.port.out.CampaignFilter;
import ai.talkover.campaigns.application.port.out.CampaignPage;
import ai.talkover.campaigns.application.port.out.CampaignQuery;
import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Sits between the cache and the HTTP adapter and remembers when the API last answered a read
 * successfully, so that health checks can report it without calling the API themselves.
 *
 * <p>Thread-safe. Adds one clock read and one volatile write per successful delegate call (cache
 * misses and reloads only; cache hits never reach it).
 */
final class LastFetchRecorder implements CampaignQuery {

  private final CampaignQuery delegate;
  private final Clock clock;
  private final AtomicReference<Instant> last = new AtomicReference<>();

  LastFetchRecorder(CampaignQuery delegate, Clock clock) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Campaign get(CampaignId id) {
    Campaign campaign = delegate.get(id);
    record();
    return campaign;
  }

  @Override
  public CampaignPage list(CampaignFilter filter) {
    CampaignPage page = delegate.list(filter);
    record();
    return page;
  }

  @Override
  public CompletableFuture<Campaign> getAsync(CampaignId id, Executor executor) {
    return delegate.getAsync(id, executor).whenComplete((campaign, failure) -> {
      if (failure == null) {
        record();
      }
    });
  }

  /**
   * When the delegate last answered a read without failing.
   *
   * @return the instant by the configured clock; empty before the first success
   */
  Optional<Instant> lastSuccess() {
    return Optional.ofNullable(last.get());
  }

  private void record() {
    last.set(clock.instant());
  }

  @Override
  public String toString() {
    return "LastFetchRecorder[" + delegate + "]";
  }
}
