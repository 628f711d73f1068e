package ai.talkover.campaigns.adapter.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talkover.campaigns.application.port.out.CampaignNotFoundException;
import ai.talkover.campaigns.application.port.out.CampaignQueryException;
import ai.talkover.campaigns.application.port.out.InvalidCampaignResponseException;
import ai.talkover.campaigns.application.port.out.InvalidResponseException;
import ai.talkover.campaigns.application.port.out.ServerErrorException;
import ai.talkover.campaigns.application.port.out.UnauthorizedException;
import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import ai.talkover.campaigns.domain.campaign.InvalidCampaignException.Violation;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class GetCampaignTest extends HttpTestSupport {

  @RegisterExtension
  static final WireMockExtension WM = newServer();

  private static final CampaignId ID = CampaignId.of("campaign-uuid-1");

  @Override
  WireMockExtension wm() {
    return WM;
  }

  @Test
  void get_200GetShape_returnsTheValidatedCampaign_withDocumentedHeaders() {
    always(CAMPAIGN_PATH, json(200, Fixtures.text("get-campaign.json")));

    Campaign c = query().get(ID);

    assertThat(c).isEqualTo(CampaignJson.read(Fixtures.bytes("get-campaign.json")));
    assertThat(requests()).hasSize(1);
    assertThat(time.waits).isEmpty();
    WM.verify(getRequestedFor(urlEqualTo(CAMPAIGN_PATH))
        .withHeader("Authorization", equalTo("Bearer " + TOKEN))
        .withHeader("Accept", equalTo("application/json"))
        .withHeader("User-Agent", equalTo("talkover-campaigns/" + UserAgent.version())));
  }

  @Test
  void userAgent_namesTheLibraryAndItsBuildVersion() {
    assertThat(UserAgent.version()).isNotEqualTo("unknown").doesNotContain("${").matches("\\d+\\.\\d+\\.\\d+.*");
    assertThat(UserAgent.value()).isEqualTo("talkover-campaigns/" + UserAgent.version());
  }

  @Test
  void get_200CreateUpdateShape_returnsTheCampaignWithItsRanges() {
    always("/api/v1/campaigns/campaign-uuid-2", json(200, Fixtures.text("update-campaign-response.json")));

    Campaign c = query().get(CampaignId.of("campaign-uuid-2"));

    assertThat(c.window().ranges()).hasSize(2);
    assertThat(requests()).hasSize(1);
    assertThat(time.waits).isEmpty();
  }

  @Test
  void get_unknownFieldsAndEnumValues_areKept() {
    String body = Fixtures.text("get-campaign.json")
        .replace("\"status\": \"active\"", "\"status\": \"on_hold\"")
        .replace("\"campaign_type\": \"sales\"", "\"campaign_type\": \"survey\", \"priority\": {\"level\": 2}")
        .replace("\"label\": \"Sales Agent Label\"", "\"label\": \"Sales Agent Label\", \"voice\": \"alloy\"")
        .replace("\"average_duration\": 120", "\"average_duration\": 120, \"p95_duration\": 300")
        .replace("\"retries\": 0,", "\"retries\": 0, \"sentiment\": {\"score\": 0.8},")
        .replace("\"processed_records\": 950", "\"processed_records\": 950, \"columns\": [\"phone\"]");
    always(CAMPAIGN_PATH, json(200, body));

    Campaign c = query().get(ID);

    assertThat(c.status().orElseThrow().value()).isEqualTo("on_hold");
    assertThat(c.isActive()).isFalse();
    assertThat(c.type().orElseThrow().value()).isEqualTo("survey");
    assertThat(c.unknownFields()).containsEntry("priority", java.util.Map.of("level", 2));
    assertThat(c.agent().orElseThrow().unknownFields()).isEqualTo(java.util.Map.of("voice", "alloy"));
    assertThat(c.stats().orElseThrow().unknownFields()).isEqualTo(java.util.Map.of("p95_duration", 300));
    assertThat(c.calls().get(0).unknownFields())
        .isEqualTo(java.util.Map.of("sentiment", java.util.Map.of("score", 0.8)));
    assertThat(c.calls().get(1).unknownFields()).isEmpty();
    assertThat(c.files().get(0).unknownFields()).isEqualTo(java.util.Map.of("columns", List.of("phone")));
    assertThat(c.files().get(1).unknownFields()).isEmpty();
    assertThat(requests()).hasSize(1);
  }

  @Test
  void get_404_isCampaignNotFound_withApiMessage_notRetried() {
    always(CAMPAIGN_PATH, json(404, Fixtures.text("errors/404.json")));

    assertThatThrownBy(() -> query().get(ID))
        .isExactlyInstanceOf(CampaignNotFoundException.class)
        .hasMessage("campaign not found (campaign 'campaign-uuid-1'): HTTP 404: Campaign not found [1 attempt]")
        .satisfies(e -> {
          CampaignQueryException q = (CampaignQueryException) e;
          assertThat(q.status()).isEqualTo(404);
          assertThat(q.campaignId()).contains("campaign-uuid-1");
          assertThat(q.attempts()).isEqualTo(1);
          assertThat(q.apiMessage()).contains("Campaign not found");
          assertThat(q.bodySnippet()).hasValueSatisfying(s -> assertThat(s).contains("\"success\": false"));
        });
    assertThat(requests()).hasSize(1);
    assertThat(time.waits).isEmpty();
  }

  @Test
  void get_401_isUnauthorized_notRetried_andNeverShowsTheToken() {
    always(CAMPAIGN_PATH, json(401, Fixtures.text("errors/401.json")));

    assertThatThrownBy(() -> query().get(ID))
        .isExactlyInstanceOf(UnauthorizedException.class)
        .satisfies(e -> {
          assertThat(((CampaignQueryException) e).apiMessage()).contains("Unauthorized");
          assertThat(e.getMessage()).doesNotContain(TOKEN);
          assertThat(e.toString()).doesNotContain(TOKEN);
        });
    assertThat(requests()).hasSize(1);
    assertThat(time.waits).isEmpty();
  }

  @Test
  void get_403_isUnauthorized_notRetried() {
    always(CAMPAIGN_PATH, json(403, "{\"success\":false,\"message\":\"Cannot read campaign\"}"));

    assertThatThrownBy(() -> query().get(ID))
        .isExactlyInstanceOf(UnauthorizedException.class)
        .satisfies(e -> assertThat(((CampaignQueryException) e).status()).isEqualTo(403));
    assertThat(requests()).hasSize(1);
    assertThat(time.waits).isEmpty();
  }

  @Test
  void get_422_isInvalidResponse_withApiMessageAndFieldErrors_notRetried() {
    always(CAMPAIGN_PATH, json(422, Fixtures.text("errors/422.json")));

    assertThatThrownBy(() -> query().get(ID))
        .isExactlyInstanceOf(InvalidResponseException.class)
        .satisfies(e -> {
          InvalidResponseException r = (InvalidResponseException) e;
          assertThat(r.detail()).isEqualTo(
              "HTTP 422: The given data was invalid. (status: The selected status is invalid.)");
          assertThat(r.apiMessage()).contains("The given data was invalid.");
          assertThat(r.status()).isEqualTo(422);
        });
    assertThat(requests()).hasSize(1);
    assertThat(time.waits).isEmpty();
  }

  @Test
  void get_400WithErrorObject_isInvalidResponse_withNestedMessage_notRetried() {
    always(CAMPAIGN_PATH, json(400,
        "{\"success\":false,\"error\":{\"code\":\"INVALID_API_KEY\",\"message\":\"Bad key\",\"details\":{}}}"));

    assertThatThrownBy(() -> query().get(ID))
        .isExactlyInstanceOf(InvalidResponseException.class)
        .satisfies(e -> assertThat(((InvalidResponseException) e).detail())
            .isEqualTo("HTTP 400: Bad key (code INVALID_API_KEY)"));
    assertThat(requests()).hasSize(1);
  }

  @Test
  void get_200WithSuccessFalse_isInvalidResponse() {
    always(CAMPAIGN_PATH, json(200, "{\"success\":false,\"message\":\"Internal hiccup\"}"));

    assertThatThrownBy(() -> query().get(ID))
        .isExactlyInstanceOf(InvalidResponseException.class)
        .satisfies(e -> {
          assertThat(((InvalidResponseException) e).detail()).isEqualTo("success is false: Internal hiccup");
          assertThat(((InvalidResponseException) e).status()).isEqualTo(200);
        });
    assertThat(requests()).hasSize(1);
    assertThat(time.waits).isEmpty();
  }

  @Test
  void get_200WithoutData_isInvalidResponse() {
    always(CAMPAIGN_PATH, json(200, "{\"success\":true,\"message\":\"ok\"}"));

    assertThatThrownBy(() -> query().get(ID))
        .isExactlyInstanceOf(InvalidResponseException.class)
        .satisfies(e -> assertThat(((InvalidResponseException) e).detail()).isEqualTo("the envelope has no data"));
    assertThat(requests()).hasSize(1);
  }

  @Test
  void get_200WithTruncatedJson_isInvalidResponse() {
    String whole = Fixtures.text("get-campaign.json");
    always(CAMPAIGN_PATH, json(200, whole.substring(0, 700)));

    assertThatThrownBy(() -> query().get(ID))
        .isExactlyInstanceOf(InvalidResponseException.class)
        .satisfies(e -> assertThat(((InvalidResponseException) e).detail()).startsWith("truncated JSON"));
    assertThat(requests()).hasSize(1);
  }

  @Test
  void get_htmlBadGatewayFromAProxy_isServerError_retriedThenGivenUp() {
    String html = "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>";
    always(CAMPAIGN_PATH, aResponse().withStatus(502).withHeader("Content-Type", "text/html").withBody(html));

    assertThatThrownBy(() -> query().get(ID))
        .isExactlyInstanceOf(ServerErrorException.class)
        .satisfies(e -> {
          CampaignQueryException q = (CampaignQueryException) e;
          assertThat(q.attempts()).isEqualTo(3);
          assertThat(q.status()).isEqualTo(502);
          assertThat(q.apiMessage()).isEmpty();
          assertThat(q.bodySnippet()).contains(html);
        });
    assertThat(requests()).hasSize(3);
    assertThat(time.waits).isEqualTo(waits(200, 400));
  }

  @Test
  void get_200WithTextHtml_isInvalidResponse() {
    always(CAMPAIGN_PATH, aResponse().withStatus(200).withHeader("Content-Type", "text/html; charset=utf-8")
        .withBody("<html>maintenance</html>"));

    assertThatThrownBy(() -> query().get(ID))
        .isExactlyInstanceOf(InvalidResponseException.class)
        .satisfies(e -> assertThat(((InvalidResponseException) e).detail())
            .isEqualTo("content type 'text/html; charset=utf-8' is not JSON"));
    assertThat(requests()).hasSize(1);
  }

  @Test
  void get_200WithoutContentType_isStillReadAsJson() {
    always(CAMPAIGN_PATH, aResponse().withStatus(200).withBody(Fixtures.text("get-campaign.json")));

    assertThat(query().get(ID).id()).isEqualTo(ID);
    assertThat(requests()).hasSize(1);
  }

  @Test
  void get_concurrentCallsFromManyThreads_allSucceed_andReleaseTheirConnections() throws Exception {
    always(CAMPAIGN_PATH, json(200, Fixtures.text("get-campaign.json")));
    TalkoverHttpCampaignQuery q = query(b -> b.maxConnections(4));
    ExecutorService executor = Executors.newFixedThreadPool(8);
    try {
      List<java.util.concurrent.Future<Campaign>> futures = new java.util.ArrayList<>();
      for (int i = 0; i < 40; i++) {
        futures.add(executor.submit(() -> q.get(ID)));
      }
      for (java.util.concurrent.Future<Campaign> f : futures) {
        assertThat(f.get().id()).isEqualTo(ID);
      }
    } finally {
      executor.shutdownNow();
    }
    assertThat(requests()).hasSize(40);
    assertThat(q.connectionPool().getTotalStats().getAvailable()).isBetween(1, 4);
  }

  @Test
  void get_empty200_isInvalidResponse() {
    always(CAMPAIGN_PATH, aResponse().withStatus(200).withHeader("Content-Type", "application/json"));

    assertThatThrownBy(() -> query().get(ID))
        .isExactlyInstanceOf(InvalidResponseException.class)
        .satisfies(e -> assertThat(((InvalidResponseException) e).detail()).isEqualTo("HTTP 200 with an empty body"));
    assertThat(requests()).hasSize(1);
  }

  @Test
  void get_204_isInvalidResponse() {
    always(CAMPAIGN_PATH, aResponse().withStatus(204));

    assertThatThrownBy(() -> query().get(ID))
        .isExactlyInstanceOf(InvalidResponseException.class)
        .satisfies(e -> assertThat(((InvalidResponseException) e).detail()).isEqualTo("HTTP 204 with an empty body"));
    assertThat(requests()).hasSize(1);
  }

  @Test
  void get_redirect_isNotFollowed_andIsInvalidResponse() {
    always(CAMPAIGN_PATH, aResponse().withStatus(302).withHeader("Location", "https://elsewhere.example/x"));

    assertThatThrownBy(() -> query().get(ID))
        .isExactlyInstanceOf(InvalidResponseException.class)
        .satisfies(e -> assertThat(((InvalidResponseException) e).detail())
            .isEqualTo("unexpected redirect (HTTP 302 to https://elsewhere.example/x); redirects are not followed"));
    assertThat(requests()).hasSize(1);
  }

  @Test
  void get_bodyOverTheCap_isInvalidResponse_andTheConnectionIsReleased() {
    String big = "{\"success\":true,\"data\":{\"id\":\"" + "x".repeat(5000) + "\"}}";
    always(CAMPAIGN_PATH, json(200, big));

    assertThatThrownBy(() -> query(b -> b.maxBodyBytes(1024)).get(ID))
        .isExactlyInstanceOf(InvalidResponseException.class)
        .satisfies(e -> assertThat(((InvalidResponseException) e).detail())
            .isEqualTo("body is larger than the cap of 1024 bytes"));
    assertThat(requests()).hasSize(1);
  }

  @Test
  void get_chunkedBodyOverTheCap_isCutWhileReading() {
    String big = "{\"success\":true,\"data\":{\"id\":\"" + "x".repeat(50_000) + "\"}}";
    always(CAMPAIGN_PATH, json(200, big).withChunkedDribbleDelay(5, 50));

    assertThatThrownBy(() -> query(b -> b.maxBodyBytes(1024)).get(ID))
        .isExactlyInstanceOf(InvalidResponseException.class)
        .satisfies(e -> assertThat(((InvalidResponseException) e).bodySnippet())
            .hasValueSatisfying(s -> assertThat(s).startsWith("{\"success\":true").hasSize(512)));
    assertThat(requests()).hasSize(1);
  }

  @Test
  void get_deeplyNestedJson_isInvalidResponse() {
    String deep = "[".repeat(10_000) + "]".repeat(10_000);
    always(CAMPAIGN_PATH, json(200, "{\"success\":true,\"data\":{\"id\":\"a\",\"x\":" + deep + "}}"));

    assertThatThrownBy(() -> query().get(ID))
        .isExactlyInstanceOf(InvalidResponseException.class)
        .satisfies(e -> assertThat(((InvalidResponseException) e).detail()).contains("nesting depth"));
    assertThat(requests()).hasSize(1);
  }

  @Test
  void get_invalidCampaign_isInvalidCampaignResponse_naming_theField() {
    always(CAMPAIGN_PATH, json(200, Fixtures.text("get-campaign.json")
        .replace("\"America/New_York\"", "\"America/Nowhere\"")));

    assertThatThrownBy(() -> query().get(ID))
        .isExactlyInstanceOf(InvalidCampaignResponseException.class)
        .satisfies(e -> {
          InvalidCampaignResponseException r = (InvalidCampaignResponseException) e;
          assertThat(r.violations()).containsExactly(
              new Violation("timezone", "'America/Nowhere' is not an IANA time zone"));
          assertThat(r.attempts()).isEqualTo(1);
          assertThat(r.status()).isEqualTo(200);
        });
    assertThat(requests()).hasSize(1);
  }

  @Test
  void getAsync_completesWithTheCampaign() throws Exception {
    always(CAMPAIGN_PATH, json(200, Fixtures.text("get-campaign.json")));
    ExecutorService executor = Executors.newSingleThreadExecutor();
    try {
      Campaign c = query().getAsync(ID, executor).get();

      assertThat(c.id()).isEqualTo(ID);
    } finally {
      executor.shutdownNow();
    }
  }

  @Test
  void getAsync_failure_completesExceptionallyWithTheQueryException() {
    always(CAMPAIGN_PATH, json(404, Fixtures.text("errors/404.json")));
    ExecutorService executor = Executors.newSingleThreadExecutor();
    try {
      assertThatThrownBy(() -> query().getAsync(ID, executor).join())
          .isInstanceOf(CompletionException.class)
          .hasCauseExactlyInstanceOf(CampaignNotFoundException.class);
    } finally {
      executor.shutdownNow();
    }
  }

  @Test
  void exchangeListener_isToldAboutEveryAttempt() {
    sequence(CAMPAIGN_PATH, json(503, Fixtures.text("errors/500.json")),
        json(200, Fixtures.text("get-campaign.json")));
    List<String> seen = new CopyOnWriteArrayList<>();
    TalkoverHttpCampaignQuery q = query(b -> b.exchangeListener((method, template, status, took, outcome) -> {
      assertThat(took).isGreaterThanOrEqualTo(Duration.ZERO);
      seen.add(method + " " + template + " " + status + " " + outcome);
    }));

    q.get(ID);

    assertThat(seen).containsExactly(
        "GET /api/v1/campaigns/{campaign_id} 503 SERVER_ERROR",
        "GET /api/v1/campaigns/{campaign_id} 200 SUCCESS");
  }

  @Test
  void exchangeListener_thatThrows_doesNotBreakTheCall() {
    always(CAMPAIGN_PATH, json(200, Fixtures.text("get-campaign.json")));
    TalkoverHttpCampaignQuery q = query(b -> b.exchangeListener((m, t, s, d, o) -> {
      throw new IllegalStateException("metrics down");
    }));

    assertThat(q.get(ID).id()).isEqualTo(ID);
  }

  @Test
  void get_afterClose_isRefused() {
    TalkoverHttpCampaignQuery q = query();
    q.close();
    q.close();

    assertThatThrownBy(() -> q.get(ID)).isInstanceOf(IllegalStateException.class);
    assertThat(requests()).isEmpty();
  }
}
