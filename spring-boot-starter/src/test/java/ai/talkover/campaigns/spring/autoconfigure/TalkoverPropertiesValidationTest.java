package ai.talkover.campaigns.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talkover.campaigns.bootstrap.TalkoverCampaigns;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Bad values fail start-up with a message that names the property as written in application.yml. */
class TalkoverPropertiesValidationTest {

  private static final String TOKEN = "talq_validation_secret";

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(TalkoverAutoConfiguration.class))
      .withPropertyValues("talkover.api.token=" + TOKEN, "talkover.api.base-url=http://127.0.0.1:9");

  private static String failureText(Throwable t) {
    StringBuilder text = new StringBuilder();
    List<Throwable> seen = new ArrayList<>();
    for (Throwable c = t; c != null && !seen.contains(c); c = c.getCause()) {
      seen.add(c);
      text.append(c.getMessage()).append('\n');
    }
    return text.toString();
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource(delimiter = '|', value = {
      "talkover.api.base-url               | ''              | talkover.api.base-url: is blank",
      "talkover.api.base-url               | ftp://x.example | talkover.api.base-url: 'ftp://x.example' is not an http(s) URL",
      "talkover.api.base-url               | http://api.example.com | talkover.api.base-url: plain http to 'api.example.com'",
      "talkover.http.connect-timeout       | 0s              | talkover.http.connect-timeout: PT0S is not positive",
      "talkover.http.response-timeout      | -5s             | talkover.http.response-timeout: PT-5S is not positive",
      "talkover.http.deadline              | 0               | talkover.http.deadline: PT0S is not positive",
      "talkover.http.max-attempts          | 11              | talkover.http.max-attempts: 11 is outside 1..10",
      "talkover.http.max-connections       | 0               | talkover.http.max-connections: 0 is less than 1",
      "talkover.http.proxy.host            | proxy.internal  | talkover.http.proxy.port: required when talkover.http.proxy.host is set",
      "talkover.http.proxy.port            | 3128            | talkover.http.proxy.host: required when talkover.http.proxy.port is set",
      "talkover.cache.maximum-size         | 0               | talkover.cache.maximum-size: 0 is less than 1",
      "talkover.cache.expire-after-write   | 0s              | talkover.cache.expire-after-write: PT0S is not positive",
      "talkover.cache.refresh-after-write  | 10m             | talkover.cache.refresh-after-write: PT10M is not shorter than expireAfterWrite PT5M",
      "talkover.cache.max-staleness        | 1m              | talkover.cache.max-staleness: PT1M",
      "talkover.cache.not-found-ttl        | -1s             | talkover.cache.not-found-ttl: PT-1S is not positive",
      "talkover.compliance.recipient-hours | 25:00-26:00     | talkover.compliance.recipient-hours: recipient hours:",
      "talkover.compliance.fallback-zone   | Mars/Olympus    | talkover.compliance.fallback-zone:",
      "talkover.compliance.blackout-dates  | 2024-02-30      | talkover.compliance.blackout-dates[0]:",
      "talkover.compliance.blackout-zone   | moon            | talkover.compliance.blackout-zone: blackout zone: 'moon' is not campaign or recipient",
      "talkover.compliance.attempt-cap.max | 3               | talkover.compliance.attempt-cap.per: required when talkover.compliance.attempt-cap.max is set",
      "talkover.compliance.attempt-cap.per | 24h             | talkover.compliance.attempt-cap.max: required when talkover.compliance.attempt-cap.per is set",
      "talkover.api.rate-limit             | fast            | talkover.api.rate-limit:",
      "talkover.fleet.redis-url            | ' '             | talkover.fleet.redis-url: is blank",
      "talkover.fleet.redis-url            | http://cache.internal:6379 | talkover.fleet.redis-url:",
      "talkover.calls.hold                 | 0s              | talkover.calls.hold: PT0S is not positive",
  })
  void aBadValue_failsStartUpNamingTheProperty(String property, String value, String expected) {
    runner.withPropertyValues(property + "=" + value).run(context -> {
      assertThat(context).hasFailed();
      assertThat(failureText(context.getStartupFailure())).contains(expected).doesNotContain(TOKEN);
    });
  }

  @Test
  void aBadRedisUrl_failsNamingThePropertyWithoutItsPassword() {
    runner.withPropertyValues("talkover.fleet.redis-url=redis://dialer:s3cr3t-pw@cache.internal:notaport")
        .run(context -> {
          assertThat(context).hasFailed();
          assertThat(failureText(context.getStartupFailure())).contains("talkover.fleet.redis-url:")
              .doesNotContain("s3cr3t-pw");
        });
  }

  @Test
  void aValueOfTheWrongType_failsNamingTheProperty() {
    runner.withPropertyValues("talkover.http.deadline=banana").run(context -> {
      assertThat(context).hasFailed();
      assertThat(failureText(context.getStartupFailure()))
          .contains("Failed to bind properties under 'talkover.http.deadline'");
    });
  }

  @Test
  void everyProblem_isReportedAtOnce() {
    runner.withPropertyValues("talkover.http.deadline=0s", "talkover.cache.maximum-size=0",
        "talkover.compliance.attempt-cap.max=0", "talkover.compliance.attempt-cap.per=1h").run(context -> {
          String text = failureText(context.getStartupFailure());
          assertThat(text).contains("talkover.http.deadline: PT0S is not positive",
              "talkover.cache.maximum-size: 0 is less than 1",
              "talkover.compliance.attempt-cap.max: max attempts: 0 is not at least 1");
        });
  }

  @Test
  void aFallbackZoneWithoutAPolicyThatReadsTheRecipientsZone_isRefused() {
    runner.withPropertyValues("talkover.compliance.fallback-zone=America/Chicago").run(context ->
        assertThat(failureText(context.getStartupFailure()))
            .contains("talkover.compliance.fallback-zone: needs talkover.compliance.recipient-hours"));
  }

  @Test
  void aBlankOrMalformedToken_failsWithoutShowingIt() {
    runner.withPropertyValues("talkover.api.token=  ").run(context ->
        assertThat(failureText(context.getStartupFailure())).contains("talkover.api.token: is blank"));
    runner.withPropertyValues("talkover.api.token=talq_secret part").run(context ->
        assertThat(failureText(context.getStartupFailure()))
            .contains("talkover.api.token: contains whitespace or control characters")
            .doesNotContain("secret part").doesNotContain("talq_secret"));
  }

  @Test
  void validValues_start() {
    runner.withPropertyValues("talkover.compliance.recipient-hours=TCPA",
        "talkover.compliance.fallback-zone=America/Chicago",
        "talkover.compliance.blackout-dates=2025-12-25",
        "talkover.compliance.attempt-cap.max=3", "talkover.compliance.attempt-cap.per=24h")
        .run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(context).hasSingleBean(TalkoverCampaigns.class);
          assertThat(context.getBean(TalkoverCampaigns.class).toString())
              .contains("08:00:00-21:00:00", "fallback=America/Chicago", "blackoutDates=[2025-12-25]",
                  "AttemptCap[maxAttempts=3, period=PT24H]")
              .doesNotContain(TOKEN);
        });
  }
}
