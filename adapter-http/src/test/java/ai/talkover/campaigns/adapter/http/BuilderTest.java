package ai.talkover.campaigns.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BuilderTest {

  private static final String TOKEN = "talq_builder-test-token";

  private static TalkoverHttpCampaignQuery.Builder builder() {
    return TalkoverHttpCampaignQuery.builder().token(TOKEN);
  }

  private static String built(TalkoverHttpCampaignQuery.Builder b) {
    try (TalkoverHttpCampaignQuery q = b.build()) {
      return q.toString();
    }
  }

  @Test
  void build_defaults_useTheDocumentedHostAndTimeouts() {
    try (TalkoverHttpCampaignQuery q = builder().build()) {
      assertThat(q.toString()).isEqualTo("TalkoverHttpCampaignQuery[baseUrl=https://app.talkover.ai, "
          + "token=***, connectTimeout=PT2S, responseTimeout=PT5S, poolLeaseTimeout=PT15S, "
          + "deadline=PT15S, maxBodyBytes=16777216, maxAttempts=3, circuitBreaker=CLOSED]");
      assertThat(q.retry().getRetryConfig().getMaxAttempts()).isEqualTo(3);
      assertThat(q.circuitBreaker().getCircuitBreakerConfig().getFailureRateThreshold()).isEqualTo(50f);
      assertThat(q.circuitBreaker().getName()).isEqualTo("talkover-api");
    }
  }

  @Test
  void build_withoutToken_isRefused() {
    assertThatThrownBy(() -> TalkoverHttpCampaignQuery.builder().build())
        .isInstanceOf(IllegalStateException.class).hasMessage("token: required");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "talq_abc def", "talq_abc\r\nX-Evil: 1"})
  void token_blankOrWithWhitespace_isRefused_withoutEchoingIt(String token) {
    assertThatThrownBy(() -> TalkoverHttpCampaignQuery.builder().token(token))
        .isInstanceOf(IllegalArgumentException.class)
        .satisfies(e -> {
          if (!token.isBlank()) {
            assertThat(e.getMessage()).doesNotContain(token);
          }
        });
  }

  @Test
  void baseUrl_plainHttpToARemoteHost_isRefused() {
    assertThatThrownBy(() -> builder().baseUrl("http://api.example.com").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("clear text");
  }

  @Test
  void baseUrl_plainHttpToARemoteHost_isAcceptedWhenExplicitlyAllowed() {
    assertThat(built(builder().baseUrl("http://api.example.com").allowInsecureHttp(true)))
        .contains("baseUrl=http://api.example.com,");
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://localhost:8080", "http://127.0.0.1:9", "http://127.1.2.3", "http://[::1]:8080"})
  void baseUrl_plainHttpToLoopback_isAccepted(String url) {
    assertThat(built(builder().baseUrl(url))).contains("baseUrl=" + url + ",");
  }

  @Test
  void baseUrl_trailingSlashIsDropped_andAPathPrefixKept() {
    assertThat(built(builder().baseUrl("https://gateway.example.com/talkover/"))).contains(
        "baseUrl=https://gateway.example.com/talkover,");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ftp://app.talkover.ai", "app.talkover.ai", "https://user:pw@app.talkover.ai",
      "https://app.talkover.ai?x=1", "https://app.talkover.ai#f", "https://", "not a url"})
  void baseUrl_notAPlainHttpsUrl_isRefused(String url) {
    assertThatThrownBy(() -> builder().baseUrl(url).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("baseUrl: ")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("pw@"));
  }

  @Test
  void settings_outOfRange_areRefusedNamingTheSetting() {
    assertThatThrownBy(() -> builder().deadline(Duration.ZERO)).hasMessageStartingWith("deadline: ");
    assertThatThrownBy(() -> builder().responseTimeout(Duration.ofMillis(-1)))
        .hasMessageStartingWith("responseTimeout: ");
    assertThatThrownBy(() -> builder().maxBodyBytes(0)).hasMessageStartingWith("maxBodyBytes: ");
    assertThatThrownBy(() -> builder().maxConnections(0)).hasMessageStartingWith("maxConnections: ");
    assertThatThrownBy(() -> builder().retry(r -> r.maxAttempts(0)).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder().circuitBreaker(c -> c.failureRateThreshold(0)).build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void builderSettings_reachTheResilienceObjects() {
    try (TalkoverHttpCampaignQuery q = builder().retry(r -> r.maxAttempts(5)).name("talkover-eu")
        .circuitBreaker(c -> c.failureRateThreshold(25)
            .slidingWindow(8, 4, io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
            .waitDurationInOpenState(Duration.ofSeconds(7)).permittedNumberOfCallsInHalfOpenState(2))
        .build()) {
      assertThat(q.retry().getName()).isEqualTo("talkover-eu");
      assertThat(q.retry().getRetryConfig().getMaxAttempts()).isEqualTo(5);
      var config = q.circuitBreaker().getCircuitBreakerConfig();
      assertThat(config.getFailureRateThreshold()).isEqualTo(25f);
      assertThat(config.getSlidingWindowSize()).isEqualTo(8);
      assertThat(config.getMinimumNumberOfCalls()).isEqualTo(4);
      assertThat(config.getPermittedNumberOfCallsInHalfOpenState()).isEqualTo(2);
    }
  }
}
