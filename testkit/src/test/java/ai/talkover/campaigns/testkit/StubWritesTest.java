package ai.talkover.campaigns.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StubWritesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private static final Instant NOW = Instant.parse("2024-06-05T14:00:00Z");
  private static final String TO = "+15550000001";

  private TalkoverStubServer server;

  @BeforeEach
  void start() {
    server = TalkoverStubServer.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC)).start();
    server.addCampaign(CampaignJsonBuilder.getShape("c-1").with(c -> c.status("active")));
    server.addCampaign(CampaignJsonBuilder.getShape("c-draft").with(c -> c.status("draft")));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpResponse<String> send(String method, String path, String body) throws Exception {
    HttpRequest r = HttpRequest.newBuilder(URI.create(server.rootUrl() + path))
        .header("Content-Type", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body))
        .build();
    return CLIENT.send(r, HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> call(String campaign, String body) throws Exception {
    return send("POST", "/api/v1/campaigns/" + campaign + "/call", body);
  }

  private JsonNode campaign(String id) throws Exception {
    return JSON.readTree(send("GET", "/api/v1/campaigns/" + id, null).body()).get("data");
  }

  @Test
  void makeCall_answers201WithTheDocumentedBody_andListsTheCallAsQueued() throws Exception {
    HttpResponse<String> r = call("c-1", "{\"to\":\"" + TO + "\",\"payload\":{\"name\":\"Ann\"}}");

    assertThat(r.statusCode()).isEqualTo(201);
    JsonNode body = JSON.readTree(r.body());
    assertThat(body.has("success")).as("no envelope").isFalse();
    JsonNode call = body.get("campaign_call");
    assertThat(call.get("campaign_id").asText()).isEqualTo("c-1");
    assertThat(call.get("to").asText()).isEqualTo(TO);
    assertThat(call.get("status").asText()).isEqualTo("queued");
    assertThat(call.get("created_at").asText()).isEqualTo("2024-06-05T14:00:00Z");
    assertThat(call.get("scheduled_at").asText()).isEqualTo("2024-06-05T14:00:00Z");
    assertThat(body.get("campaign").get("status").asText()).isEqualTo("active");
    assertThat(body.get("campaign").get("name").asText()).isEqualTo("Campaign c-1");

    JsonNode listed = campaign("c-1").get("calls").get(0);
    assertThat(listed.get("id").asText()).isEqualTo(call.get("id").asText());
    assertThat(listed.get("status").asText()).isEqualTo("queued");
    assertThat(listed.get("created_at").asText()).isEqualTo("2024-06-05T14:00:00Z");
    assertThat(server.callRequestCount("c-1")).isEqualTo(1);
    assertThat(server.callRequestBodies("c-1")).singleElement().asString().contains("\"Ann\"");
  }

  @Test
  void secondActiveCallToTheSameNumber_gets409WithTheExistingCall() throws Exception {
    String firstId = JSON.readTree(call("c-1", "{\"to\":\"" + TO + "\"}").body())
        .get("campaign_call").get("id").asText();

    HttpResponse<String> second = call("c-1", "{\"to\":\"" + TO + "\",\"allow_duplicates\":false}");

    assertThat(second.statusCode()).isEqualTo(409);
    JsonNode existing = JSON.readTree(second.body()).get("existing_call");
    assertThat(existing.get("id").asText()).isEqualTo(firstId);
    assertThat(existing.get("status").asText()).isEqualTo("queued");
    assertThat(campaign("c-1").get("calls")).hasSize(1);
    assertThat(call("c-1", "{\"to\":\"" + TO + "\",\"allow_duplicates\":true}").statusCode())
        .isEqualTo(201);
    assertThat(call("c-1", "{\"to\":\"+15550000002\"}").statusCode()).isEqualTo(201);
  }

  @Test
  void concurrentCallsToOneNumber_queueExactlyOne() throws Exception {
    int threads = 16;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Integer>> statuses = new ArrayList<>();
    try {
      for (int i = 0; i < threads; i++) {
        statuses.add(pool.submit(() -> {
          go.await();
          return call("c-1", "{\"to\":\"" + TO + "\"}").statusCode();
        }));
      }
      go.countDown();
      List<Integer> got = new ArrayList<>();
      for (Future<Integer> f : statuses) {
        got.add(f.get());
      }
      assertThat(got).filteredOn(s -> s == 201).hasSize(1);
      assertThat(got).filteredOn(s -> s == 409).hasSize(threads - 1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void invalidFields_get422NamingTheField() throws Exception {
    HttpResponse<String> missing = call("c-1", "{}");
    HttpResponse<String> bad = call("c-1", "{\"to\":\"555-0001\",\"is_testing\":\"yes\"}");

    assertThat(missing.statusCode()).isEqualTo(422);
    assertThat(JSON.readTree(missing.body()).at("/errors/to/0").asText())
        .isEqualTo("The to field is required.");
    assertThat(bad.statusCode()).isEqualTo(422);
    assertThat(JSON.readTree(bad.body()).get("errors").has("is_testing")).isTrue();
    assertThat(JSON.readTree(bad.body()).at("/errors/to/0").asText())
        .isEqualTo("The to must be a valid phone number.");
  }

  @Test
  void inactiveOrUnknownCampaign_gets400Or404_andNothingIsQueued() throws Exception {
    HttpResponse<String> draft = call("c-draft", "{\"to\":\"" + TO + "\"}");

    assertThat(draft.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(draft.body()).get("message").asText()).isEqualTo("Campaign is not active");
    assertThat(campaign("c-draft").has("calls") && campaign("c-draft").get("calls").size() > 0).isFalse();
    assertThat(call("nope", "{\"to\":\"" + TO + "\"}").statusCode()).isEqualTo(404);
  }

  @Test
  void wrongMethodOnTheWritePaths_gets405WithAllow() throws Exception {
    HttpResponse<String> r = send("GET", "/api/v1/campaigns/c-1/call", null);

    assertThat(r.statusCode()).isEqualTo(405);
    assertThat(r.headers().firstValue("Allow")).contains("POST");
    assertThat(send("POST", "/api/v1/campaigns/c-1/status", "{}").headers().firstValue("Allow"))
        .contains("PATCH");
  }

  @Test
  void statusUpdate_documentedTransition_changesTheCampaign() throws Exception {
    HttpResponse<String> r = send("PATCH", "/api/v1/campaigns/c-draft/status", "{\"status\":\"active\"}");

    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode body = JSON.readTree(r.body());
    assertThat(body.get("message").asText()).isEqualTo("Campaign status updated successfully");
    assertThat(body.at("/data/status").asText()).isEqualTo("active");
    assertThat(body.at("/data/updated_at").asText()).isEqualTo("2024-06-05T14:00:00Z");
    assertThat(campaign("c-draft").get("status").asText()).isEqualTo("active");
    assertThat(server.statusRequestCount("c-draft")).isEqualTo(1);
  }

  @Test
  void statusUpdate_undocumentedTransition_gets400_andUnknownStatus422() throws Exception {
    HttpResponse<String> back = send("PATCH", "/api/v1/campaigns/c-1/status", "{\"status\":\"draft\"}");
    HttpResponse<String> unknown = send("PATCH", "/api/v1/campaigns/c-1/status", "{\"status\":\"archived\"}");

    assertThat(back.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(back.body()).get("message").asText())
        .isEqualTo("Cannot transition from active to draft status");
    assertThat(unknown.statusCode()).isEqualTo(422);
    assertThat(JSON.readTree(unknown.body()).at("/errors/status/0").asText())
        .isEqualTo("The selected status is invalid.");
    assertThat(campaign("c-1").get("status").asText()).isEqualTo("active");
  }

  @Test
  void faultOnTheCallPath_withoutProcessing_queuesNothing() throws Exception {
    server.fault(FaultSpec.forCall("c-1").status(500));

    assertThat(call("c-1", "{\"to\":\"" + TO + "\"}").statusCode()).isEqualTo(500);
    assertThat(campaign("c-1").path("calls").size()).isZero();
  }

  @Test
  void faultAfterProcessing_queuesTheCall_thenFails() throws Exception {
    server.fault(FaultSpec.forCall("c-1").status(500).processed());

    assertThat(call("c-1", "{\"to\":\"" + TO + "\"}").statusCode()).isEqualTo(500);
    assertThat(campaign("c-1").get("calls")).hasSize(1);
  }

  @Test
  void resetAfterProcessing_queuesTheCall_andTheClientGetsNoResponse() throws Exception {
    server.fault(FaultSpec.forCall("c-1").connectionReset().processed());

    assertThatThrownBy(() -> call("c-1", "{\"to\":\"" + TO + "\"}")).isInstanceOf(IOException.class);
    assertThat(server.callRequestCount("c-1")).isEqualTo(1);
    assertThat(campaign("c-1").get("calls")).hasSize(1);
  }

  @Test
  void scheduleCallsAt_setsTheAnsweredScheduledAt() throws Exception {
    server.scheduleCallsAt(Instant.parse("2024-06-06T02:00:00Z"));

    JsonNode call = JSON.readTree(call("c-1", "{\"to\":\"" + TO + "\"}").body()).get("campaign_call");

    assertThat(call.get("scheduled_at").asText()).isEqualTo("2024-06-06T02:00:00Z");
  }

  @Test
  void faultOnTheCallPath_leavesReadsAlone() throws Exception {
    server.fault(FaultSpec.forCall("c-1").status(503));

    assertThat(send("GET", "/api/v1/campaigns/c-1", null).statusCode()).isEqualTo(200);
    assertThat(FaultSpec.forCall("c-1").status(500).processed().toString())
        .contains("call 'c-1'").contains("after processing");
  }
}
