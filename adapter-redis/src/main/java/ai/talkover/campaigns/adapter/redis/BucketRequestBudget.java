package ai.talkover.campaigns.adapter.redis;

import ai.talkover.campaigns.application.port.out.CampaignQueryException;
import ai.talkover.campaigns.application.port.out.CampaignQueryException.Context;
import ai.talkover.campaigns.application.port.out.RateLimit;
import ai.talkover.campaigns.application.port.out.RequestBudget;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
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
 * <p>The API's headers tighten the bucket: with {@code remaining} requests left in a window that
 * resets in {@code T}, the bucket may hand out at most {@code remaining} requests before the reset, so
 * its tokens are brought down to {@code remaining - rate × T} (into debt when that is negative:
 * Bucket4j's {@code consumeIgnoringRateLimits}). A bucket is never loosened by the headers. Reading
 * the tokens and taking the difference are two operations, so one tightening runs at a time: in this
 * process under a lock, and across the fleet under a short Redis lease (a response that finds the
 * lease taken is skipped; the next one tightens again).
 *
 * <p>When the shared bucket cannot be reached (Redis down) the same limit runs on a local bucket until
 * Redis answers again. Thread-safe.
 */
final class BucketRequestBudget implements RequestBudget {

  private static final Logger LOG = LoggerFactory.getLogger(BucketRequestBudget.class);

  private final RateLimit limit;
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
    this.shared = shared;
    this.health = health;
    this.metrics = metrics;
    this.local = Bucket.builder().withCustomTimePrecision(timeMeter)
        .addLimit(l -> l.capacity(limit.requests()).refillGreedy(limit.requests(), limit.period()))
        .build();
  }

  static BucketConfiguration configuration(RateLimit limit) {
    return BucketConfiguration.builder()
        .addLimit(l -> l.capacity(limit.requests()).refillGreedy(limit.requests(), limit.period()))
        .build();
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
    long target = remaining - refillWithin(untilReset);
    Bucket bucket = bucket();
    try {
      if (bucket == local) {
        synchronized (localTighten) {
          tighten(bucket, target);
        }
      } else {
        Runnable unlock = tightenLock.tryLock();
        if (unlock == null) {
          return;
        }
        try {
          synchronized (localTighten) {
            tighten(bucket, target);
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
        health.failed("tighten the shared budget", e);
      }
      synchronized (localTighten) {
        tighten(local, target);
      }
    }
  }

  /** The tokens the bucket refills within {@code d}, rounded up (exact in milliseconds). */
  private long refillWithin(Duration d) {
    long periodMillis = Math.max(1, limit.period().toMillis());
    try {
      long product = Math.multiplyExact(limit.requests(), d.toMillis());
      return product / periodMillis + (product % periodMillis == 0 ? 0 : 1);
    } catch (ArithmeticException e) {
      return Long.MAX_VALUE / 2;
    }
  }

  private static void tighten(Bucket bucket, long target) {
    long available = bucket.getAvailableTokens();
    if (available > target) {
      bucket.consumeIgnoringRateLimits(available - target);
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
