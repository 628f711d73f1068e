package ai.talkover.campaigns.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.talkover.campaigns.application.port.out.RateLimit;
import ai.talkover.campaigns.application.port.out.RateLimitedException;
import ai.talkover.campaigns.application.port.out.RequestBudget;
import ai.talkover.campaigns.testkit.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RequestBudgetTest extends RedisTestSupport {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T09:00:00Z"));

  @Test
  void sharedBudget_isOneBucketForEveryNode_andRefusesFastWithTheLocalBudgetKind() {
    RateLimit limit = RateLimit.parse("TALKOVER_RATE_LIMIT", "3/min");
    RequestBudget a = fleet(clock).requestBudget(limit);
    RedisFleet fb = fleet(clock);
    RequestBudget b = fb.requestBudget(limit);
    a.acquire("c-1", Duration.ZERO);
    a.acquire("c-1", Duration.ZERO);
    b.acquire("c-2", Duration.ZERO);

    RateLimitedException refused = catchThrowableOfType(RateLimitedException.class,
        () -> b.acquire("c-2", Duration.ofSeconds(5)));
    assertThat(refused.isLocalBudget()).isTrue();
    assertThat(refused.attempts()).isZero();
    assertThat(refused.campaignId()).hasValue("c-2");
    assertThat(refused.retryAfter()).hasValueSatisfying(d ->
        assertThat(d).isGreaterThan(Duration.ofSeconds(5)).isLessThanOrEqualTo(Duration.ofSeconds(20)));
    assertThat(refused).hasMessageContaining("local request budget");
    assertThat(fb.statistics().budgetRefusals()).isEqualTo(1);

    clock.advance(Duration.ofSeconds(20));
    assertThatCode(() -> a.acquire("c-1", Duration.ZERO)).doesNotThrowAnyException();
  }

  @Test
  void apiHeaders_tightenTheSharedBucket_untilTheApisWindowResets() {
    RateLimit limit = RateLimit.parse("f", "60/min");
    RequestBudget a = fleet(clock).requestBudget(limit);
    RequestBudget b = fleet(clock).requestBudget(limit);
    a.acquire("c-1", Duration.ZERO);

    a.observe(0, Duration.ofSeconds(30));

    assertThat(catchThrowableOfType(RateLimitedException.class,
        () -> b.acquire("c-1", Duration.ZERO)).isLocalBudget()).isTrue();
    clock.advance(Duration.ofSeconds(29));
    assertThat(catchThrowableOfType(RateLimitedException.class,
        () -> b.acquire("c-1", Duration.ZERO))).isNotNull();
    clock.advance(Duration.ofSeconds(2));
    assertThatCode(() -> b.acquire("c-1", Duration.ZERO)).doesNotThrowAnyException();
  }

  @Test
  void apiHeaders_spendAtMostTheRemainingUntilTheReset_andRefillTheLimitAtTheReset() {
    RateLimit limit = RateLimit.parse("f", "100/min");
    RequestBudget a = fleet(clock).requestBudget(limit);
    RequestBudget b = fleet(clock).requestBudget(limit);
    a.acquire("c-1", Duration.ZERO);

    a.observe(5, Duration.ofSeconds(20));

    for (int i = 0; i < 5; i++) {
      b.acquire("c-1", Duration.ZERO);
    }
    assertThat(catchThrowableOfType(RateLimitedException.class,
        () -> b.acquire("c-1", Duration.ZERO))).as("the 6th before the reset").isNotNull();
    clock.advance(Duration.ofSeconds(19));
    assertThat(catchThrowableOfType(RateLimitedException.class,
        () -> a.acquire("c-1", Duration.ZERO)))
        .as("nothing trickles in before the reset (a greedy refill would have added 31)").isNotNull();
    clock.advance(Duration.ofSeconds(1));
    for (int i = 0; i < 100; i++) {
      a.acquire("c-1", Duration.ZERO);
    }
    assertThat(catchThrowableOfType(RateLimitedException.class,
        () -> b.acquire("c-1", Duration.ZERO))).as("the limit, once, at the reset").isNotNull();
  }

  @Test
  void aLaterWindow_replacesTheAppliedOne_aLateAnswerFromAnEarlierOneIsIgnored() {
    RateLimit limit = RateLimit.parse("f", "10/min");
    RequestBudget a = fleet(clock).requestBudget(limit);
    a.observe(2, Duration.ofSeconds(10));
    clock.advance(Duration.ofSeconds(15));
    a.observe(7, Duration.ofSeconds(60));
    assertThat(((BucketRequestBudget) a).availableTokens()).as("the new window's remaining")
        .isEqualTo(7);

    a.observe(0, Duration.ofSeconds(30));
    assertThat(((BucketRequestBudget) a).availableTokens()).as("an earlier window's answer")
        .isEqualTo(7);
    a.observe(5, Duration.ofMillis(59_500));
    assertThat(((BucketRequestBudget) a).availableTokens()).as("the same window, fewer left")
        .isEqualTo(5);
  }

  @Test
  void concurrentResponses_alignOnce_notOncePerResponse() throws Exception {
    RateLimit limit = RateLimit.parse("f", "100/min");
    List<RequestBudget> nodes = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      nodes.add(fleet(clock).requestBudget(limit));
    }
    nodes.get(0).observe(80, Duration.ofSeconds(60));
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(20);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        RequestBudget b = nodes.get(i % nodes.size());
        done.add(pool.submit(() -> {
          go.await();
          b.observe(70, Duration.ofSeconds(60));
          return null;
        }));
      }
      go.countDown();
      for (Future<?> f : done) {
        f.get(10, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    // Each of the 20 answers says 70 are left: the bucket holds 70, not 80 - 20 x 10.
    assertThat(((BucketRequestBudget) nodes.get(1)).availableTokens()).isEqualTo(70);
  }

  @Test
  void apiHeaders_neverLoosenTheBucket() {
    RequestBudget a = fleet(clock).requestBudget(RateLimit.parse("f", "2/min"));
    a.acquire(null, Duration.ZERO);
    a.acquire(null, Duration.ZERO);

    a.observe(500, Duration.ofSeconds(1));

    assertThat(catchThrowableOfType(RateLimitedException.class,
        () -> a.acquire(null, Duration.ZERO))).isNotNull();
  }

  @Test
  void aRequestWithinTheWait_waitsForTheNextToken() {
    RedisFleet f = fleet(Clock.systemUTC());
    RequestBudget budget = f.requestBudget(RateLimit.parse("f", "10/s"));
    for (int i = 0; i < 10; i++) {
      budget.acquire("c-1", Duration.ZERO);
    }
    assertThatCode(() -> budget.acquire("c-1", Duration.ofSeconds(2))).doesNotThrowAnyException();
    assertThat(f.statistics().budgetWaits()).isEqualTo(1);
  }

  @Test
  void redisDown_theSameLimitRunsOnALocalBucket() {
    RedisFleet f = fleet(clock);
    RequestBudget budget = f.requestBudget(RateLimit.parse("f", "2/min"));
    redis.stop();

    budget.acquire("c-1", Duration.ZERO);
    budget.acquire("c-1", Duration.ZERO);
    assertThat(catchThrowableOfType(RateLimitedException.class,
        () -> budget.acquire("c-1", Duration.ZERO)).isLocalBudget()).isTrue();
    assertThat(f.statistics().redisErrors()).isPositive();
    assertThat(f.isRedisAvailable()).isFalse();
  }

  @Test
  void localBudget_withoutRedis_refusesPastTheLimit_andRefills() {
    RequestBudget budget = RedisFleet.localRequestBudget(RateLimit.parse("f", "1/s"), clock);
    budget.acquire("c-1", Duration.ZERO);
    assertThat(catchThrowableOfType(RateLimitedException.class,
        () -> budget.acquire("c-1", Duration.ZERO)).isLocalBudget()).isTrue();
    clock.advance(Duration.ofSeconds(1));
    assertThatCode(() -> budget.acquire("c-1", Duration.ZERO)).doesNotThrowAnyException();
  }
}
