package ai.talkover.campaigns.adapter.redis;

import ai.talkover.campaigns.application.port.out.CampaignQueryException;
import ai.talkover.campaigns.application.port.out.CampaignQueryException.Context;
import ai.talkover.campaigns.application.port.out.RateLimit;
import ai.talkover.campaigns.application.port.out.RequestBudget;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.TokensInheritanceStrategy;
import io.github.bucket4j.VerboseResult;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.Objects;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The API request budget on Bucket4j: a greedy token bucket of {@code limit} requests per period
 * (capacity {@code limit}), in Redis for the whole fleet (one bucket per credential) or in this
 * process. Bucket4j does the waiting: a request takes a token at once when there is one; when the
 * next token comes within the caller's wait it waits for it, otherwise it is refused at once with the
 * "local budget" {@link ai.talkover.campaigns.application.port.out.RateLimitedException}.
 *
 * <p>The API's headers align the bucket with the API's window. With {@code remaining} requests left
 * in a window that resets at {@code R}, the bucket gains a second limit (Bucket4j's
 * {@code refillIntervallyAligned}: capacity {@code limit}, refilled in full at {@code R} and every
 * period after) holding {@code remaining} tokens: the fleet spends at most {@code remaining} requests
 * before {@code R} and gets the whole limit back at {@code R}, as the API does, instead of trickling
 * tokens in meanwhile that the API will refuse. A later window (a reset more than a second after the
 * one applied) replaces that limit ({@code replaceConfiguration}, the plan's tokens kept as they are);
 * within the same window a response that says fewer are left than the bucket holds takes the
 * difference ({@code consumeIgnoringRateLimits}). The headers never loosen the plan's own limit.
 * Reading the bucket and changing it are two operations, so one change runs at a time: in this
 * process under a lock, and across the fleet under a short Redis lease (tried again for up to 250 ms;
 * a response that still finds it taken is skipped, and the next one applies again).
 *
 * <p>When the shared bucket cannot be reached (Redis down) the same limit runs on a local bucket until
 * Redis answers again. Thread-safe.
 */
final class BucketRequestBudget implements RequestBudget {

  private static final Logger LOG = LoggerFactory.getLogger(BucketRequestBudget.class);

  /** The plan's own limit (greedy refill). */
  private static final String PLAN = "plan";
  /** The API's current window: this prefix and the reset instant in epoch milliseconds. */
  private static final String WINDOW = "api-window-";
  /** Resets this close to the applied one are the same window (the header has whole seconds). */
  private static final long SAME_WINDOW_MILLIS = 1_000;
  /** How long a response tries for the fleet-wide lease before its headers are skipped. */
  private static final long LOCK_WAIT_NANOS = TimeUnit.MILLISECONDS.toNanos(250);

  private final RateLimit limit;
  private final TimeMeter timeMeter;
  private final Supplier<Bucket> shared;
  private final Bucket local;
  private final RedisHealth health;
  private final Metrics metrics;
  private final FleetLock tightenLock;
  private final Object localTighten = new Object();

  /** A short fleet-wide lease: {@link #tryLock()} returns a release action, or null when taken. */
  interface FleetLock {
    Runnable tryLock();
  }

  /**
   * @param limit the limit
   * @param shared the fleet's bucket (may throw {@link RedisUnavailable}); null for a local budget
   * @param timeMeter the local bucket's clock
   * @param health Redis's health; null for a local budget
   * @param metrics the counters
   * @param tightenLock serialises tightening across the fleet; null for a local budget
   */
  BucketRequestBudget(RateLimit limit, Supplier<Bucket> shared, TimeMeter timeMeter,
      RedisHealth health, Metrics metrics, FleetLock tightenLock) {
    this.tightenLock = tightenLock;
    this.limit = Objects.requireNonNull(limit, "limit");
    this.timeMeter = timeMeter;
    this.shared = shared;
    this.health = health;
    this.metrics = metrics;
    this.local = Bucket.builder().withCustomTimePrecision(timeMeter).addLimit(plan(limit)).build();
  }

  /** The bucket before the API has sent any headers: the plan's limit. */
  static BucketConfiguration configuration(RateLimit limit) {
    return BucketConfiguration.builder().addLimit(plan(limit)).build();
  }

  /** The plan's limit and the API's window that resets at {@code resetAtMillis}. */
  static BucketConfiguration configuration(RateLimit limit, long resetAtMillis, long remaining) {
    long capacity = limit.requests();
    Bandwidth window = Bandwidth.builder().capacity(capacity)
        .refillIntervallyAligned(capacity, limit.period(), Instant.ofEpochMilli(resetAtMillis))
        .id(WINDOW + resetAtMillis)
        .initialTokens(Math.min(remaining, capacity))
        .build();
    return BucketConfiguration.builder().addLimit(plan(limit)).addLimit(window).build();
  }

  private static Bandwidth plan(RateLimit limit) {
    return Bandwidth.builder().capacity(limit.requests())
        .refillGreedy(limit.requests(), limit.period()).id(PLAN).build();
  }

  @Override
  public void acquire(String campaignId, Duration maxWait) {
    Objects.requireNonNull(maxWait, "maxWait");
    Bucket bucket = bucket();
    try {
      consume(bucket, campaignId, maxWait);
    } catch (RuntimeException e) {
      if (bucket == local || e instanceof CampaignQueryException) {
        throw e;
      }
      health.failed("take a request from the shared budget", e);
      consume(local, campaignId, maxWait);
    }
  }

  private void consume(Bucket bucket, String campaignId, Duration maxWait) {
    ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
    if (bucket != local && health != null) {
      health.succeeded();
    }
    if (probe.isConsumed()) {
      return;
    }
    long wait = probe.getNanosToWaitForRefill();
    long allowed = maxWait.isNegative() ? 0 : saturatedNanos(maxWait);
    if (wait > allowed) {
      throw refused(campaignId, wait);
    }
    metrics.budgetWaits.increment();
    boolean got;
    try {
      got = bucket.asBlocking().tryConsume(1, Duration.ofNanos(allowed));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      got = false;
    }
    if (!got) {
      throw refused(campaignId, wait);
    }
  }

  private RuntimeException refused(String campaignId, long waitNanos) {
    metrics.budgetRefusals.increment();
    return CampaignQueryException.localBudgetExhausted(Context.noResponse(campaignId, 0),
        Duration.ofNanos(waitNanos));
  }

  @Override
  public void observe(long remaining, Duration untilReset) {
    if (remaining < 0 || untilReset == null || untilReset.isNegative()) {
      return;
    }
    long resetAtMillis;
    try {
      resetAtMillis = Math.addExact(TimeUnit.NANOSECONDS.toMillis(timeMeter.currentTimeNanos()),
          untilReset.toMillis());
    } catch (ArithmeticException e) {
      return;
    }
    Bucket bucket = bucket();
    try {
      if (bucket == local) {
        synchronized (localTighten) {
          align(bucket, remaining, resetAtMillis);
        }
      } else {
        Runnable unlock = lockBriefly();
        if (unlock == null) {
          return;
        }
        try {
          synchronized (localTighten) {
            align(bucket, remaining, resetAtMillis);
          }
        } finally {
          unlock.run();
        }
      }
    } catch (RuntimeException e) {
      if (bucket == local) {
        LOG.debug("request budget: could not apply the API's rate-limit headers: {}",
            e.getClass().getSimpleName());
        return;
      }
      if (!(e instanceof RedisUnavailable)) {
        health.failed("align the shared budget with the API", e);
      }
      synchronized (localTighten) {
        align(local, remaining, resetAtMillis);
      }
    }
  }

  /**
   * The fleet-wide lease, tried again for a short while: it is held for a few Redis commands, and a
   * response whose headers are skipped may be the last one of a window that says how few are left.
   */
  private Runnable lockBriefly() {
    long until = System.nanoTime() + LOCK_WAIT_NANOS;
    while (true) {
      Runnable unlock = tightenLock.tryLock();
      if (unlock != null || System.nanoTime() - until > 0) {
        return unlock;
      }
      Thread.onSpinWait();
    }
  }

  /** Applies one response's headers (see the class documentation). */
  private void align(Bucket bucket, long remaining, long resetAtMillis) {
    VerboseResult<Long> now = bucket.asVerbose().getAvailableTokens();
    long appliedReset = Long.MIN_VALUE;
    for (Bandwidth b : now.getConfiguration().getBandwidths()) {
      if (b.isIntervallyAligned() && b.hasId() && b.getId().startsWith(WINDOW)) {
        appliedReset = b.getTimeOfFirstRefillMillis();
      }
    }
    if (appliedReset == Long.MIN_VALUE || resetAtMillis > appliedReset + SAME_WINDOW_MILLIS) {
      bucket.replaceConfiguration(configuration(limit, resetAtMillis, remaining),
          TokensInheritanceStrategy.AS_IS);
      return;
    }
    if (resetAtMillis < appliedReset - SAME_WINDOW_MILLIS) {
      return; // a late answer from a window that has reset already
    }
    long available = now.getValue();
    if (available > remaining) {
      bucket.consumeIgnoringRateLimits(available - remaining);
    }
  }

  private Bucket bucket() {
    if (shared == null) {
      return local;
    }
    try {
      return shared.get();
    } catch (RedisUnavailable e) {
      return local;
    }
  }

  private static long saturatedNanos(Duration d) {
    try {
      return d.toNanos();
    } catch (ArithmeticException e) {
      return Long.MAX_VALUE;
    }
  }

  /**
   * The tokens available now, for tests and diagnostics.
   *
   * @return the tokens (negative in debt)
   */
  long availableTokens() {
    return bucket().getAvailableTokens();
  }

  @Override
  public String toString() {
    return "RequestBudget[" + limit + (shared == null ? ", local" : ", shared") + "]";
  }
}
