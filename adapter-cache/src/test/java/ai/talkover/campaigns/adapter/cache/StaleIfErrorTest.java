package ai.talkover.campaigns.adapter.cache;

import static ai.talkover.campaigns.adapter.cache.Fixtures.ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talkover.campaigns.application.port.out.CampaignNotFoundException;
import ai.talkover.campaigns.application.port.out.CampaignQueryException;
import ai.talkover.campaigns.application.port.out.InvalidCampaignResponseException;
import ai.talkover.campaigns.application.port.out.NetworkException;
import ai.talkover.campaigns.application.port.out.UnauthorizedException;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Stale-if-error: a retryable failure keeps the last good value until the maximum staleness. */
class StaleIfErrorTest {

  private record StaleServe(CampaignId id, Duration age, CampaignQueryException cause) {}

  private final FakeTicker ticker = new FakeTicker();
  private final ManualExecutor executor = new ManualExecutor();
  private final ScriptedQuery delegate = ScriptedQuery.answering("v1");
  private final List<StaleServe> staleServes = new CopyOnWriteArrayList<>();
  private final CachingCampaignQuery cache = CachingCampaignQuery.builder(delegate)
      .ticker(ticker)
      .executor(executor)
      .staleServeListener((id, age, cause) -> staleServes.add(new StaleServe(id, age, cause)))
      .build();

