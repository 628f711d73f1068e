package ai.talkover.campaigns.adapter.redis;

import ai.talkover.campaigns.application.port.out.CampaignFilter;
import ai.talkover.campaigns.application.port.out.CampaignPage;
import ai.talkover.campaigns.application.port.out.CampaignQuery;
import ai.talkover.campaigns.application.port.out.CampaignQueryException;
import ai.talkover.campaigns.application.port.out.CampaignWithBody;
import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shared campaign tier: a {@link CampaignQuery} between a node's local cache and the API that
 * keeps one copy of each campaign in Redis (body and fetch time, expiring at maximum staleness) for
 * the whole fleet, with the local cache's freshness rules measured from the fetch time:
 *
 * <ul>
 *   <li>age &lt; refresh-after-write: served from Redis;
 *   <li>refresh-after-write &le; age &lt; expire-after-write: served from Redis, and the node that wins
 *       the campaign's lease refreshes it in the background;
 *   <li>older, or absent: the node that wins the lease fetches it (others wait for its value, within
 *       the wait timeout, or serve the copy they have); a failed fetch serves the old copy when the
 *       failure is retryable (stale-if-error, at most maximum staleness old).
 * </ul>
 *
 * <p>The lease is {@code SET lease token NX PX ttl} with a random fencing token; the value is written
 * and the lease deleted by one script only while the lease still holds that token, so a node whose
 * lease expired (a fetch slower than the lease ttl, which is longer than the HTTP deadline) never
 * overwrites a newer value, and a crashed node's lease expires by itself. A write or a failed fetch
 * is published on the fleet's channel so that waiting nodes read at once instead of at the timeout.
 *
 * <p>When Redis does not answer, a read goes straight to the API (the node-local behaviour, the local
 * cache in front still single-flights it), so a Redis outage never fails a read nor holds it past the
 * command timeout. List calls pass straight through.
 *
 * <p>Thread-safe.
 */
final class SharedCampaignQuery implements CampaignQuery {

  private static final Logger LOG = LoggerFactory.getLogger(SharedCampaignQuery.class);

  /** Writes the value and drops the lease, only while the lease holds our token; tells the fleet. */
  private static final String SHARE = """
      if redis.call('get', KEYS[1]) == ARGV[1] then
        redis.call('set', KEYS[2], ARGV[2], 'PX', ARGV[3])
        redis.call('del', KEYS[1])
        redis.call('publish', ARGV[4], ARGV[5])
        return 1
      end
      return 0
      """;

  /** Writes an authoritative fresh read (whoever holds the lease) and tells the fleet. */
  private static final String PUT = """
      redis.call('set', KEYS[1], ARGV[1], 'PX', ARGV[2])
      redis.call('publish', ARGV[3], ARGV[4])
      return 1
      """;

  /** Drops the lease, only while it holds our token; tells the fleet the fetch failed. */
  private static final String RELEASE = """
      if redis.call('get', KEYS[1]) == ARGV[1] then
        redis.call('del', KEYS[1])
        redis.call('publish', ARGV[2], ARGV[3])
        return 1
      end
      return 0
      """;

  private final CampaignQuery lists;
  private final CampaignBodySource source;
  private final RedisLink link;
  private final Keys keys;
  private final Metrics metrics;
  private final Clock clock;
  private final Executor executor;
  private final long refreshMillis;
  private final long expireMillis;
  private final long maxStalenessMillis;
  private final long leaseMillis;
  private final long waitMillis;
  private final ConcurrentMap<CampaignId, CompletableFuture<Void>> waiters = new ConcurrentHashMap<>();

  SharedCampaignQuery(CampaignQuery lists, CampaignBodySource source, RedisLink link, Keys keys,
      Metrics metrics, Clock clock, Executor executor, Duration refreshAfterWrite,
      Duration expireAfterWrite, Duration maxStaleness, Duration leaseTtl, Duration waitTimeout) {
    this.lists = Objects.requireNonNull(lists, "lists");
    this.source = Objects.requireNonNull(source, "source");
    this.link = link;
    this.keys = keys;
    this.metrics = metrics;
    this.clock = clock;
    this.executor = executor;
    this.refreshMillis = refreshAfterWrite.toMillis();
    this.expireMillis = Math.max(refreshMillis, expireAfterWrite.toMillis());
    this.maxStalenessMillis = Math.max(expireMillis, maxStaleness.toMillis());
    this.leaseMillis = leaseTtl.toMillis();
    this.waitMillis = waitTimeout.toMillis();
  }

