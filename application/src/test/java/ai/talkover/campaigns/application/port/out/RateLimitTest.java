package ai.talkover.campaigns.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RateLimitTest {

  @Test
  void parse_thePlansAsTheyAreWritten() {
    assertThat(RateLimit.parse("f", "100/min")).isEqualTo(new RateLimit(100, Duration.ofMinutes(1)));
    assertThat(RateLimit.parse("f", "1000/min")).isEqualTo(new RateLimit(1000, Duration.ofMinutes(1)));
    assertThat(RateLimit.parse("f", " 10/s ")).isEqualTo(new RateLimit(10, Duration.ofSeconds(1)));
    assertThat(RateLimit.parse("f", "5000/h")).isEqualTo(new RateLimit(5000, Duration.ofHours(1)));
    assertThat(RateLimit.parse("f", "100/min")).hasToString("100/min");
    assertThat(RateLimit.STANDARD).isEqualTo(RateLimit.parse("f", "100/min"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "100", "100/day", "0/min", "-1/min", "x/min", "1.5/s", "100/"})
  void parse_anythingElse_namesTheSettingAndTheText(String text) {
    assertThatThrownBy(() -> RateLimit.parse("TALKOVER_RATE_LIMIT", text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("TALKOVER_RATE_LIMIT: '" + text + "' is not a rate")
        .hasMessageContaining("100/min");
  }
}
