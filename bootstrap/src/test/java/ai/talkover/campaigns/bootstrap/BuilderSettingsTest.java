package ai.talkover.campaigns.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The wired builder's Resilience4j customisers reach the adapter; its toString() shows no secret. */
class BuilderSettingsTest {

  private static final String TOKEN = "talq_settings-secret-token";

  @Test
  void toString_masksTheTokenAndTheBaseUrlsUserInfo() {
    String shown = TalkoverCampaigns.builder().token(TOKEN)
        .baseUrl("https://user:hunter2@app.talkover.ai").toString();

    assertThat(shown).doesNotContain(TOKEN).doesNotContain("hunter2").contains("https://***@app.talkover.ai");
  }

  @Test
  void build_baseUrlWithUserInfoAndASecondFlaw_isRefusedWithoutEchoingThePassword() {
    assertThatThrownBy(() -> TalkoverCampaigns.builder().token(TOKEN)
        .baseUrl("https://user:hunter2@app.talkover.ai/x?y=1").build())
        .isInstanceOf(IllegalArgumentException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2"));
  }

  @Test
  void resilienceCustomisers_reachTheAdapter() {
    try (TalkoverCampaigns talkover = TalkoverCampaigns.builder().token(TOKEN)
        .retry(r -> r.maxAttempts(5))
        .circuitBreaker(c -> c.failureRateThreshold(25))
        .build()) {
      assertThat(talkover.toString()).contains("maxAttempts=5").doesNotContain(TOKEN);
    }
  }
}
