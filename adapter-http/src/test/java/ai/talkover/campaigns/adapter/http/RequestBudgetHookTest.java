package ai.talkover.campaigns.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.talkover.campaigns.application.port.out.CampaignQueryException;
import ai.talkover.campaigns.application.port.out.CampaignWithBody;
import ai.talkover.campaigns.application.port.out.RateLimitedException;
import ai.talkover.campaigns.application.port.out.RequestBudget;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RequestBudgetHookTest extends HttpTestSupport {

  @RegisterExtension
  static final WireMockExtension WM = newServer();

  @Override
  WireMockExtension wm() {
    return WM;
  }

  /** Records what the adapter asks and tells; refuses when told to. */
  static final class RecordingBudget implements RequestBudget {
    final List<Duration> asked = new CopyOnWriteArrayList<>();
    final List<String> observed = new CopyOnWriteArrayList<>();
    volatile boolean refuse;

    @Override
    public void acquire(String campaignId, Duration maxWait) {
      asked.add(maxWait);
      if (refuse) {
        throw CampaignQueryException.localBudgetExhausted(
            CampaignQueryException.Context.noResponse(campaignId, 0), Duration.ofSeconds(3));
      }
    }

    @Override
    public void observe(long remaining, Duration untilReset) {
      observed.add(remaining + "/" + untilReset.toSeconds());
    }
  }

  @Test
  void eachRequest_takesFromTheBudget_withTheTimeLeft_andReportsTheRateLimitHeaders() {
    RecordingBudget budget = new RecordingBudget();
    always(CAMPAIGN_PATH, json(200, Fixtures.text("get-campaign.json"))
        .withHeader("X-RateLimit-Limit", "100")
        .withHeader("X-RateLimit-Remaining", "42")
        .withHeader("X-RateLimit-Reset",
            Long.toString(TestTime.START.plusSeconds(30).getEpochSecond())));

    query(b -> b.requestBudget(budget)).get(CampaignId.of("campaign-uuid-1"));

    assertThat(budget.asked).as("half the deadline").containsExactly(Duration.ofSeconds(5));
    assertThat(budget.observed).containsExactly("42/30");
  }

  @Test
  void resetInSeconds_isReadAsADelay() {
    RecordingBudget budget = new RecordingBudget();
    always(CAMPAIGN_PATH, json(429, "{\"success\":false,\"message\":\"Too many requests\"}")
        .withHeader("X-RateLimit-Remaining", "0")
        .withHeader("X-RateLimit-Reset", "12"));

    catchThrowableOfType(RateLimitedException.class,
        () -> query(b -> b.requestBudget(budget).retry(r -> r.maxAttempts(1))).get(CampaignId.of("campaign-uuid-1")));

    assertThat(budget.observed).containsExactly("0/12");
  }

  @Test
  void refusedByTheBudget_sendsNothing_andFailsWithTheLocalBudgetKind() {
    RecordingBudget budget = new RecordingBudget();
    budget.refuse = true;
    always(CAMPAIGN_PATH, json(200, Fixtures.text("get-campaign.json")));

    RateLimitedException e = catchThrowableOfType(RateLimitedException.class,
        () -> query(b -> b.requestBudget(budget)).get(CampaignId.of("campaign-uuid-1")));

    assertThat(e.isLocalBudget()).isTrue();
    assertThat(e.attempts()).isZero();
    assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(3));
    assertThat(requests()).isEmpty();
    assertThat(budget.asked).as("each attempt asks the budget; none is sent").hasSizeBetween(1, 3);
  }

  @Test
  void getWithBody_returnsTheBodyAsSent() {
    String body = Fixtures.text("get-campaign.json");
    always(CAMPAIGN_PATH, json(200, body));

    CampaignWithBody f = query().getWithBody(CampaignId.of("campaign-uuid-1"));

    assertThat(new String(f.body(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(body);
    assertThat(f.campaign().id()).isEqualTo(CampaignId.of("campaign-uuid-1"));
  }
}
