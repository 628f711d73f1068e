package ai.talkover.campaigns.adapter.cache;

import static ai.talkover.campaigns.adapter.cache.Fixtures.ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import ai.talkover.campaigns.application.port.out.CampaignFilter;
import ai.talkover.campaigns.application.port.out.CampaignNotFoundException;
import ai.talkover.campaigns.application.port.out.CampaignPage;
import ai.talkover.campaigns.application.port.out.CampaignQuery;
import ai.talkover.campaigns.application.port.out.CampaignQueryException;
import ai.talkover.campaigns.application.port.out.InvalidCampaignResponseException;
import ai.talkover.campaigns.application.port.out.InvalidResponseException;
import ai.talkover.campaigns.application.port.out.NetworkException;
import ai.talkover.campaigns.application.port.out.Pagination;
import ai.talkover.campaigns.application.port.out.UnauthorizedException;
import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Hits, expiry, refresh-ahead, negative caching, invalidation, statistics and eviction. */
class CachingCampaignQueryTest {

  private final FakeTicker ticker = new FakeTicker();
  private final ManualExecutor executor = new ManualExecutor();
  private final ScriptedQuery delegate = ScriptedQuery.answering("v1");
  private final CachingCampaignQuery cache = CachingCampaignQuery.builder(delegate)
      .ticker(ticker)
      .executor(executor)
      .build();

  // ------------------------------------------------------------------------------ hits

  @Test
  void get_whenCached_makesNoDelegateCall() {
    CampaignQuery mockDelegate = mock(CampaignQuery.class);
    Campaign v1 = Fixtures.campaign("v1");
    when(mockDelegate.get(ID)).thenReturn(v1);
    CachingCampaignQuery cached = CachingCampaignQuery.builder(mockDelegate).ticker(ticker).build();
    cached.get(ID);

    ticker.advance(Duration.ofSeconds(29));
    Campaign hit = cached.get(ID);

    assertThat(hit).isSameAs(v1);
    verify(mockDelegate, times(1)).get(ID);
    verifyNoMoreInteractions(mockDelegate);
  }

  @Test
  void getWithMetadata_onAFreshHit_reportsAgeAndNoFailure() {
    cache.get(ID);
    ticker.advance(Duration.ofSeconds(12));

    CachedCampaign hit = cache.getWithMetadata(ID);

    assertThat(hit.age()).isEqualTo(Duration.ofSeconds(12));
    assertThat(hit.stale()).isFalse();
    assertThat(hit.lastFailure()).isEmpty();
    assertThat(delegate.calls()).isEqualTo(1);
  }

  // ---------------------------------------------------------------------------- expiry

  @Test
  void get_justBeforeExpireAfterWrite_servesTheCachedValue() {
    cache.get(ID);
    delegate.answerWith("v2");
    ticker.advance(Duration.ofMinutes(5).minusNanos(1));

    assertThat(cache.get(ID).name()).contains("v1");
  }

  @Test
  void get_atExpireAfterWrite_reloadsSynchronouslyAndReturnsTheNewValue() {
    cache.get(ID);
    delegate.answerWith("v2");
    ticker.advance(Duration.ofMinutes(5));

    CachedCampaign reloaded = cache.getWithMetadata(ID);

    assertThat(reloaded.campaign().name()).contains("v2");
    assertThat(reloaded.age()).isZero();
    assertThat(delegate.calls()).isEqualTo(2);
    assertThat(executor.pending()).as("no background reload for an expired value").isZero();
  }

  // --------------------------------------------------------------------- refresh-ahead

