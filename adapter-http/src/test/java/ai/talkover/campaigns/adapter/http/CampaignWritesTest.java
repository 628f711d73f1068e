package ai.talkover.campaigns.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talkover.campaigns.application.port.out.CallDetails;
import ai.talkover.campaigns.application.port.out.CallReceipt;
import ai.talkover.campaigns.application.port.out.CampaignNotActiveException;
import ai.talkover.campaigns.application.port.out.CampaignNotFoundException;
import ai.talkover.campaigns.application.port.out.DuplicateCallException;
import ai.talkover.campaigns.application.port.out.InvalidRequestException;
import ai.talkover.campaigns.application.port.out.InvalidResponseException;
import ai.talkover.campaigns.application.port.out.InvalidTransitionException;
import ai.talkover.campaigns.application.port.out.NetworkException;
import ai.talkover.campaigns.application.port.out.RateLimitedException;
import ai.talkover.campaigns.application.port.out.ServerErrorException;
import ai.talkover.campaigns.application.port.out.StatusChange;
import ai.talkover.campaigns.application.port.out.UnauthorizedException;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import ai.talkover.campaigns.domain.campaign.CampaignStatus.Known;
import ai.talkover.campaigns.domain.contact.PhoneNumber;
import ai.talkover.campaigns.testkit.CampaignJsonBuilder;
import ai.talkover.campaigns.testkit.FaultSpec;
import ai.talkover.campaigns.testkit.TalkoverStubServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.resilience4j.core.IntervalFunction;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Make Campaign Call and Update Campaign Status against the testkit's stub server. */
class CampaignWritesTest {

  /** The stub server's clock: every created_at and updated_at it writes. */
  private static final Instant STUB_NOW = Instant.parse("2026-03-02T15:04:05Z");

  private static final String TOKEN = "talq_s3cr3t-T0KEN-value";
  private static final CampaignId ID = CampaignId.of("c-1");
  private static final PhoneNumber TO = PhoneNumber.parse("+15550000001");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final TestTime time = new TestTime();
  private TalkoverStubServer server;
  private TalkoverHttpCampaignQuery http;

  @BeforeEach
  void start() {
    server = TalkoverStubServer.builder().token(TOKEN)
        .clock(Clock.fixed(STUB_NOW, ZoneOffset.UTC)).start();
    server.addCampaign(CampaignJsonBuilder.getShape("c-1").with(c -> c.status("active")));
    server.addCampaign(CampaignJsonBuilder.getShape("c-paused").with(c -> c.status("paused")));
    http = client(server.baseUrl(), Duration.ofSeconds(5));
  }

  private TalkoverHttpCampaignQuery client(String baseUrl, Duration deadline) {
    return TalkoverHttpCampaignQuery.builder().token(TOKEN).baseUrl(baseUrl).allowInsecureHttp(true)
        .clock(time.clock).sleeper(time.sleeper).deadline(deadline)
        .backoff(IntervalFunction.ofExponentialRandomBackoff(
            Duration.ofMillis(200), 2.0, 0.0, Duration.ofSeconds(2)))
        .connectTimeout(Duration.ofSeconds(1)).responseTimeout(Duration.ofSeconds(2)).build();
  }

  @AfterEach
  void stop() {
    try {
      assertThat(http.connectionPool().getTotalStats().getLeased()).isZero();
    } finally {
      http.close();
      server.close();
    }
  }

  @Test
  void placeCall_sendsOnePostWithoutDuplicates_andReadsTheReceipt() throws Exception {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("customer_name", "John Doe");
    CallDetails details = CallDetails.none().withPayload(payload)
        .withContext(Map.of("source", "web_app")).withTesting(true);

    CallReceipt receipt = http.placeCall(ID, TO, details);

    assertThat(server.callRequestCount("c-1")).isEqualTo(1);
    JsonNode sent = JSON.readTree(server.callRequestBodies("c-1").get(0));
    assertThat(sent.get("to").asText()).isEqualTo("+15550000001");
    assertThat(sent.get("allow_duplicates").asBoolean(true)).isFalse();
    assertThat(sent.get("is_testing").asBoolean()).isTrue();
    assertThat(sent.at("/payload/customer_name").asText()).isEqualTo("John Doe");
    assertThat(sent.at("/context/source").asText()).isEqualTo("web_app");
    assertThat(server.lastRequest().orElseThrow().header("Content-Type")).hasValueSatisfying(
        v -> assertThat(v).startsWith("application/json"));
    assertThat(receipt.call().id()).startsWith("stub-call-");
    assertThat(receipt.call().to()).isEqualTo("+15550000001");
    assertThat(receipt.call().status()).isEqualTo("queued");
    assertThat(receipt.call().createdAt()).isEqualTo(STUB_NOW);
    assertThat(receipt.campaignStatus()).isEqualTo("active");
  }