  @Override
  public Campaign get(CampaignId id) {
    Objects.requireNonNull(id, "id");
    SharedEntry entry;
    try {
      entry = read(id);
    } catch (RedisUnavailable e) {
      return source.fetch(id).campaign();
    }
    if (entry != null) {
      long age = entry.age(clock.millis());
      if (age < expireMillis) {
        Campaign campaign = parseOrNull(id, entry);
        if (campaign != null) {
          metrics.l2Hits.increment();
          if (age >= refreshMillis) {
            refreshInBackground(id);
          }
          return campaign;
        }
        entry = null;
      }
    }
    metrics.l2Misses.increment();
    return loadOrWait(id, entry);
  }

  /**
   * Reads the campaign from the API, never from the shared copy (which may be a refresh interval
   * old): the call gate's decision must rest on what the API has now; the fleet's attempts since are
   * the attempt ledger's job. The answer replaces the shared copy (and wakes the nodes waiting for
   * it); while Redis is down it is only returned. A failure is thrown, never answered with a copy.
   * The request budget paces it like any fetch.
   */
  @Override
  public Campaign getFresh(CampaignId id) {
    Objects.requireNonNull(id, "id");
    CampaignWithBody fetched = source.fetch(id);
    byte[] value = SharedEntry.encode(clock.millis(), fetched.bodyView());
    try {
      link.call("share a fresh read", c -> c.eval(PUT, ScriptOutputType.INTEGER,
          new byte[][] {keys.campaign(id)}, value, Keys.bytes(Long.toString(maxStalenessMillis)),
          keys.channel(), FleetEvent.loaded(id)));
    } catch (RedisUnavailable e) {
      // counted and logged; the caller still gets what the API answered
    }
    return fetched.campaign();
  }

  /** Absent or expired in Redis: fetch under the lease, or wait for the node that holds it. */
  private Campaign loadOrWait(CampaignId id, SharedEntry stale) {
    CompletableFuture<Void> signal = waiters.computeIfAbsent(id, k -> new CompletableFuture<>());
    String token;
    try {
      token = tryLease(id);
    } catch (RedisUnavailable e) {
      return source.fetch(id).campaign();
    }
    if (token != null) {
      metrics.leasesWon.increment();
      SharedEntry again = readQuietly(id);
      if (again != null && again.age(clock.millis()) < expireMillis) {
        Campaign campaign = parseOrNull(id, again);
        if (campaign != null) {
          release(id, token);
          return campaign;
        }
      }
      return fetchAndShare(id, token, stale);
    }
    metrics.leasesLost.increment();
    long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(waitMillis);
    long fetchedBefore = stale == null ? Long.MIN_VALUE : stale.fetchedAtMillis();
    while (true) {
      long left = until - System.nanoTime();
      if (left <= 0) {
        break;
      }
      try {
        signal.get(left, TimeUnit.NANOSECONDS);
      } catch (TimeoutException e) {
        break;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      } catch (ExecutionException e) {
        break;
      }
      SharedEntry shared = readQuietly(id);
      if (shared != null && shared.fetchedAtMillis() > fetchedBefore) {
        Campaign campaign = parseOrNull(id, shared);
        if (campaign != null) {
          return campaign;
        }
      }
      if (shared == null || shared.fetchedAtMillis() <= fetchedBefore) {
        // The holder's fetch failed or the value is gone: stop waiting.
        break;
      }
      signal = waiters.computeIfAbsent(id, k -> new CompletableFuture<>());
    }
    if (stale != null) {
      Campaign campaign = parseOrNull(id, stale);
      if (campaign != null) {
        LOG.debug("campaign '{}': another node holds the fetch lease; serving the shared copy", id);
        return campaign;
      }
    }
    // Nothing to serve: ask the API ourselves (the request budget still paces it).
    return source.fetch(id).campaign();
  }

