package ai.talkover.campaigns.bootstrap.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.talkover.campaigns.application.port.out.RateLimitedException;
import ai.talkover.campaigns.bootstrap.TalkoverCampaigns;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import ai.talkover.campaigns.testkit.CampaignJsonBuilder;
import ai.talkover.campaigns.testkit.MutableClock;
import ai.talkover.campaigns.testkit.RedisServerProcess;
import ai.talkover.campaigns.testkit.TalkoverStubServer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The shared budget follows the API's window: two nodes on one Redis, the stub API allowing 5
 * requests a minute and saying so in {@code X-RateLimit-Remaining}/{@code Reset}; the nodes' clock
 * (the budget's time meter) and the stub's (its window) are the test's.
 */
class FleetBudgetResetTest {

  private static final String TOKEN = "talq_fleet_budget_reset";
  private RedisServerProcess redis;
  private TalkoverStubServer api;
  private final List<CampaignId> ids = new ArrayList<>();
  private MutableClock clock;

  @BeforeEach
  void start() {
    redis = RedisServerProcess.start();
    clock = new MutableClock(Instant.parse("2026-03-09T15:30:00.250Z"));
    api = TalkoverStubServer.builder().token(TOKEN).clock(clock)
        .rateLimit(5, Duration.ofMinutes(1)).start();
    for (int i = 0; i < 10; i++) {
      ids.add(CampaignId.of(api.addCampaign(CampaignJsonBuilder.getShape("window-" + i))));
    }
  }

  @AfterEach
  void stop() {
    api.close();
    redis.close();
  }

  private TalkoverCampaigns node() {
    return TalkoverCampaigns.builder().token(TOKEN).baseUrl(api.baseUrl()).fleet(redis.url())
        .rateLimit("5/min").clock(clock).retry(r -> r.maxAttempts(1)).build();
  }

  @Test
  void theFleetSpendsWhatTheApiHasLeftUntilItsReset_thenTheWholeLimitAtTheReset_neverA429() {
    try (TalkoverCampaigns a = node(); TalkoverCampaigns b = node()) {
      for (int i = 0; i < 5; i++) {
        (i % 2 == 0 ? a : b).campaigns().get(ids.get(i));
      }
      clock.advance(Duration.ofSeconds(30));

      for (TalkoverCampaigns node : List.of(a, b)) {
        RateLimitedException refused = catchThrowableOfType(RateLimitedException.class,
            () -> node.campaigns().get(ids.get(5)));
        assertThat(refused).as("refused before the API's reset").isNotNull();
        assertThat(refused.isLocalBudget()).as("by the fleet's budget, nothing sent").isTrue();
      }
      assertThat(api.totalRequestCount()).isEqualTo(5);

      // The API's minute ends: 65 s after the first request, past the reset it announced
      // (15:31:01, the window's end rounded up to the second).
      clock.advance(Duration.ofSeconds(35));
      for (int i = 5; i < 10; i++) {
        (i % 2 == 0 ? a : b).campaigns().get(ids.get(i));
      }

      assertThat(api.totalRequestCount()).as("the whole limit again at the reset").isEqualTo(10);
      assertThat(api.rateLimitedCount()).isZero();
    }
  }
}
