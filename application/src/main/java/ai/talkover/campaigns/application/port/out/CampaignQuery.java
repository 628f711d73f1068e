package ai.talkover.campaigns.application.port.out;

import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads Talkover campaigns: one by id, one page of a filtered list, or every page lazily.
 *
 * <p><b>Thread-safety:</b> implementations must be safe for concurrent use by any number of threads.
 *
 * <p><b>Nullness:</b> no argument may be {@code null} and no method returns {@code null}.
 *
 * <p><b>Failures:</b> every failure is an unchecked {@link CampaignQueryException}:
 * {@link CampaignNotFoundException}, {@link UnauthorizedException}, {@link RateLimitedException},
 * {@link ServerErrorException}, {@link InvalidResponseException}, {@link NetworkException},
 * {@link ServiceUnavailableException}, {@link ClientSaturatedException} or
 * {@link InvalidCampaignResponseException} (the family is sealed; no other exception leaves a port
 * method except {@link IllegalArgumentException}/{@link IllegalStateException} for programming
 * errors such as a closed query). A campaign that is
 * returned has passed the domain's validation.
 */
public interface CampaignQuery {

  /**
   * Reads one campaign.
   *
   * @param id the campaign id
   * @return the campaign
   * @throws CampaignNotFoundException when there is no such campaign
   * @throws CampaignQueryException for every other failure (see the type's documentation)
   */
  Campaign get(CampaignId id);

  /**
   * Reads one page of campaigns. List items carry only the fields List Campaigns documents (no calls,
   * no cooldowns, no do-not-call rules).
   *
   * @param filter the filters and the page to read
   * @return the page and its pagination block
   * @throws CampaignQueryException on any failure; an invalid item fails the whole page with
   *     {@link InvalidCampaignResponseException}
   */
  CampaignPage list(CampaignFilter filter);

  /**
   * Every campaign matching a filter, from {@code filter.page()} to the last page, read one page at a
   * time as the stream is consumed. The stream is sequential; a failure on a later page is thrown by
   * the stream operation that needed it.
   *
   * @param filter the filters and the first page to read
   * @return a lazy stream
   */
  default Stream<Campaign> listAll(CampaignFilter filter) {
    Objects.requireNonNull(filter, "filter");
    Iterator<Campaign> pages = new Iterator<>() {
      private CampaignFilter nextFilter = filter;
      private Iterator<Campaign> current = java.util.Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && nextFilter != null) {
          CampaignPage page = list(nextFilter);
          current = page.campaigns().iterator();
          nextFilter = page.pagination().hasNext() && !page.campaigns().isEmpty()
              ? nextFilter.withPage(page.pagination().currentPage() + 1)
              : null;
        }
        return current.hasNext();
      }

      @Override
      public Campaign next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(pages, Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  /**
   * Reads one campaign without blocking the caller. The default runs {@link #get(CampaignId)} on the
   * executor; implementations may do better.
   *
   * @param id the campaign id
   * @param executor where to run the blocking read
   * @return a future completed with the campaign, or exceptionally with a
   *     {@link CampaignQueryException}
   */
  default CompletableFuture<Campaign> getAsync(CampaignId id, Executor executor) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(executor, "executor");
    return CompletableFuture.supplyAsync(() -> {
      try {
        return get(id);
      } catch (CampaignQueryException e) {
        throw new CompletionException(e);
      }
    }, executor);
  }

  /**
   * Reads one campaign past any cache's freshness, for a decision that must not rest on an old copy
   * (the call gate). A caching implementation loads it from its delegate now, through the same rate
   * limit and resilience as any load (concurrent fresh reads of one id may share one load that began
   * after they asked), and keeps the result; it never serves a stale copy here. The default reads as
   * {@link #get(CampaignId)} does.
   *
   * @param id the campaign id
   * @return the campaign as the API has it now
   * @throws CampaignNotFoundException when there is no such campaign
   * @throws CampaignQueryException for every other failure
   */
  default Campaign getFresh(CampaignId id) {
    return get(id);
  }

  /**
   * Forgets anything cached for a campaign, after a change (a queued call, a new status), so the next
   * read asks the API. The default, for implementations without a cache, does nothing.
   *
   * @param id the campaign id
   */
  default void invalidate(CampaignId id) {
    Objects.requireNonNull(id, "id");
  }
}
