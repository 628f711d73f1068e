package ai.talkover.campaigns.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetryAfterTest {

  private final TestTime time = new TestTime();

  private static String httpDate(java.time.Instant at) {
    return DateTimeFormatter.RFC_1123_DATE_TIME.format(at.atOffset(ZoneOffset.UTC));
  }

  @Test
  void parse_deltaSeconds_isThatManySeconds() {
    assertThat(RetryAfter.parse("2", time.clock)).isEqualTo(Duration.ofSeconds(2));
    assertThat(RetryAfter.parse(" 120 ", time.clock)).isEqualTo(Duration.ofMinutes(2));
    assertThat(RetryAfter.parse("0", time.clock)).isEqualTo(Duration.ZERO);
  }

  @Test
  void parse_httpDateInTheFuture_isTheTimeUntilThen() {
    String value = httpDate(TestTime.START.plusSeconds(7));

    assertThat(RetryAfter.parse(value, time.clock)).isEqualTo(Duration.ofSeconds(7));
  }

  @Test
  void parse_httpDateInThePast_meansNow() {
    String value = httpDate(TestTime.START.minusSeconds(30));

    assertThat(RetryAfter.parse(value, time.clock)).isEqualTo(Duration.ZERO);
  }

  @Test
  void parse_absurdlyLargeNumber_isAWaitNoDeadlineCovers() {
    assertThat(RetryAfter.parse("99999999999999999999999", time.clock)).isEqualTo(RetryAfter.FOREVER);
  }

  @ParameterizedTest
  @ValueSource(strings = {"-5", "1.5", "soon", "", "  ", "Mon, 99 Foo 2024 00:00:00 GMT", "2 s"})
  void parse_negativeFractionalOrGarbage_isIgnored(String value) {
    assertThat(RetryAfter.parse(value, time.clock)).isNull();
  }

  @Test
  void parse_absentHeader_isIgnored() {
    assertThat(RetryAfter.parse(null, time.clock)).isNull();
  }
}
