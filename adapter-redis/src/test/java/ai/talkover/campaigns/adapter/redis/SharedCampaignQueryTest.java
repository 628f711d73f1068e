package ai.talkover.campaigns.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talkover.campaigns.application.port.out.CampaignQuery;
import ai.talkover.campaigns.application.port.out.CampaignQueryException;
import ai.talkover.campaigns.application.port.out.CampaignNotFoundException;
import ai.talkover.campaigns.application.port.out.NetworkException;
import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import ai.talkover.campaigns.testkit.InMemoryCampaignQuery;
import ai.talkover.campaigns.testkit.MutableClock;
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

class SharedCampaignQueryTest extends RedisTestSupport {

  private static final CampaignId C1 = CampaignId.of("c-1");
  private static final Duration REFRESH = Duration.ofSeconds(30);
  private static final Duration EXPIRE = Duration.ofMinutes(5);
  private static final Duration MAX_STALENESS = Duration.ofHours(1);

  private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T09:00:00Z"));
  private final CountingSource api = new CountingSource();

  private CampaignQuery tier(RedisFleet fleet) {
    return fleet.sharedTier(new InMemoryCampaignQuery(), api, REFRESH, EXPIRE, MAX_STALENESS);
  }

  @Test
  void secondNode_readsTheFirstNodesFetch_fromRedis() {
    RedisFleet a = fleet(clock);
    RedisFleet b = fleet(clock);
    assertThat(tier(a).get(C1).name().orElseThrow()).contains("c-1 v1");
    assertThat(tier(b).get(C1).name().orElseThrow()).contains("c-1 v1");
    assertThat(api.fetches).hasValue(1);
    assertThat(b.statistics().l2Hits()).isEqualTo(1);
    assertThat(a.statistics().l2Misses()).isEqualTo(1);
    assertThat(a.statistics().leasesWon()).isEqualTo(1);
  }

  @Test
  void getFresh_asksTheApi_evenWhenTheSharedCopyIsFresh_andSharesTheAnswer() {
    RedisFleet a = fleet(clock);
    RedisFleet b = fleet(clock);
    assertThat(tier(a).get(C1).name().orElseThrow()).contains("c-1 v1");

    assertThat(tier(b).getFresh(C1).name().orElseThrow()).as("not the fresh shared copy")
        .contains("c-1 v2");
    assertThat(api.fetches).hasValue(2);
    assertThat(tier(a).get(C1).name().orElseThrow()).as("the fresh read replaced the shared copy")
        .contains("c-1 v2");
    assertThat(api.fetches).hasValue(2);
  }

  @Test
  void getFresh_whenTheApiFails_throws_neverAnswersWithTheSharedCopy() {
    RedisFleet a = fleet(clock);
    tier(a).get(C1);
    api.failure.set(() -> CampaignQueryException.network(
        CampaignQueryException.Context.noResponse("c-1", 1),
        NetworkException.Kind.RESET, null));

    assertThatThrownBy(() -> tier(a).getFresh(C1)).isInstanceOf(CampaignQueryException.class);
  }

  @Test
  void pastRefresh_servesTheSharedCopy_andOneNodeRefreshesInTheBackground() {
    List<Runnable> background = new ArrayList<>();
    RedisFleet a = fleet(clock, background::add);
    RedisFleet b = fleet(clock, background::add);
    tier(a).get(C1);
    clock.advance(REFRESH.plusSeconds(1));

    assertThat(tier(a).get(C1).name().orElseThrow()).contains("v1");
    assertThat(tier(b).get(C1).name().orElseThrow()).contains("v1");
    assertThat(background).as("one lease, one refresh").hasSize(1);
    background.get(0).run();

    assertThat(api.fetches).hasValue(2);
    assertThat(tier(b).get(C1).name().orElseThrow()).contains("v2");
    assertThat(b.statistics().leasesLost()).isEqualTo(1);
  }

