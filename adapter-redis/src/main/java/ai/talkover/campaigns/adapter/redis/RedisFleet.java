package ai.talkover.campaigns.adapter.redis;

import ai.talkover.campaigns.application.port.out.AttemptLedger;
import ai.talkover.campaigns.application.port.out.CampaignQuery;
import ai.talkover.campaigns.application.port.out.RateLimit;
import ai.talkover.campaigns.application.port.out.RequestBudget;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.github.bucket4j.redis.lettuce.cas.LettuceBasedProxyManager;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fleet mode: the pieces that let many dialer nodes share one view of the Talkover API through one
 * Redis (Lettuce): the shared campaign tier with fleet-wide single flight ({@link #sharedTier}),
 * invalidation of every node's local copy ({@link #invalidate}, {@link #onInvalidation}), one request
 * budget per credential (Bucket4j, {@link #requestBudget}) and the attempt ledger
 * ({@link #attemptLedger}). Everything is namespaced by the API base URL and a hash of the token; the
 * token itself never reaches Redis, a log or a message, nor does the Redis password.
 *
 * <p><b>Redis unavailable:</b> Lettuce reconnects by itself; meanwhile every command fails at once
 * (or within the command timeout, default 500 ms), one WARN is logged (and one INFO when Redis answers
 * again), {@link FleetStatistics#redisErrors()} counts each failure, and each part falls back:
 * reads go to the API as a single node would, the budget runs on a local bucket, ledger reads answer
 * with nothing, and ledger reservations fail closed.
 *
 * <p>Thread-safe. Build one per process and {@link #close()} it on shutdown.
 */
public final class RedisFleet implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(RedisFleet.class);

  private final RedisUrl url;
  private final Keys keys;
  private final Metrics metrics = new Metrics();
  private final RedisHealth health;
  private final RedisLink link;
  private final Clock clock;
  private final Executor executor;
  private final ExecutorService ownExecutor;
  private final Duration leaseTtl;
  private final Duration waitTimeout;
  private final Duration ledgerRetention;
  private final List<Consumer<CampaignId>> invalidationListeners = new CopyOnWriteArrayList<>();
  private final List<SharedCampaignQuery> tiers = new CopyOnWriteArrayList<>();
  private final Object budgetLock = new Object();
  private volatile LettuceBasedProxyManager<byte[]> proxyManager;

  private RedisFleet(Builder b) {
    this.url = b.url;
    this.keys = new Keys(b.apiBaseUrl, b.token);
    this.health = new RedisHealth(url, metrics);
    this.clock = b.clock;
    this.ownExecutor = b.executor == null ? LeaseFetchExecutor.create() : null;
    this.executor = b.executor == null ? ownExecutor : b.executor;
    this.leaseTtl = b.leaseTtl;
    this.waitTimeout = b.waitTimeout;
    this.ledgerRetention = b.ledgerRetention;
    this.link = new RedisLink(url, b.commandTimeout, b.connectTimeout, b.reconnectDelay, health, keys.channel(),
        (channel, message) -> onMessage(message));
    try {
      link.connection("connect");
    } catch (RedisUnavailable e) {
      // logged once; the link tries again on use
    }
  }

  /**
   * A builder for the fleet of one API credential.
   *
   * @param field the name of the setting the URL came from, for messages (for example
   *     {@code TALKOVER_REDIS_URL}); not {@code null}
   * @param url where Redis is: {@code redis://host:port[/db]}, {@code rediss://} for TLS, an
   *     optional {@code user:password@} (never printed); not {@code null}
   * @param apiBaseUrl the Talkover API base URL (part of every key); not {@code null}
   * @param token the API token (only its hash is part of the keys); not {@code null}
   * @return a new builder
   * @throws IllegalArgumentException naming {@code field} when the URL is not of that form (the
   *     message masks the password)
   */
  public static Builder builder(String field, String url, String apiBaseUrl, String token) {
    return new Builder(RedisUrl.parse(field, url), apiBaseUrl, token);
  }

  /**
   * Checks a Redis URL as {@link #builder} does and returns it fit to print.
   *
   * @param field the name of the setting, for messages; not {@code null}
   * @param url the URL; not {@code null}
   * @return the URL with its password shown as {@code ***}
   * @throws IllegalArgumentException naming {@code field} when the URL is malformed (password masked)
   */
  public static String checkUrl(String field, String url) {
    return RedisUrl.parse(field, url).toString();
  }

  /**
   * The request budget without Redis: the same Bucket4j limiter on a bucket of this process.
   *
   * @param limit the limit
   * @param clock the bucket's time source
   * @return the budget; thread-safe
   */
  public static RequestBudget localRequestBudget(RateLimit limit, Clock clock) {
    return new BucketRequestBudget(limit, null, new ClockTimeMeter(clock), null, new Metrics(), null);
  }

  /**
   * The shared campaign tier in front of the API (see the class documentation of the tier: fresh,
   * past refresh and expired copies, the fetch lease, stale-if-error). Put the node's local cache in
   * front of it; its settings should be the local cache's.
   *
   * @param lists answers list calls (they are not shared); not {@code null}
   * @param source fetches from the API and parses bodies; not {@code null}
   * @param refreshAfterWrite age from which one node refreshes in the background
   * @param expireAfterWrite age from which a copy is not served while a fetch may succeed
   * @param maxStaleness the longest a copy is kept in Redis (and served while the API fails)
   * @return the tier; thread-safe
   */
  public CampaignQuery sharedTier(CampaignQuery lists, CampaignBodySource source,
      Duration refreshAfterWrite, Duration expireAfterWrite, Duration maxStaleness) {
    SharedCampaignQuery tier = new SharedCampaignQuery(lists, source, link, keys, metrics, clock,
        executor, positive("refreshAfterWrite", refreshAfterWrite),
        positive("expireAfterWrite", expireAfterWrite), positive("maxStaleness", maxStaleness),
        leaseTtl, waitTimeout);
    tiers.add(tier);
    return tier;
  }

  /**
   * The fleet's request budget for this credential: one Bucket4j bucket in Redis that every node
   * takes from (a local bucket of the same limit while Redis is down).
   *
   * @param limit the API plan's limit, for example {@link RateLimit#STANDARD}; not {@code null}
   * @return the budget; thread-safe
   */
  public RequestBudget requestBudget(RateLimit limit) {
    Objects.requireNonNull(limit, "limit");
    return new BucketRequestBudget(limit, () -> sharedBucket(limit), new ClockTimeMeter(clock),
        health, metrics, this::tryTightenLock);
  }

  /** Releases a lease only while it holds our token. */
  private static final String RELEASE_LOCK = """
      if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end
      return 0
      """;

  private Runnable tryTightenLock() {
    byte[] key = keys.budgetTightenLock();
    byte[] token = Keys.bytes(java.util.UUID.randomUUID().toString());
    String ok = link.call("lock the shared budget", c -> c.set(key, token,
        io.lettuce.core.SetArgs.Builder.nx().px(500)));
    if (!"OK".equals(ok)) {
      return null;
    }
    return () -> {
      try {
        link.call("unlock the shared budget", c -> c.eval(RELEASE_LOCK,
            io.lettuce.core.ScriptOutputType.INTEGER, new byte[][] {key}, token));
      } catch (RedisUnavailable e) {
        // the lease expires by itself
      }
    };
  }

  private Bucket sharedBucket(RateLimit limit) {
    LettuceBasedProxyManager<byte[]> pm = proxyManager;
    if (pm == null) {
      synchronized (budgetLock) {
        pm = proxyManager;
        if (pm == null) {
          pm = Bucket4jLettuce.casBasedBuilder(link.connection("open the shared budget"))
              .expirationAfterWrite(ExpirationAfterWriteStrategy
                  .basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
              .clientClock(new ClockTimeMeter(clock))
              .build();
          proxyManager = pm;
        }
      }
    }
    return pm.builder().build(keys.budget(), () -> BucketRequestBudget.configuration(limit));
  }

  /**
   * The fleet's attempt ledger, kept for the ledger retention (at least each cap's period).
   *
   * @return the ledger; thread-safe
   */
  public AttemptLedger attemptLedger() {
    return new RedisAttemptLedger(link, keys, ledgerRetention);
  }

  /**
   * Registers what to do when any node invalidates a campaign (usually: drop it from this node's
   * local cache). Listeners run on Lettuce's event thread and must be quick.
   *
   * @param listener called with the campaign id; not {@code null}
   */
  public void onInvalidation(Consumer<CampaignId> listener) {
    invalidationListeners.add(Objects.requireNonNull(listener, "listener"));
  }

  /**
   * Drops a campaign's shared copy and tells every node (this one included) to drop its local copy,
   * within the time a Redis publish takes. While Redis is down only this node's listeners are told.
   *
   * @param id the campaign; not {@code null}
   */
  public void invalidate(CampaignId id) {
    Objects.requireNonNull(id, "id");
    try {
      link.call("invalidate campaign", c -> {
        c.del(keys.campaign(id));
        return c.publish(keys.channel(), FleetEvent.invalidated(id));
      });
    } catch (RedisUnavailable e) {
      notifyInvalidation(id);
    }
  }

  private void onMessage(byte[] message) {
    char kind = FleetEvent.kind(message);
    if (kind == 0) {
      return;
    }
    CampaignId id;
    try {
      id = FleetEvent.id(message);
    } catch (IllegalArgumentException e) {
      return;
    }
    if (kind == FleetEvent.INVALIDATED) {
      metrics.invalidationsReceived.increment();
      notifyInvalidation(id);
    } else if (kind == FleetEvent.LOADED || kind == FleetEvent.FAILED) {
      for (SharedCampaignQuery tier : tiers) {
        tier.onLoadedOrFailed(id);
      }
    }
  }

  private void notifyInvalidation(CampaignId id) {
    for (Consumer<CampaignId> l : invalidationListeners) {
      try {
        l.accept(id);
      } catch (RuntimeException e) {
        LOG.warn("invalidation listener failed: {}", e.getClass().getName());
      }
    }
  }

  /**
   * This node's counters.
   *
   * @return a snapshot
   */
  public FleetStatistics statistics() {
    return metrics.snapshot(health.isUp());
  }

  /**
   * Whether the last Redis command succeeded.
   *
   * @return true while Redis answers
   */
  public boolean isRedisAvailable() {
    return health.isUp();
  }

  /**
   * Waits until the connection to Redis is open, for example at startup or after an outage (Lettuce
   * reconnects by itself; this only waits for it).
   *
   * @param timeout the longest wait; not {@code null}
   * @return true when connected, false when the timeout passed first
   */
  public boolean awaitConnected(Duration timeout) {
    return link.awaitConnected(Objects.requireNonNull(timeout, "timeout"));
  }

  /** Closes the Redis connections. Idempotent. */
  @Override
  public void close() {
    link.close();
    if (ownExecutor != null) {
      ownExecutor.shutdownNow();
    }
  }

  @Override
  public String toString() {
    return "RedisFleet[" + url + "]";
  }

  private static Duration positive(String name, Duration d) {
    Objects.requireNonNull(d, name);
    if (d.isZero() || d.isNegative()) {
      throw new IllegalArgumentException(name + ": " + d + " is not positive");
    }
    return d;
  }

  /** Configures a {@link RedisFleet}. Not thread-safe. */
  public static final class Builder {
    private final RedisUrl url;
    private final String apiBaseUrl;
    private final String token;
    private Duration commandTimeout = Duration.ofMillis(500);
    private Duration reconnectDelay = Duration.ofSeconds(1);
    private Duration connectTimeout = Duration.ofSeconds(2);
    private Duration leaseTtl = Duration.ofSeconds(16);
    private Duration waitTimeout = Duration.ofSeconds(15);
    private Duration ledgerRetention = Duration.ofHours(24);
    private Clock clock = Clock.systemUTC();
    private Executor executor;

    private Builder(RedisUrl url, String apiBaseUrl, String token) {
      this.url = Objects.requireNonNull(url, "url");
      this.apiBaseUrl = Objects.requireNonNull(apiBaseUrl, "apiBaseUrl");
      this.token = Objects.requireNonNull(token, "token");
    }

    /** @param d the longest a Redis command may take before it counts as an outage, default 500 ms @return this */
    public Builder commandTimeout(Duration d) {
      this.commandTimeout = positive("commandTimeout", d);
      return this;
    }

    /** @param d the longest a TCP (and TLS) connect may take, default 2 s @return this */
    public Builder connectTimeout(Duration d) {
      this.connectTimeout = positive("connectTimeout", d);
      return this;
    }

    /** @param d the longest pause between reconnect attempts, default 1 s @return this */
    public Builder reconnectDelay(Duration d) {
      this.reconnectDelay = positive("reconnectDelay", d);
      return this;
    }

    /**
     * @param d how long a fetch lease lives unless the fetch ends first; longer than the HTTP
     *     deadline, default 16 s
     * @return this
     */
    public Builder leaseTtl(Duration d) {
      this.leaseTtl = positive("leaseTtl", d);
      return this;
    }

    /** @param d how long a node waits for another node's fetch, default 15 s @return this */
    public Builder waitTimeout(Duration d) {
      this.waitTimeout = positive("waitTimeout", d);
      return this;
    }

    /** @param d how long ledger attempts are kept (at least each cap's period), default 24 h @return this */
    public Builder ledgerRetention(Duration d) {
      this.ledgerRetention = positive("ledgerRetention", d);
      return this;
    }

    /** @param clock the wall clock of fetch times, ledger instants and the budget, default UTC @return this */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Where a node that won a campaign's fetch lease runs the background refresh under it. Default:
     * a small pool of the fleet's own (at most 8 threads, no queue: a refresh it cannot start at
     * once releases the lease for another node). It must not be an executor whose tasks may wait
     * for the shared tier, such as the local cache's reload executor: a refresh queued behind reads
     * that wait for its own lease would hold them until their wait timeout.
     *
     * @param executor not {@code null}
     * @return this
     */
    public Builder executor(Executor executor) {
      this.executor = Objects.requireNonNull(executor, "executor");
      return this;
    }

    /**
     * Connects (or, when Redis is down, starts in fallback and connects on use).
     *
     * @return the fleet
     */
    public RedisFleet build() {
      return new RedisFleet(this);
    }

    @Override
    public String toString() {
      return "RedisFleet.Builder[" + url + "]";
    }
  }
}