  @Test
  void refreshAhead_afterRefreshAfterWrite_servesCurrentValueWhileExactlyOneBackgroundReloadRuns() {
    cache.get(ID);
    delegate.answerWith("v2");
    ticker.advance(Duration.ofSeconds(30));

    for (int i = 0; i < 5; i++) {
      assertThat(cache.get(ID).name()).contains("v1");
    }
    assertThat(executor.pending()).isEqualTo(1);
    assertThat(delegate.calls()).isEqualTo(1);

    executor.runAll();
    assertThat(delegate.calls()).isEqualTo(2);

    CachedCampaign after = cache.getWithMetadata(ID);
    assertThat(after.campaign().name()).contains("v2");
    assertThat(after.age()).isZero();
    assertThat(delegate.calls()).isEqualTo(2);
    assertThat(executor.pending()).isZero();
  }

  @Test
  void refreshAhead_reloadedValue_restartsTheExpiryClock() {
    cache.get(ID);
    delegate.answerWith("v2");
    ticker.advance(Duration.ofMinutes(4));
    cache.get(ID);
    executor.runAll();

    ticker.advance(Duration.ofMinutes(4));
    assertThat(cache.get(ID).name()).contains("v2");
    assertThat(delegate.calls()).as("4 min old, not expired").isEqualTo(2);
  }

  @Test
  void refreshAhead_whenInvalidatedMeanwhile_discardsTheReloadedValue() {
    cache.get(ID);
    delegate.answerWith("v2");
    ticker.advance(Duration.ofSeconds(31));
    cache.get(ID);
    cache.invalidate(ID);
    delegate.answerWith("v3");
    assertThat(cache.get(ID).name()).contains("v3");

    delegate.answerWith("v2");
    executor.runAll();

    assertThat(cache.get(ID).name()).contains("v3");
  }

  /**
   * With a same-thread executor the refresh-ahead completes inside the read, and Caffeine returns
   * the value it just loaded (the hand-written refresh this replaces served the old one first).
   */
  @Test
  void refreshAhead_onSameThreadExecutor_reloadsInsideTheReadAndStoresTheNewValue() {
    CachingCampaignQuery inline = CachingCampaignQuery.builder(delegate)
        .ticker(ticker)
        .executor(Runnable::run)
        .build();
    inline.get(ID);
    delegate.answerWith("v2");
    ticker.advance(Duration.ofSeconds(45));

    assertThat(inline.get(ID).name()).contains("v2");
    assertThat(inline.get(ID).name()).contains("v2");
    assertThat(delegate.calls()).isEqualTo(2);
  }

  @Test
  void refreshAhead_whenTheExecutorRejects_stillServesTheValue() {
    CachingCampaignQuery rejecting = CachingCampaignQuery.builder(delegate)
        .ticker(ticker)
        .executor(task -> {
          throw new RejectedExecutionException("full");
        })
        .build();
    rejecting.get(ID);
    ticker.advance(Duration.ofSeconds(45));

    assertThat(rejecting.get(ID).name()).contains("v1");
    assertThat(delegate.calls()).isEqualTo(1);
  }

  // ------------------------------------------------------------------- negative caching

  @Test
  void notFound_isCachedForNotFoundTtl_thenAskedAgain() {
    delegate.failWith(Fixtures::notFound);
    assertThatThrownBy(() -> cache.get(ID)).isInstanceOf(CampaignNotFoundException.class);

    ticker.advance(Duration.ofSeconds(29));
    assertThatThrownBy(() -> cache.get(ID))
        .isInstanceOf(CampaignNotFoundException.class)
        .hasMessageContaining(ID.value());
    assertThat(delegate.calls()).isEqualTo(1);

    delegate.answerWith("created");
    ticker.advance(Duration.ofSeconds(1));
    assertThat(cache.get(ID).name()).contains("created");
    assertThat(delegate.calls()).isEqualTo(2);
  }

  @Test
  void notFound_servedFromTheCache_isAFreshInstanceOfTheSameFailure() {
    delegate.failWith(Fixtures::notFound);
    Throwable first = catchFailure(ID);
    Throwable second = catchFailure(ID);

    assertThat(second).isNotSameAs(first).isInstanceOf(CampaignNotFoundException.class);
    assertThat(((CampaignQueryException) second).context())
        .isEqualTo(((CampaignQueryException) first).context());
  }

