package ai.talkover.campaigns.testkit;

import ai.talkover.campaigns.application.port.out.CampaignFilter;
import ai.talkover.campaigns.application.port.out.CampaignNotFoundException;
import ai.talkover.campaigns.application.port.out.CampaignPage;
import ai.talkover.campaigns.application.port.out.CampaignQuery;
import ai.talkover.campaigns.application.port.out.CampaignQueryException;
import ai.talkover.campaigns.application.port.out.Pagination;
import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import ai.talkover.campaigns.domain.campaign.CampaignStatus;
import ai.talkover.campaigns.domain.campaign.CampaignType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A {@link CampaignQuery} fake that holds domain {@link Campaign}s in memory, for tests of code that
 * uses the port (a cache, a service).
 *
 * <p>{@link #get(CampaignId)} answers the stored campaign, or throws a
 * {@link CampaignNotFoundException} made by {@link CampaignQueryException#notFound} with the context an
 * HTTP adapter would report (status 404, the id, 1 attempt, {@code "Campaign not found"}).
 * {@link #list(CampaignFilter)} has the filter and pagination semantics of {@link TalkoverStubServer}
 * (an undocumented {@code status} or {@code campaign_type} value fails like the server's 422, as an
 * {@code InvalidResponseException} with status 422), in the order ids were first put, but returns the
 * full campaigns rather than list-item projections.
 *
 * <p>Failures can be programmed per id: {@link #failNext(CampaignId, CampaignQueryException)} queues
 * one-shot failures (thrown in order, before anything else), {@link #failWith(CampaignId, Supplier)}
 * fails every call until {@link #clearFailures()}. Every {@code get} (and so every
 * {@code getAsync}) is counted per id, whatever its outcome; every {@code list} call is counted too.
 *
 * <p><b>Thread-safety:</b> safe for concurrent use; puts, removals and failures are seen by the next
 * call. <b>Nullness:</b> no argument may be {@code null}; no method returns {@code null}.
 */
public final class InMemoryCampaignQuery implements CampaignQuery {

  private final Object lock = new Object();
  private final Map<CampaignId, Campaign> campaigns = new LinkedHashMap<>();
  private final Map<CampaignId, Deque<CampaignQueryException>> nextFailures = new HashMap<>();
  private final Map<CampaignId, Supplier<? extends CampaignQueryException>> failures =
      new HashMap<>();
  private final Map<CampaignId, AtomicInteger> getCounts = new ConcurrentHashMap<>();
  private final AtomicInteger listCount = new AtomicInteger();

  /** An empty fake. */
  public InMemoryCampaignQuery() {}

  /**
   * A fake holding these campaigns, in this order.
   *
   * @param campaigns the campaigns
   * @return the fake
   */
  public static InMemoryCampaignQuery of(Campaign... campaigns) {
    InMemoryCampaignQuery q = new InMemoryCampaignQuery();
    for (Campaign c : campaigns) {
      q.put(c);
    }
    return q;
  }

  /**
   * Stores a campaign, replacing one with the same id (which keeps its list position).
   *
   * @param campaign the campaign
   * @return this
   */
  public InMemoryCampaignQuery put(Campaign campaign) {
    Objects.requireNonNull(campaign, "campaign");
    synchronized (lock) {
      campaigns.put(campaign.id(), campaign);
    }
    return this;
  }

  /**
   * Removes a campaign.
   *
   * @param id the id
   * @return true when it was stored
   */
  public boolean remove(CampaignId id) {
    Objects.requireNonNull(id, "id");
    synchronized (lock) {
      return campaigns.remove(id) != null;
    }
  }

  /**
   * Makes the next {@code get} of an id throw this exception, once. Several calls queue up.
   *
   * @param id the id
   * @param failure the exception to throw (the same instance)
   * @return this
   */
  public InMemoryCampaignQuery failNext(CampaignId id, CampaignQueryException failure) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(failure, "failure");
    synchronized (lock) {
      nextFailures.computeIfAbsent(id, k -> new ArrayDeque<>()).addLast(failure);
    }
    return this;
  }

  /**
   * Makes every {@code get} of an id throw what the supplier returns, until
   * {@link #clearFailures()} (queued {@link #failNext} failures come first).
   *
   * @param id the id
   * @param failure called once per failing call; must not return {@code null}
   * @return this
   */
  public InMemoryCampaignQuery failWith(
      CampaignId id, Supplier<? extends CampaignQueryException> failure) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(failure, "failure");
    synchronized (lock) {
      failures.put(id, failure);
    }
    return this;
  }

  /**
   * Forgets every programmed failure.
   *
   * @return this
   */
  public InMemoryCampaignQuery clearFailures() {
    synchronized (lock) {
      nextFailures.clear();
      failures.clear();
    }
    return this;
  }

  /**
   * How many times {@code get} was called for an id.
   *
   * @param id the id
   * @return the count since creation or {@link #resetCounts()}
   */
  public int getCount(CampaignId id) {
    AtomicInteger n = getCounts.get(Objects.requireNonNull(id, "id"));
    return n == null ? 0 : n.get();
  }

  /**
   * How many times {@code list} was called (once per page read by {@code listAll}).
   *
   * @return the count since creation or {@link #resetCounts()}
   */
  public int listCount() {
    return listCount.get();
  }

  /** Sets every count back to 0. */
  public void resetCounts() {
    getCounts.clear();
    listCount.set(0);
  }

  @Override
  public Campaign get(CampaignId id) {
    Objects.requireNonNull(id, "id");
    getCounts.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
    Supplier<? extends CampaignQueryException> failure;
    Campaign campaign;
    synchronized (lock) {
      Deque<CampaignQueryException> queued = nextFailures.get(id);
      if (queued != null && !queued.isEmpty()) {
        CampaignQueryException next = queued.removeFirst();
        if (queued.isEmpty()) {
          nextFailures.remove(id);
        }
        throw next;
      }
      failure = failures.get(id);
      campaign = campaigns.get(id);
    }
    if (failure != null) {
      throw Objects.requireNonNull(failure.get(), "failure supplier returned null");
    }
    if (campaign == null) {
      throw CampaignQueryException.notFound(
          new CampaignQueryException.Context(404, id.value(), 1, "Campaign not found", null));
    }
    return campaign;
  }

  @Override
  public CampaignPage list(CampaignFilter filter) {
    Objects.requireNonNull(filter, "filter");
    listCount.incrementAndGet();
    ListQuery.Parsed parsed = ListQuery.of(filter);
    if (!parsed.valid()) {
      String body = parsed.errorBody();
      throw CampaignQueryException.invalidResponse(
          new CampaignQueryException.Context(422, null, 1, ListQuery.INVALID_MESSAGE, body),
          "HTTP 422: " + parsed.errors(), null);
    }
    List<Campaign> all;
    synchronized (lock) {
      all = new ArrayList<>(campaigns.values());
    }
    ListQuery.Page<Campaign> page = parsed.query().apply(all, InMemoryCampaignQuery::facts);
    return new CampaignPage(page.items(), new Pagination(page.currentPage(), page.lastPage(),
        page.perPage(), page.total(), page.from(), page.to()));
  }

  private static ListQuery.Facts facts(Campaign c) {
    return new ListQuery.Facts(
        c.status().map(CampaignStatus::value).orElse(null),
        c.type().map(CampaignType::value).orElse(null),
        c.agentId().orElse(null),
        c.name().orElse(null),
        c.description().orElse(null),
        c.window().startDate().orElse(null));
  }

  @Override
  public String toString() {
    synchronized (lock) {
      return "InMemoryCampaignQuery[campaigns=" + campaigns.keySet() + "]";
    }
  }
}