  @Test
  void secondCall_is409_withTheExistingCall_andNotResent() {
    String first = http.placeCall(ID, TO, CallDetails.none()).call().id();

    assertThatThrownBy(() -> http.placeCall(ID, TO, CallDetails.none()))
        .isInstanceOfSatisfying(DuplicateCallException.class, e -> {
          assertThat(e.existingCall()).hasValueSatisfying(c -> assertThat(c.id()).isEqualTo(first));
          assertThat(e.status()).isEqualTo(409);
          assertThat(e.attempts()).isEqualTo(1);
        });
    assertThat(server.callRequestCount("c-1")).isEqualTo(2);
  }

  @Test
  void inactiveCampaign_isCampaignNotActive() {
    assertThatThrownBy(() -> http.placeCall(CampaignId.of("c-paused"), TO, CallDetails.none()))
        .isInstanceOf(CampaignNotActiveException.class)
        .hasMessageContaining("Campaign is not active");
  }

  @Test
  void unknownCampaign_isNotFound_wrongToken_isUnauthorized() {
    assertThatThrownBy(() -> http.placeCall(CampaignId.of("nope"), TO, CallDetails.none()))
        .isInstanceOf(CampaignNotFoundException.class);
    try (TalkoverHttpCampaignQuery wrong = TalkoverHttpCampaignQuery.builder().token("talq_wrong")
        .baseUrl(server.baseUrl()).allowInsecureHttp(true).build()) {
      assertThatThrownBy(() -> wrong.placeCall(ID, TO, CallDetails.none()))
          .isInstanceOf(UnauthorizedException.class);
    }
  }

