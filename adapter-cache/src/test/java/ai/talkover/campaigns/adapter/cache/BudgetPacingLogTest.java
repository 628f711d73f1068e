package ai.talkover.campaigns.adapter.cache;

import static ai.talkover.campaigns.adapter.cache.Fixtures.ID;
import static org.assertj.core.api.Assertions.assertThat;

import ai.talkover.campaigns.application.port.out.CampaignQueryException;
import ai.talkover.campaigns.application.port.out.CampaignQueryException.Context;
import ai.talkover.campaigns.testkit.StandardErrorCapture;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A reload the request budget held back is pacing, not an outage: it is logged at DEBUG, while the
 * first real failure of a value's reloads is a WARN (slf4j-simple, which logs INFO and up to
 * standard error here).
 */
class BudgetPacingLogTest {

  private final FakeTicker ticker = new FakeTicker();
  private final ManualExecutor executor = new ManualExecutor();
  private final ScriptedQuery delegate = ScriptedQuery.answering("v1");
  private final CachingCampaignQuery cache = CachingCampaignQuery.builder(delegate)
      .ticker(ticker)
      .executor(executor)
      .build();

  @Test
  void aRefreshTheLocalBudgetRefused_logsNoWarning_andKeepsTheValue() throws Exception {
    cache.get(ID);
    delegate.failWith(id -> CampaignQueryException.localBudgetExhausted(
        Context.noResponse(id.value(), 0), Duration.ofSeconds(3)));

    String log = StandardErrorCapture.during(this::refreshOnce);

    assertThat(log).doesNotContain("WARN");
    assertThat(cache.getWithMetadata(ID).campaign().name()).contains("v1");
  }

  @Test
  void aRefreshTheApiRefused_warnsOnce() throws Exception {
    cache.get(ID);
    delegate.failWith(id -> CampaignQueryException.rateLimited(
        new Context(429, id.value(), 1, null, null), Duration.ofSeconds(3)));

    String log = StandardErrorCapture.during(this::refreshOnce);

    assertThat(log).contains("WARN").contains("Reloading campaign " + ID.value() + " failed");
  }

  private void refreshOnce() {
    ticker.advance(Duration.ofSeconds(31));
    cache.get(ID);
    executor.runAll();
  }

}
