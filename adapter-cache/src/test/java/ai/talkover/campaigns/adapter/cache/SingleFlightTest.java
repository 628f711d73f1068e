package ai.talkover.campaigns.adapter.cache;

import static ai.talkover.campaigns.adapter.cache.Fixtures.ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import ai.talkover.campaigns.application.port.out.NetworkException;
import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Concurrent misses for one id make exactly one delegate call, and every caller gets that call's
 * result or failure. The delegate holds its answer until every other caller is parked waiting for it.
 */
class SingleFlightTest {

  private static final int CALLERS = 200;
  private static final long DEADLINE_NANOS = TimeUnit.SECONDS.toNanos(30);

  private final FakeTicker ticker = new FakeTicker();

  @Test
  void get_200CallersOnOneColdId_makeExactlyOneDelegateCallAndAllGetItsCampaign() throws Exception {
    Campaign loaded = Fixtures.campaign("v1");
    Stampede stampede = new Stampede(id -> loaded);

    stampede.run();

    assertThat(stampede.delegate.calls()).isEqualTo(1);
    assertThat(stampede.failures).isEmpty();
    assertThat(stampede.results).hasSize(CALLERS).allSatisfy(c -> assertThat(c).isSameAs(loaded));
    CacheStatistics stats = stampede.cache.statistics();
    assertThat(stats.misses()).isEqualTo(CALLERS);
    assertThat(stats.loads()).isEqualTo(1);
    assertThat(stats.hits()).isZero();
  }

  @Test
  void get_200CallersOnOneColdIdWhenDelegateFails_makeOneCallAndAllGetThatFailure()
      throws Exception {
    Stampede stampede = new Stampede(Fixtures::network);

    stampede.run();

    assertThat(stampede.delegate.calls()).isEqualTo(1);
    assertThat(stampede.results).isEmpty();
    assertThat(stampede.failures).hasSize(CALLERS).allSatisfy(e -> {
      assertThat(e).isInstanceOf(NetworkException.class);
      assertThat(((NetworkException) e).kind()).isEqualTo(NetworkException.Kind.TIMEOUT);
      assertThat(((NetworkException) e).campaignId()).contains(ID.value());
    });
    assertThat(stampede.cache.statistics().loadFailures()).isEqualTo(1);

    // the failure is not cached: the next read asks again
    stampede.delegate.answerWith("v1");
    assertThat(stampede.cache.get(ID).name()).contains("v1");
    assertThat(stampede.delegate.calls()).isEqualTo(2);
  }

  @Test
  void getAsync_whileGetIsLoading_joinsThatLoadWithoutASecondCall() throws Exception {
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ScriptedQuery delegate = new ScriptedQuery(id -> {
      entered.countDown();
      awaitLatch(release);
      return Fixtures.campaign(id, "v1");
    });
    CachingCampaignQuery cache = CachingCampaignQuery.builder(delegate).ticker(ticker).build();
    CompletableFuture<Campaign> viaGet = CompletableFuture.supplyAsync(() -> cache.get(ID));
    assertThat(entered.await(30, TimeUnit.SECONDS)).isTrue();

    CompletableFuture<Campaign> viaAsync = cache.getAsync(ID, Runnable::run);
    assertThat(viaAsync).isNotDone();
    release.countDown();

    assertThat(viaAsync.get(30, TimeUnit.SECONDS).name()).contains("v1");
    assertThat(viaGet.get(30, TimeUnit.SECONDS)).isSameAs(viaAsync.get());
    assertThat(delegate.calls()).isEqualTo(1);
  }

  @Test
  void get_concurrentMissesOnDifferentIds_loadEachIdOnce() throws Exception {
    ScriptedQuery delegate = ScriptedQuery.answering("v1");
    CachingCampaignQuery cache = CachingCampaignQuery.builder(delegate).ticker(ticker).build();
    List<CampaignId> ids = List.of(CampaignId.of("a"), CampaignId.of("b"), CampaignId.of("c"));
    List<CompletableFuture<Campaign>> reads = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      CampaignId id = ids.get(i % ids.size());
      reads.add(CompletableFuture.supplyAsync(() -> cache.get(id)));
    }
    CompletableFuture.allOf(reads.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);

    for (CampaignId id : ids) {
      assertThat(delegate.calls(id)).isEqualTo(1);
    }
    assertThat(cache.statistics().requests()).isEqualTo(30);
    assertThat(cache.statistics().loads()).isEqualTo(3);
  }

  /** 200 threads asking for {@link Fixtures#ID} at once. */
  private final class Stampede {
    final ScriptedQuery delegate;
    final CachingCampaignQuery cache;
    final Queue<Campaign> results = new ConcurrentLinkedQueue<>();
    final Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
    private final List<Thread> threads = new ArrayList<>();
    private final CountDownLatch arrived = new CountDownLatch(CALLERS);
    private final CountDownLatch start = new CountDownLatch(1);

    Stampede(Function<CampaignId, Object> answer) {
      this.delegate = new ScriptedQuery(id -> {
        awaitEveryOtherCallerParked();
        return answer.apply(id);
      });
      this.cache = CachingCampaignQuery.builder(delegate).ticker(ticker).build();
    }

    void run() throws InterruptedException {
      for (int i = 0; i < CALLERS; i++) {
        Thread t = new Thread(() -> {
          awaitLatch(start);
          arrived.countDown();
          try {
            results.add(cache.get(ID));
          } catch (RuntimeException e) {
            failures.add(e);
          }
        }, "caller-" + i);
        threads.add(t);
        t.start();
      }
      start.countDown();
      for (Thread t : threads) {
        t.join(TimeUnit.SECONDS.toMillis(60));
        assertThat(t.isAlive()).as("%s finished", t.getName()).isFalse();
      }
    }

    /** Runs in the loading caller: waits until all 200 asked and the 199 others are parked. */
    private void awaitEveryOtherCallerParked() {
      awaitLatch(arrived);
      long deadline = System.nanoTime() + DEADLINE_NANOS;
      Thread self = Thread.currentThread();
      while (!threads.stream().filter(t -> t != self)
          .allMatch(t -> t.getState() == Thread.State.WAITING)) {
        if (System.nanoTime() > deadline) {
          fail("the other callers did not all wait for the load");
        }
        Thread.onSpinWait();
      }
    }
  }

  private static void awaitLatch(CountDownLatch latch) {
    try {
      if (!latch.await(60, TimeUnit.SECONDS)) {
        throw new IllegalStateException("latch not released in time");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void get_afterAFailedSingleFlight_theNextReadTriesAgainAndCanFailAgain() {
    ScriptedQuery delegate = new ScriptedQuery(Fixtures::network);
    CachingCampaignQuery cache = CachingCampaignQuery.builder(delegate).ticker(ticker).build();

    assertThatThrownBy(() -> cache.get(ID)).isInstanceOf(NetworkException.class);
    assertThatThrownBy(() -> cache.get(ID)).isInstanceOf(NetworkException.class);

    assertThat(delegate.calls()).isEqualTo(2);
  }
}