  @Test
  void validation422_namesEveryField_keepingARepeatedFieldsMessages() {
    server.fault(FaultSpec.forCall("c-1").response(422, "application/json",
        "{\"success\":false,\"message\":\"The given data was invalid.\",\"errors\":{"
            + "\"to\":[\"The to field is required.\"],\"to\":[\"The to must be a valid phone number.\"]}}"));

    assertThatThrownBy(() -> http.placeCall(ID, TO, CallDetails.none()))
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
          assertThat(e.fieldErrors()).containsOnlyKeys("to");
          assertThat(e.fieldErrors().get("to")).containsExactly(
              "The to field is required.", "The to must be a valid phone number.");
          assertThat(e.getMessage()).contains("to: The to field is required.");
        });
    assertThat(server.callRequestCount("c-1")).isEqualTo(1);
  }

  @Test
  void rateLimitedThenAccepted_isSentTwice_waitingAsAsked() {
    server.fault(FaultSpec.forCall("c-1").statuses(429).retryAfter("3"));

    CallReceipt receipt = http.placeCall(ID, TO, CallDetails.none());

    assertThat(receipt.call().id()).isNotBlank();
    assertThat(server.callRequestCount("c-1")).isEqualTo(2);
    assertThat(time.waits).containsExactly(Duration.ofSeconds(3));
  }

  @Test
  void rateLimitedPastTheDeadline_failsAfterOnePost() {
    server.fault(FaultSpec.forCall("c-1").status(429).retryAfter("60"));

    assertThatThrownBy(() -> http.placeCall(ID, TO, CallDetails.none()))
        .isInstanceOf(RateLimitedException.class);
    assertThat(server.callRequestCount("c-1")).isEqualTo(1);
    assertThat(time.waits).isEmpty();
  }

  @Test
  void serverError_isNeverResent() {
    server.fault(FaultSpec.forCall("c-1").status(500).processed());

    assertThatThrownBy(() -> http.placeCall(ID, TO, CallDetails.none()))
        .isInstanceOfSatisfying(ServerErrorException.class, e -> assertThat(e.attempts()).isEqualTo(1));
    assertThat(server.callRequestCount("c-1")).isEqualTo(1);
  }

  @Test
  void resetAfterTheRequestWasRead_isNeverResent() {
    server.fault(FaultSpec.forCall("c-1").connectionReset().processed());

    assertThatThrownBy(() -> http.placeCall(ID, TO, CallDetails.none()))
        .isInstanceOfSatisfying(NetworkException.class,
            e -> assertThat(e.kind()).isNotEqualTo(NetworkException.Kind.CONNECT));
    assertThat(server.callRequestCount("c-1")).isEqualTo(1);
  }

  @Test
  void answerSlowerThanTheDeadline_timesOut_andIsNeverResent() {
    http.close();
    http = client(server.baseUrl(), Duration.ofMillis(300));
    server.fault(FaultSpec.forCall("c-1").delay(Duration.ofSeconds(3)));

    assertThatThrownBy(() -> http.placeCall(ID, TO, CallDetails.none()))
        .isInstanceOfSatisfying(NetworkException.class,
            e -> assertThat(e.kind()).isEqualTo(NetworkException.Kind.TIMEOUT));
    assertThat(server.callRequestCount("c-1")).isEqualTo(1);
  }

  @Test
  void connectionRefused_isSentAgain_upToTheAttempts() throws Exception {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    http.close();
    http = client("http://127.0.0.1:" + closedPort, Duration.ofSeconds(10));

    assertThatThrownBy(() -> http.placeCall(ID, TO, CallDetails.none()))
        .isInstanceOfSatisfying(NetworkException.class, e -> {
          assertThat(e.kind()).isEqualTo(NetworkException.Kind.CONNECT);
          assertThat(e.attempts()).isEqualTo(3);
        });
    assertThat(time.waits).hasSize(2);
  }

  @Test
  void damagedSuccessBody_isInvalidResponse_andNeverResent() {
    server.fault(FaultSpec.forCall("c-1").response(201, "application/json", "{\"campaign_call\":"));

    assertThatThrownBy(() -> http.placeCall(ID, TO, CallDetails.none()))
        .isInstanceOf(InvalidResponseException.class);
    assertThat(server.callRequestCount("c-1")).isEqualTo(1);
  }

  @Test
  void successBodyWithABadMember_namesTheMember_andNeverEchoesTheToken() {
    server.fault(FaultSpec.forCall("c-1").response(201, "application/json",
        "{\"campaign_call\":{\"id\":\"c\",\"created_at\":\"" + TOKEN + "\"}}"));

    assertThatThrownBy(() -> http.placeCall(ID, TO, CallDetails.none()))
        .isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("campaign_call.created_at")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(TOKEN,
            TOKEN.substring(0, Math.min(TOKEN.length(), 20))));
    assertThat(server.callRequestCount("c-1")).isEqualTo(1);
  }

  @Test
  void echoedToken_isMaskedInTheFailure() {
    server.fault(FaultSpec.forCall("c-1").response(500, "application/json",
        "{\"success\":false,\"message\":\"bad token " + TOKEN + "\"}"));

    assertThatThrownBy(() -> http.placeCall(ID, TO, CallDetails.none()))
        .satisfies(e -> {
          assertThat(e.getMessage()).doesNotContain(TOKEN);
          assertThat(((ServerErrorException) e).bodySnippet()).hasValueSatisfying(
              b -> assertThat(b).doesNotContain(TOKEN).contains("***"));
        });
  }

  @Test
  void updateStatus_readsTheChange() {
    StatusChange change = http.updateStatus(ID, Known.PAUSED);

    assertThat(change.campaignId()).isEqualTo("c-1");
    assertThat(change.status().value()).isEqualTo("paused");
    assertThat(change.updatedAt()).isEqualTo(STUB_NOW);
    assertThat(server.statusRequestCount("c-1")).isEqualTo(1);
  }

  @Test
  void updateStatus_refusedTransition_isInvalidTransition_serverErrorNotResent() {
    assertThatThrownBy(() -> http.updateStatus(ID, Known.DRAFT))
        .isInstanceOfSatisfying(InvalidTransitionException.class,
            e -> assertThat(e.apiMessage()).contains("Cannot transition from active to draft status"));
    server.fault(FaultSpec.forStatus("c-1").status(503));
    assertThatThrownBy(() -> http.updateStatus(ID, Known.PAUSED)).isInstanceOf(ServerErrorException.class);
    assertThat(server.statusRequestCount("c-1")).isEqualTo(2);
    assertThat(List.copyOf(time.waits)).isEmpty();
  }
}
