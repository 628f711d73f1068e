package ai.talkover.examples.dialer;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talkover.campaigns.testkit.TalkoverStubServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The example started for real on a random port, against the testkit's stub server serving the
 * documented Get Campaign example ({@code campaign-uuid-1}: active, Monday to Friday 09:00-17:00
 * America/New_York, {@code +1234567890} called once with status completed, auto do-not-call on
 * completed calls).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DialerApplicationTest {

  private static final String TOKEN = "talq_example_secret";
  private static final TalkoverStubServer STUB =
      TalkoverStubServer.builder().token(TOKEN).withFixtures().start();

  @DynamicPropertySource
  static void talkover(DynamicPropertyRegistry registry) {
    registry.add("talkover.api.token", () -> TOKEN);
    registry.add("talkover.api.base-url", STUB::rootUrl);
  }

  /** Monday 2025-03-10 12:00 UTC = 08:00 in New York (daylight time since the day before). */
  @TestConfiguration
  static class FixedTime {
    @Bean
    Clock clock() {
      return Clock.fixed(Instant.parse("2025-03-10T12:00:00Z"), ZoneOffset.UTC);
    }
  }

  @AfterAll
  static void stopStub() {
    STUB.close();
  }

  @LocalServerPort
  int port;

  @Autowired
  ObjectMapper json;

  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aNewNumberBeforeTheWindowOpens_waitsFor0900NewYork() throws Exception {
    HttpResponse<String> response = get("/eligibility?campaign=campaign-uuid-1&to=%2B1%20555%20000%200001");
    assertThat(response.statusCode()).isEqualTo(200);
    // Rule 9: 08:00 local is before the 09:00-17:00 range; rule 10: the window opens at 09:00 EDT.
    assertThat(json.readTree(response.body())).isEqualTo(json.readTree(
        "{\"to\":\"+15550000001\",\"callable\":false,\"next_eligible_at\":\"2025-03-10T13:00:00Z\","
            + "\"reasons\":[\"OUTSIDE_CALL_WINDOW\"]}"));
  }

  @Test
  void theNumberWhoseCallCompleted_isNeverCallableAgain() throws Exception {
    HttpResponse<String> response = get("/eligibility?campaign=campaign-uuid-1&to=%2B1234567890");
    assertThat(response.statusCode()).isEqualTo(200);
    // Rule 2: a completed call triggers auto do-not-call; rule 4: the contact is completed; rule 12
    // also lists the window, closed at 08:00. Permanent blocks: no next instant.
    assertThat(json.readTree(response.body())).isEqualTo(json.readTree(
        "{\"to\":\"+1234567890\",\"callable\":false,\"next_eligible_at\":null,"
            + "\"reasons\":[\"DO_NOT_CALL\",\"CONTACT_COMPLETED\",\"OUTSIDE_CALL_WINDOW\"]}"));
  }

  @Test
  void anUnknownCampaign_is404() throws Exception {
    HttpResponse<String> response = get("/eligibility?campaign=no-such-campaign&to=%2B15550000001");
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).doesNotContain(TOKEN);
  }

  @Test
  void aMalformedNumber_is400() throws Exception {
    HttpResponse<String> response = get("/eligibility?campaign=campaign-uuid-1&to=call-me");
    assertThat(response.statusCode()).isEqualTo(400);
  }

  @Test
  void actuatorHealth_showsTheTalkoverComponent() throws Exception {
    get("/eligibility?campaign=campaign-uuid-1&to=%2B15550000001");
    HttpResponse<String> response = get("/actuator/health");
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode talkover = json.readTree(response.body()).path("components").path("talkover");
    assertThat(talkover.path("status").asText()).isEqualTo("UP");
    assertThat(talkover.path("details").path("circuitBreaker").asText()).isEqualTo("CLOSED");
    // The other tests share this application: the campaign, perhaps the unknown id's not-found answer.
    assertThat(talkover.path("details").path("cache").path("size").asLong()).isBetween(1L, 2L);
    assertThat(talkover.path("details").path("cache").path("hits").isNumber()).isTrue();
    assertThat(talkover.path("details").path("lastSuccessfulFetch").asText()).isEqualTo("2025-03-10T12:00:00Z");
    assertThat(response.body()).doesNotContain(TOKEN);
  }
}