  private Campaign fetchAndShare(CampaignId id, String token, SharedEntry stale) {
    CampaignWithBody fetched;
    try {
      fetched = source.fetch(id);
    } catch (CampaignQueryException e) {
      release(id, token);
      if (e.isRetryable() && stale != null) {
        Campaign campaign = parseOrNull(id, stale);
        if (campaign != null) {
          LOG.debug("campaign '{}': fetch failed ({}); serving the shared copy", id,
              e.getClass().getSimpleName());
          return campaign;
        }
      }
      throw e;
    } catch (RuntimeException e) {
      release(id, token);
      throw e;
    }
    share(id, token, fetched);
    return fetched.campaign();
  }

  private void share(CampaignId id, String token, CampaignWithBody fetched) {
    byte[] value = SharedEntry.encode(clock.millis(), fetched.bodyView());
    try {
      Long written = link.call("share campaign", c -> c.eval(SHARE, ScriptOutputType.INTEGER,
          new byte[][] {keys.lease(id), keys.campaign(id)}, Keys.bytes(token), value,
          Keys.bytes(Long.toString(maxStalenessMillis)), keys.channel(), FleetEvent.loaded(id)));
      if (written == null || written == 0) {
        LOG.debug("campaign '{}': the fetch lease lapsed before the value was written; not shared", id);
      }
    } catch (RedisUnavailable e) {
      // counted and logged; this node still answers with what it fetched
    }
  }

  private void refreshInBackground(CampaignId id) {
    String token;
    try {
      token = tryLease(id);
    } catch (RedisUnavailable e) {
      return;
    }
    if (token == null) {
      metrics.leasesLost.increment();
      return;
    }
    metrics.leasesWon.increment();
    try {
      executor.execute(() -> {
        try {
          SharedEntry again = readQuietly(id);
          if (again != null && again.age(clock.millis()) < refreshMillis) {
            release(id, token);
            return;
          }
          fetchAndShare(id, token, again);
        } catch (CampaignQueryException e) {
          LOG.debug("campaign '{}': background refresh failed: {}", id, e.getClass().getSimpleName());
        } catch (RuntimeException e) {
          LOG.warn("campaign '{}': background refresh failed: {}", id, e.getClass().getName());
        }
      });
    } catch (RejectedExecutionException e) {
      release(id, token);
    }
  }

  private String tryLease(CampaignId id) {
    String token = UUID.randomUUID().toString();
    String ok = link.call("take fetch lease", c -> c.set(keys.lease(id), Keys.bytes(token),
        SetArgs.Builder.nx().px(leaseMillis)));
    return "OK".equals(ok) ? token : null;
  }

  private void release(CampaignId id, String token) {
    try {
      link.call("release fetch lease", c -> c.eval(RELEASE, ScriptOutputType.INTEGER,
          new byte[][] {keys.lease(id)}, Keys.bytes(token), keys.channel(), FleetEvent.failed(id)));
    } catch (RedisUnavailable e) {
      // the lease expires by itself
    }
  }

  private SharedEntry read(CampaignId id) {
    return SharedEntry.decode(link.call("read campaign", c -> c.get(keys.campaign(id))));
  }

  private SharedEntry readQuietly(CampaignId id) {
    try {
      return read(id);
    } catch (RedisUnavailable e) {
      return null;
    }
  }

  private Campaign parseOrNull(CampaignId id, SharedEntry entry) {
    try {
      return source.parse(entry.body());
    } catch (CampaignQueryException e) {
      LOG.debug("campaign '{}': the shared copy does not parse ({}); ignoring it", id,
          e.getClass().getSimpleName());
      return null;
    }
  }

  /** A fleet event about a campaign: wakes the nodes waiting for it. */
  void onLoadedOrFailed(CampaignId id) {
    CompletableFuture<Void> f = waiters.remove(id);
    if (f != null) {
      f.complete(null);
    }
  }

  /**
   * Drops the shared copy (the caller tells the fleet).
   *
   * @param id the campaign
   */
  void evict(CampaignId id) {
    link.call("evict campaign", c -> c.del(keys.campaign(id)));
  }

  @Override
  public CampaignPage list(CampaignFilter filter) {
    return lists.list(filter);
  }

  @Override
  public Stream<Campaign> listAll(CampaignFilter filter) {
    return lists.listAll(filter);
  }

  @Override
  public String toString() {
    return "SharedCampaignQuery[" + link.url() + ", refresh=" + refreshMillis + " ms, expire="
        + expireMillis + " ms, maxStaleness=" + maxStalenessMillis + " ms]";
  }
}
