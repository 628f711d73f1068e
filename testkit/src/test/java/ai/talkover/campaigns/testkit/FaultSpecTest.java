package ai.talkover.campaigns.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FaultSpecTest {

  @Test
  void secondAnswer_isRejectedNamingBoth() {
    FaultSpec spec = FaultSpec.forList().status(500);

    assertThatThrownBy(spec::connectionReset)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("STATUS").hasMessageContaining("CONNECTION_RESET");
  }

  @Test
  void methods_returnNewSpecsAndLeaveTheOriginalUnchanged() {
    FaultSpec base = FaultSpec.forCampaign("c-1");
    FaultSpec withStatus = base.status(503);

    assertThat(base.malformedBody().toString()).contains("MALFORMED");
    assertThat(withStatus.toString()).contains("STATUS [503]").contains("campaign 'c-1'");
    assertThat(base.toString()).contains("NORMAL");
  }

  @Test
  void modifiers_combineWithAnAnswer() {
    String s = FaultSpec.forList().delay(Duration.ofMillis(5)).statuses(503, 200)
        .dribble(3, Duration.ofMillis(30)).retryAfter("10").toString();

    assertThat(s).contains("list").contains("STATUSES [503, 200]").contains("delay PT0.005S")
        .contains("dribble 3 chunks over PT0.03S").contains("Retry-After 10");
  }

  @Test
  void invalidArguments_areRejectedNamingTheArgument() {
    assertThatThrownBy(() -> FaultSpec.forCampaign(" ")).hasMessage("campaignId: is blank");
    assertThatThrownBy(() -> FaultSpec.forList().statuses()).hasMessageContaining("at least one");
    assertThatThrownBy(() -> FaultSpec.forList().statuses(503, 99)).hasMessage("statuses[1]: 99 is outside 100..599");
    assertThatThrownBy(() -> FaultSpec.forList().status(600)).hasMessage("status: 600 is outside 100..599");
    assertThatThrownBy(() -> FaultSpec.forList().delay(Duration.ofMillis(-1))).hasMessageStartingWith("delay:");
    assertThatThrownBy(() -> FaultSpec.forList().dribble(0, Duration.ZERO)).hasMessage("chunks: 0 is less than 1");
    assertThatThrownBy(() -> FaultSpec.forList().retryAfter("")).hasMessage("retryAfter: is blank");
    assertThatThrownBy(() -> FaultSpec.forList().retryAfter(Duration.ofSeconds(-1))).hasMessageContaining("negative");
  }

  @Test
  void covers_matchesOnlyItsOwnPath() {
    assertThat(FaultSpec.forCampaign("a b").covers(Route.of("/api/v1/campaigns/a%20b"))).isTrue();
    assertThat(FaultSpec.forCampaign("a b").covers(Route.of("/api/v1/campaigns/a"))).isFalse();
    assertThat(FaultSpec.forCampaign("a b").covers(Route.of("/api/v1/campaigns"))).isFalse();
    assertThat(FaultSpec.forList().covers(Route.of("/api/v1/campaigns?page=2"))).isTrue();
    assertThat(FaultSpec.forList().covers(Route.of("/api/v1/campaigns/x"))).isFalse();
  }
}