  @Test
  void expired_fetchFailsRetryable_servesTheSharedCopyUpToMaxStaleness() {
    RedisFleet a = fleet(clock);
    tier(a).get(C1);
    clock.advance(EXPIRE.plusSeconds(1));
    api.failure.set(() -> CampaignQueryException.serverError(
        CampaignQueryException.Context.noResponse("c-1", 1)));

    assertThat(tier(fleet(clock)).get(C1).name().orElseThrow()).contains("v1");
    assertThat(api.fetches).hasValue(2);
  }

  @Test
  void expired_fetchFailsNotRetryable_throws() {
    RedisFleet a = fleet(clock);
    tier(a).get(C1);
    clock.advance(EXPIRE.plusSeconds(1));
    api.failure.set(() -> CampaignQueryException.notFound(
        CampaignQueryException.Context.noResponse("c-1", 1)));

    assertThatThrownBy(() -> tier(a).get(C1)).isInstanceOf(CampaignNotFoundException.class);
  }

  @Test
  void concurrentMisses_onManyNodes_makeOneFetch_theOthersWaitForIt() throws Exception {
    int nodes = 10;
    List<CampaignQuery> tiers = new ArrayList<>();
    List<RedisFleet> fleets = new ArrayList<>();
    for (int i = 0; i < nodes; i++) {
      RedisFleet f = fleet(clock);
      fleets.add(f);
      tiers.add(tier(f));
    }
    CountDownLatch release = new CountDownLatch(1);
    api.beforeAnswer.set(() -> {
      try {
        release.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    ExecutorService pool = Executors.newFixedThreadPool(nodes);
    try {
      List<Future<Campaign>> answers = new ArrayList<>();
      for (CampaignQuery t : tiers) {
        answers.add(pool.submit(() -> t.get(C1)));
      }
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (fleets.stream().mapToLong(f -> f.statistics().leasesLost()).sum() < nodes - 1
          && System.nanoTime() < until) {
        Thread.onSpinWait();
      }
      release.countDown();
      for (Future<Campaign> f : answers) {
        assertThat(f.get(10, TimeUnit.SECONDS).name().orElseThrow()).contains("c-1 v1");
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(api.fetches).hasValue(1);
  }

  @Test
  void invalidate_onOneNode_reachesEveryNode_andDropsTheSharedCopy() throws Exception {
    RedisFleet a = fleet(clock);
    RedisFleet b = fleet(clock);
    tier(a).get(C1);
    CountDownLatch told = new CountDownLatch(2);
    a.onInvalidation(id -> told.countDown());
    b.onInvalidation(id -> {
      assertThat(id).isEqualTo(C1);
      told.countDown();
    });

    a.invalidate(C1);

    assertThat(told.await(1, TimeUnit.SECONDS)).as("both nodes told within a second").isTrue();
    assertThat(tier(b).get(C1).name().orElseThrow()).contains("v2");
  }

  @Test
  void redisDown_readsGoToTheApi_noException_andSharingResumesWhenItReturns() {
    RedisFleet a = fleet(clock);
    RedisFleet b = fleet(clock);
    CampaignQuery ta = tier(a);
    CampaignQuery tb = tier(b);
    ta.get(C1);
    redis.stop();

    assertThat(tb.get(C1).name().orElseThrow()).contains("c-1 v2");
    assertThat(b.isRedisAvailable()).isFalse();
    assertThat(b.statistics().redisErrors()).isPositive();

    redis.resume();
    assertThat(a.awaitConnected(Duration.ofSeconds(10))).isTrue();
    assertThat(b.awaitConnected(Duration.ofSeconds(10))).isTrue();
    int before = api.fetches.get();
    ta.get(CampaignId.of("c-2"));
    tb.get(CampaignId.of("c-2"));
    assertThat(api.fetches.get() - before).as("shared again: one fetch for two nodes").isEqualTo(1);
    assertThat(b.isRedisAvailable()).isTrue();
  }
}