  static Stream<Arguments> neverCached() {
    return Stream.of(
        Arguments.of(UnauthorizedException.class,
            (Function<CampaignId, CampaignQueryException>) Fixtures::unauthorized),
        Arguments.of(InvalidResponseException.class,
            (Function<CampaignId, CampaignQueryException>) Fixtures::invalidResponse),
        Arguments.of(InvalidCampaignResponseException.class,
            (Function<CampaignId, CampaignQueryException>) Fixtures::invalidCampaign),
        Arguments.of(NetworkException.class,
            (Function<CampaignId, CampaignQueryException>) Fixtures::network));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("neverCached")
  void failure_isNeverCached_everyReadAsksTheDelegate(
      Class<? extends CampaignQueryException> type,
      Function<CampaignId, CampaignQueryException> failure) {
    delegate.failWith(failure);

    assertThatThrownBy(() -> cache.get(ID)).isInstanceOf(type);
    assertThatThrownBy(() -> cache.get(ID)).isInstanceOf(type);
    assertThat(delegate.calls()).isEqualTo(2);

    delegate.answerWith("v1");
    assertThat(cache.get(ID).name()).contains("v1");
    assertThat(delegate.calls()).isEqualTo(3);
  }

  @Test
  void failure_whenTheDelegateBreaksItsContract_reachesTheCallerAndIsNotCached() {
    delegate.answer(id -> null);

    assertThatThrownBy(() -> cache.get(ID)).isInstanceOf(NullPointerException.class);
    delegate.answerWith("v1");
    assertThat(cache.get(ID).name()).contains("v1");
  }

  // ---------------------------------------------------------------------- invalidation

  @Test
  void invalidate_forgetsOnlyThatCampaign() {
    CampaignId other = CampaignId.of("campaign-uuid-2");
    cache.get(ID);
    cache.get(other);

    cache.invalidate(ID);
    cache.get(ID);
    cache.get(other);

    assertThat(delegate.calls(ID)).isEqualTo(2);
    assertThat(delegate.calls(other)).isEqualTo(1);
  }

  @Test
  void invalidate_forgetsACachedNotFound() {
    delegate.failWith(Fixtures::notFound);
    assertThatThrownBy(() -> cache.get(ID)).isInstanceOf(CampaignNotFoundException.class);
    delegate.answerWith("created");

    cache.invalidate(ID);

    assertThat(cache.get(ID).name()).contains("created");
  }

  @Test
  void invalidateAll_forgetsEveryCampaign() {
    CampaignId other = CampaignId.of("campaign-uuid-2");
    cache.get(ID);
    cache.get(other);

    cache.invalidateAll();
    cache.get(ID);
    cache.get(other);

    assertThat(delegate.calls(ID)).isEqualTo(2);
    assertThat(delegate.calls(other)).isEqualTo(2);
    assertThat(cache.statistics().evictions()).as("invalidation is not eviction").isZero();
  }

  // ------------------------------------------------------------------ statistics, eviction

  @Test
  void statistics_countHitsMissesLoadsFailuresAndStaleServes() {
    CampaignId missing = CampaignId.of("missing");
    cache.get(ID);                                   // miss, load
    cache.get(ID);                                   // hit
    delegate.failWith(id -> id.equals(missing) ? Fixtures.notFound(id) : Fixtures.network(id));
    catchFailure(missing);                           // miss, load failure
    catchFailure(missing);                           // hit (negative)
    ticker.advance(Duration.ofMinutes(5));
    cache.get(ID);                                   // miss, load failure, stale serve
    cache.get(ID);                                   // hit (backing off), stale serve
    cache.caffeineCache().cleanUp();                 // nothing is older than max staleness: no eviction

    CacheStatistics stats = cache.statistics();

    assertThat(stats).isEqualTo(new CacheStatistics(3, 3, 3, 2, 2, 0));
    assertThat(stats.requests()).isEqualTo(6);
    assertThat(stats.hitRate()).isEqualTo(0.5);
  }

  @Test
  void caffeineCache_stats_matchTheStatistics() {
    cache.get(ID);
    cache.get(ID);
    delegate.failWith(Fixtures::network);
    catchFailure(CampaignId.of("other"));

    CacheStats caffeine = cache.caffeineCache().stats();
    CacheStatistics ours = cache.statistics();

    assertThat(caffeine.hitCount()).isEqualTo(ours.hits()).isEqualTo(1);
    assertThat(caffeine.missCount()).isEqualTo(ours.misses()).isEqualTo(2);
    assertThat(caffeine.loadCount()).isEqualTo(ours.loads()).isEqualTo(2);
    assertThat(caffeine.loadFailureCount()).isEqualTo(ours.loadFailures()).isEqualTo(1);
    assertThat(cache.caffeineCache().estimatedSize()).isEqualTo(1);
  }

  @Test
  void eviction_bySize_keepsAtMostMaximumSizeAndCountsTheEviction() {
    CachingCampaignQuery small = CachingCampaignQuery.builder(delegate)
        .ticker(ticker)
        .executor(executor)
        .maximumSize(2)
        .build();
    List<CampaignId> ids = List.of(CampaignId.of("a"), CampaignId.of("b"), CampaignId.of("c"));
    ids.forEach(small::get);

    small.caffeineCache().cleanUp();

    assertThat(small.caffeineCache().estimatedSize()).isEqualTo(2);
    assertThat(small.statistics().evictions()).isEqualTo(1);
    List<CampaignId> kept = ids.stream()
        .filter(id -> small.caffeineCache().asMap().containsKey(id))
        .toList();
    assertThat(kept).hasSize(2);
    kept.forEach(small::get);
    assertThat(delegate.calls()).as("the kept ids are hits").isEqualTo(3);
    CampaignId evicted = ids.stream().filter(id -> !kept.contains(id)).findFirst().orElseThrow();
    small.get(evicted);
    assertThat(delegate.calls(evicted)).as("the evicted id is loaded again").isEqualTo(2);
  }

  @Test
  void eviction_pastMaxStaleness_removesTheEntryAndCountsIt() {
    cache.get(ID);
    ticker.advance(Duration.ofHours(1));

    cache.caffeineCache().cleanUp();

    assertThat(cache.caffeineCache().estimatedSize()).isZero();
    assertThat(cache.statistics().evictions()).isEqualTo(1);
  }

  @Test
  void eviction_ofAnExpiredNotFound_atMaxStaleness_afterBeingAskedAgainAtTheTtl() {
    delegate.failWith(Fixtures::notFound);
    catchFailure(ID);
    ticker.advance(Duration.ofSeconds(30));
    catchFailure(ID);                                // the TTL passed: asked again

    ticker.advance(Duration.ofHours(1));
    cache.caffeineCache().cleanUp();

    assertThat(delegate.calls(ID)).isEqualTo(2);
    assertThat(cache.caffeineCache().estimatedSize()).isZero();
  }


  // ---------------------------------------------------------------------------- async

  @Test
  void getAsync_onAHit_completesAtOnceWithoutUsingTheExecutor() {
    cache.get(ID);
    Executor unused = mock(Executor.class);

    CompletableFuture<Campaign> hit = cache.getAsync(ID, unused);

    assertThat(hit).isCompleted();
    assertThat(hit.join().name()).contains("v1");
    verifyNoInteractions(unused);
    assertThat(delegate.calls()).isEqualTo(1);
  }

  @Test
  void getAsync_onAMiss_loadsOnTheGivenExecutor() {
    ManualExecutor callerPool = new ManualExecutor();

    CompletableFuture<Campaign> miss = cache.getAsync(ID, callerPool);

    assertThat(miss).isNotDone();
    assertThat(delegate.calls()).isZero();
    callerPool.runAll();
    assertThat(miss.join().name()).contains("v1");
    assertThat(delegate.calls()).isEqualTo(1);
    assertThat(cache.get(ID)).isSameAs(miss.join());
  }

  @Test
  void getAsync_whenTheLoadFails_completesExceptionallyWithTheTypedFailure() {
    delegate.failWith(Fixtures::unauthorized);

    CompletableFuture<Campaign> failed = cache.getAsync(ID, Runnable::run);

    assertThatThrownBy(failed::join)
        .isInstanceOf(CompletionException.class)
        .hasCauseInstanceOf(UnauthorizedException.class);
  }

  @Test
  void getAsync_onACachedNotFound_completesExceptionallyWithoutAskingTheDelegate() {
    delegate.failWith(Fixtures::notFound);
    catchFailure(ID);

    CompletableFuture<Campaign> failed = cache.getAsync(ID, Runnable::run);

    assertThat(failed).isCompletedExceptionally();
    assertThatThrownBy(failed::join).hasCauseInstanceOf(CampaignNotFoundException.class);
    assertThat(delegate.calls()).isEqualTo(1);
  }

  @Test
  void getAsync_whenTheCallersExecutorRejectsTheLoad_throwsAndLeavesNothingBehind() {
    Executor full = task -> {
      throw new RejectedExecutionException("full");
    };

    assertThatThrownBy(() -> cache.getAsync(ID, full))
        .isInstanceOf(RejectedExecutionException.class);

    assertThat(cache.get(ID).name()).contains("v1");
    assertThat(delegate.calls()).isEqualTo(1);
  }

  // ---------------------------------------------------------------------- pass-through

  @Test
  void list_passesThroughToTheDelegateEveryTime() {
    CampaignQuery mockDelegate = mock(CampaignQuery.class);
    CampaignFilter filter = CampaignFilter.all().withStatus("active");
    CampaignPage page = new CampaignPage(List.of(Fixtures.campaign("v1")),
        new Pagination(1, 1, 20, 1, 1, 1));
    when(mockDelegate.list(filter)).thenReturn(page);
    CachingCampaignQuery cached = CachingCampaignQuery.builder(mockDelegate).ticker(ticker).build();

    assertThat(cached.list(filter)).isSameAs(page);
    assertThat(cached.list(filter)).isSameAs(page);

    verify(mockDelegate, times(2)).list(filter);
    assertThat(cached.statistics().requests()).isZero();
  }

  @Test
  void listAll_usesTheDelegatesOwnStream() {
    CampaignQuery mockDelegate = mock(CampaignQuery.class);
    CampaignFilter filter = CampaignFilter.all();
    Campaign v1 = Fixtures.campaign("v1");
    when(mockDelegate.listAll(filter)).thenReturn(Stream.of(v1));
    CachingCampaignQuery cached = CachingCampaignQuery.builder(mockDelegate).ticker(ticker).build();

    assertThat(cached.listAll(filter)).containsExactly(v1);
    verify(mockDelegate).listAll(filter);
  }

  @Test
  void list_failure_reachesTheCallerUnchanged() {
    CampaignQuery mockDelegate = mock(CampaignQuery.class);
    NetworkException down = Fixtures.network(ID);
    when(mockDelegate.list(CampaignFilter.all())).thenThrow(down);
    CachingCampaignQuery cached = CachingCampaignQuery.builder(mockDelegate).ticker(ticker).build();

    assertThatThrownBy(() -> cached.list(CampaignFilter.all())).isSameAs(down);
  }

  private Throwable catchFailure(CampaignId id) {
    try {
      cache.get(id);
    } catch (RuntimeException e) {
      return e;
    }
    throw new AssertionError("expected " + id + " to fail");
  }
}