  static Stream<Arguments> retryableFailures() {
    return Stream.of(
        Arguments.of("network", (Function<CampaignId, CampaignQueryException>) Fixtures::network),
        Arguments.of("5xx", (Function<CampaignId, CampaignQueryException>) Fixtures::serverError),
        Arguments.of("429", (Function<CampaignId, CampaignQueryException>) Fixtures::rateLimited),
        Arguments.of("circuit open",
            (Function<CampaignId, CampaignQueryException>) Fixtures::circuitOpen));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("retryableFailures")
  void outage_withinMaxStaleness_servesLastGoodValueWithItsAge_thenTheFailureReachesTheCaller(
      String kind, Function<CampaignId, CampaignQueryException> failure) {
    warmUp();
    long warmUpAt = ticker.read();
    delegate.failWith(failure);
    Class<? extends CampaignQueryException> type = failure.apply(ID).getClass();

    for (Duration at : List.of(Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofMinutes(59))) {
      ticker.set(warmUpAt + at.toNanos());
      CachedCampaign served = cache.getWithMetadata(ID);

      assertThat(served.campaign().name()).contains("v1");
      assertThat(served.stale()).isTrue();
      assertThat(served.age()).isEqualTo(at);
      assertThat(served.lastFailure()).get().isInstanceOf(type);
      assertThat(staleServes).last().isEqualTo(
          new StaleServe(ID, at, served.lastFailure().orElseThrow()));
    }
    assertThat(delegate.calls()).as("warm-up plus one reload attempt per read").isEqualTo(4);

    ticker.set(warmUpAt + Duration.ofMinutes(61).toNanos());
    assertThatThrownBy(() -> cache.get(ID)).isInstanceOf(type);
    assertThatThrownBy(() -> cache.get(ID)).as("nothing left to serve").isInstanceOf(type);
    assertThat(delegate.calls()).isEqualTo(6);
    assertThat(cache.statistics().staleServes()).isEqualTo(3);
    assertThat(staleServes).hasSize(3);
  }

  @Test
  void outage_betweenReloadAttempts_servesStaleFromTheCacheWithoutAskingTheDelegate() {
    warmUp();
    delegate.failWith(Fixtures::network);
    ticker.advance(Duration.ofMinutes(5));
    assertThat(cache.getWithMetadata(ID).stale()).isTrue();
    assertThat(delegate.calls()).isEqualTo(2);

    ticker.advance(Duration.ofSeconds(29));
    CachedCampaign served = cache.getWithMetadata(ID);

    assertThat(served.stale()).isTrue();
    assertThat(served.age()).isEqualTo(Duration.ofMinutes(5).plusSeconds(29));
    assertThat(delegate.calls()).as("backing off for refresh-after-write").isEqualTo(2);
    assertThat(executor.pending()).as("stale values are reloaded in the foreground").isZero();

    ticker.advance(Duration.ofSeconds(1));
    assertThat(cache.getWithMetadata(ID).stale()).isTrue();
    assertThat(delegate.calls()).isEqualTo(3);
  }

  @Test
  void outage_whenTheApiRecovers_theNextReloadServesTheNewValueFresh() {
    warmUp();
    delegate.failWith(Fixtures::serverError);
    ticker.advance(Duration.ofMinutes(10));
    assertThat(cache.getWithMetadata(ID).stale()).isTrue();

    delegate.answerWith("v2");
    ticker.advance(Duration.ofSeconds(30));
    CachedCampaign served = cache.getWithMetadata(ID);

    assertThat(served.campaign().name()).contains("v2");
    assertThat(served.stale()).isFalse();
    assertThat(served.age()).isZero();
    assertThat(served.lastFailure()).isEmpty();
  }

  @Test
  void backgroundRefresh_failingRetryably_keepsServingTheValueNotStaleAndRecordsTheFailure() {
    warmUp();
    delegate.failWith(Fixtures::network);
    ticker.advance(Duration.ofSeconds(31));
    cache.get(ID);
    executor.runAll();

    CachedCampaign served = cache.getWithMetadata(ID);

    assertThat(served.campaign().name()).contains("v1");
    assertThat(served.stale()).isFalse();
    assertThat(served.lastFailure()).get().isInstanceOf(NetworkException.class);
    assertThat(executor.pending()).as("no new refresh while backing off").isZero();
    assertThat(staleServes).isEmpty();

    ticker.advance(Duration.ofSeconds(30));
    cache.get(ID);
    assertThat(executor.pending()).as("refresh retried after refresh-after-write").isEqualTo(1);
  }

  @Test
  void reload_failingWithUnauthorized_dropsTheValueAndThrows() {
    warmUp();
    delegate.failWith(Fixtures::unauthorized);
    ticker.advance(Duration.ofMinutes(5));

    assertThatThrownBy(() -> cache.get(ID)).isInstanceOf(UnauthorizedException.class);

    delegate.failWith(Fixtures::network);
    assertThatThrownBy(() -> cache.get(ID))
        .as("the dropped value is not served stale later").isInstanceOf(NetworkException.class);
    assertThat(cache.statistics().staleServes()).isZero();
  }

  @Test
  void reload_answeringInvalidCampaign_dropsTheValueSoItIsNeverServedAgain() {
    warmUp();
    delegate.failWith(Fixtures::invalidCampaign);
    ticker.advance(Duration.ofMinutes(5));

    assertThatThrownBy(() -> cache.get(ID)).isInstanceOf(InvalidCampaignResponseException.class);
    delegate.failWith(Fixtures::serverError);
    assertThatThrownBy(() -> cache.get(ID)).isInstanceOf(CampaignQueryException.class)
        .isNotInstanceOf(InvalidCampaignResponseException.class);
    assertThat(delegate.calls()).isEqualTo(3);
  }

  @Test
  void backgroundRefresh_failingWithUnauthorized_dropsTheValue() {
    warmUp();
    delegate.failWith(Fixtures::unauthorized);
    ticker.advance(Duration.ofSeconds(31));
    assertThat(cache.get(ID).name()).contains("v1");
    executor.runAll();

    assertThatThrownBy(() -> cache.get(ID)).isInstanceOf(UnauthorizedException.class);
    assertThat(delegate.calls()).isEqualTo(3);
  }

  @Test
  void reload_answeringNotFound_replacesTheValueWithACachedNotFound() {
    warmUp();
    delegate.failWith(Fixtures::notFound);
    ticker.advance(Duration.ofMinutes(5));

    assertThatThrownBy(() -> cache.get(ID)).isInstanceOf(CampaignNotFoundException.class);
    assertThatThrownBy(() -> cache.get(ID)).isInstanceOf(CampaignNotFoundException.class);
    assertThat(delegate.calls()).isEqualTo(2);
  }

  @Test
  void staleServeListener_throwing_doesNotBreakTheRead() {
    CachingCampaignQuery withBadListener = CachingCampaignQuery.builder(delegate)
        .ticker(ticker)
        .executor(executor)
        .staleServeListener((id, age, cause) -> {
          throw new IllegalStateException("listener bug");
        })
        .build();
    withBadListener.get(ID);
    delegate.failWith(Fixtures::network);
    ticker.advance(Duration.ofMinutes(6));

    CachedCampaign served = withBadListener.getWithMetadata(ID);

    assertThat(served.stale()).isTrue();
    assertThat(served.campaign().name()).contains("v1");
  }

  @Test
  void maxStalenessEqualToExpireAfterWrite_turnsStaleIfErrorOff() {
    CachingCampaignQuery strict = CachingCampaignQuery.builder(delegate)
        .ticker(ticker)
        .executor(executor)
        .maxStaleness(Duration.ofMinutes(5))
        .build();
    strict.get(ID);
    delegate.failWith(Fixtures::network);
    ticker.advance(Duration.ofMinutes(5));

    assertThatThrownBy(() -> strict.get(ID)).isInstanceOf(NetworkException.class);
  }

  private void warmUp() {
    assertThat(cache.get(ID).name()).contains("v1");
    assertThat(delegate.calls()).isEqualTo(1);
  }
}
