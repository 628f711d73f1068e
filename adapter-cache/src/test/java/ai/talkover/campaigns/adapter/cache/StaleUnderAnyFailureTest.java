package ai.talkover.campaigns.adapter.cache;

import static ai.talkover.campaigns.adapter.cache.Fixtures.ID;
import static org.assertj.core.api.Assertions.assertThat;

import ai.talkover.campaigns.application.port.out.CampaignQueryException;
import ai.talkover.campaigns.application.port.out.CampaignQueryException.Context;
import ai.talkover.campaigns.application.port.out.ClientSaturatedException;
import ai.talkover.campaigns.application.port.out.InvalidResponseException;
import ai.talkover.campaigns.application.port.out.NetworkException;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import java.time.Duration;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Stale-if-error under any failure: only an authoritative answer (not found, unauthorized, an
 * invalid campaign) replaces or drops a cached value; whatever else a reload fails with, the last
 * good value is served until the maximum staleness.
 */
class StaleUnderAnyFailureTest {

  private final FakeTicker ticker = new FakeTicker();
  private final ManualExecutor executor = new ManualExecutor();
  private final ScriptedQuery delegate = ScriptedQuery.answering("v1");
  private final CachingCampaignQuery cache = CachingCampaignQuery.builder(delegate)
      .ticker(ticker)
      .executor(executor)
      .build();

  static Stream<Arguments> nonAuthoritativeFailures() {
    return Stream.of(
        Arguments.of("client saturated", (Function<CampaignId, RuntimeException>) id ->
            CampaignQueryException.saturated(Context.noResponse(id.value(), 0), null)),
        Arguments.of("a body that is not JSON", (Function<CampaignId, RuntimeException>) id ->
            CampaignQueryException.invalidResponse(new Context(200, id.value(), 1, null, "<html>"),
                "not JSON", null)),
        Arguments.of("a pool state error escaping a delegate", (Function<CampaignId, RuntimeException>) id ->
            new IllegalStateException("Endpoint not acquired / already released")),
        Arguments.of("a cancellation escaping a delegate", (Function<CampaignId, RuntimeException>) id ->
            new java.util.concurrent.CancellationException()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nonAuthoritativeFailures")
  void expiredValue_reloadFailingWithAnythingNotAuthoritative_isServedStale(
      String kind, Function<CampaignId, RuntimeException> failure) {
    cache.get(ID);
    delegate.failWith(failure);
    ticker.advance(Duration.ofMinutes(6));

    CachedCampaign served = cache.getWithMetadata(ID);

    assertThat(served.campaign().name()).contains("v1");
    assertThat(served.stale()).isTrue();
    assertThat(served.lastFailure()).isPresent();
    assertThat(cache.statistics().staleServes()).isEqualTo(1);
    assertThat(delegate.calls()).isEqualTo(2);
  }

  @Test
  void expiredValue_reloadFailingWithAnInvalidResponse_keepsTheTypedFailure() {
    cache.get(ID);
    delegate.failWith(Fixtures::invalidResponse);
    ticker.advance(Duration.ofMinutes(6));

    assertThat(cache.getWithMetadata(ID).lastFailure()).get().isInstanceOf(InvalidResponseException.class);
  }

  @Test
  void expiredValue_aDelegatesUnexpectedException_isRecordedAsAPortFailureWithItAsCause() {
    cache.get(ID);
    IllegalStateException escaped = new IllegalStateException("Endpoint not acquired / already released");
    delegate.failWith(id -> escaped);
    ticker.advance(Duration.ofMinutes(6));

    CampaignQueryException recorded = cache.getWithMetadata(ID).lastFailure().orElseThrow();

    assertThat(recorded).isInstanceOf(NetworkException.class).hasCause(escaped);
  }

  @Test
  void backgroundRefresh_failingWithSaturation_keepsTheValueAndRecordsIt() {
    cache.get(ID);
    delegate.failWith(id -> CampaignQueryException.saturated(Context.noResponse(id.value(), 0), null));
    ticker.advance(Duration.ofSeconds(31));
    cache.get(ID);
    executor.runAll();

    CachedCampaign served = cache.getWithMetadata(ID);

    assertThat(served.campaign().name()).contains("v1");
    assertThat(served.stale()).isFalse();
    assertThat(served.lastFailure()).get().isInstanceOf(ClientSaturatedException.class);
  }

  @Test
  void coldLoad_failingWithAnything_isNotCached_theNextReadAsksAgain() {
    delegate.failWith(id -> CampaignQueryException.saturated(Context.noResponse(id.value(), 0), null));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> cache.get(ID))
        .isInstanceOf(ClientSaturatedException.class);
    delegate.answerWith("v1");

    assertThat(cache.get(ID).name()).contains("v1");
    assertThat(delegate.calls()).isEqualTo(2);
  }
}
