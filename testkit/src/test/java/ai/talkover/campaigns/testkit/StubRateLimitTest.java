package ai.talkover.campaigns.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StubRateLimitTest {

  private static HttpResponse<String> get(TalkoverStubServer server) throws Exception {
    return HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(server.baseUrl() + "/campaigns/campaign-uuid-1")).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void rateLimit_answers429PastTheLimit_withTheRateLimitHeadersOnEveryAnswer() throws Exception {
    try (TalkoverStubServer server = TalkoverStubServer.builder().withFixtures()
        .rateLimit(2, Duration.ofMinutes(1)).start()) {
      HttpResponse<String> first = get(server);
      HttpResponse<String> second = get(server);
      HttpResponse<String> third = get(server);

      assertThat(first.statusCode()).isEqualTo(200);
      assertThat(first.headers().firstValue("X-RateLimit-Limit")).hasValue("2");
      assertThat(first.headers().firstValue("X-RateLimit-Remaining")).hasValue("1");
      assertThat(second.headers().firstValue("X-RateLimit-Remaining")).hasValue("0");
      assertThat(third.statusCode()).isEqualTo(429);
      assertThat(third.body()).contains("Too many requests");
      assertThat(third.headers().firstValue("X-RateLimit-Remaining")).hasValue("0");
      long reset = Long.parseLong(third.headers().firstValue("X-RateLimit-Reset").orElseThrow());
      long nowSecond = System.currentTimeMillis() / 1000;
      assertThat(reset).isBetween(nowSecond, nowSecond + 61);
      assertThat(server.rateLimitedCount()).isEqualTo(1);

      server.rollOverRateLimitWindow();
      HttpResponse<String> fourth = get(server);
      assertThat(fourth.statusCode()).isEqualTo(200);
      assertThat(fourth.headers().firstValue("X-RateLimit-Remaining")).hasValue("1");
    }
  }

  @Test
  void rateLimit_windowRunsOnTheStubsClock_andItsResetIsTheWindowsEndRoundedUpToTheSecond()
      throws Exception {
    MutableClock clock = new MutableClock(Instant.parse("2026-03-09T15:30:00.250Z"));
    try (TalkoverStubServer server = TalkoverStubServer.builder().withFixtures().clock(clock)
        .rateLimit(1, Duration.ofMinutes(1)).start()) {
      HttpResponse<String> first = get(server);
      clock.advance(Duration.ofSeconds(59));
      HttpResponse<String> refused = get(server);
      clock.advance(Duration.ofSeconds(1));
      HttpResponse<String> nextWindow = get(server);

      assertThat(first.statusCode()).isEqualTo(200);
      // 15:31:00.250 rounded up: 15:31:01 UTC.
      assertThat(first.headers().firstValue("X-RateLimit-Reset")).hasValue("1773070261");
      assertThat(refused.statusCode()).isEqualTo(429);
      assertThat(refused.headers().firstValue("X-RateLimit-Reset")).hasValue("1773070261");
      assertThat(nextWindow.statusCode()).isEqualTo(200);
      assertThat(nextWindow.headers().firstValue("X-RateLimit-Remaining")).hasValue("0");
      // 15:32:00.250 rounded up.
      assertThat(nextWindow.headers().firstValue("X-RateLimit-Reset")).hasValue("1773070321");
      assertThat(server.rateLimitedCount()).isEqualTo(1);
    }
  }

  @Test
  void withoutRateLimit_noHeaders_and_no429() throws Exception {
    try (TalkoverStubServer server = TalkoverStubServer.builder().withFixtures().start()) {
      HttpResponse<String> r = get(server);
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.headers().firstValue("X-RateLimit-Remaining")).isEmpty();
      assertThat(server.rateLimitedCount()).isZero();
    }
  }
}
