package ai.talkover.campaigns.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TalkoverStubServerTest {

  private static final String TOKEN = "talq_test-token-123";
  private static final HttpClient CLIENT = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5))
      .build();

  private TalkoverStubServer server;

  @BeforeEach
  void start() {
    server = TalkoverStubServer.builder().token(TOKEN).withFixtures().start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpRequest.Builder request(String pathAndQuery) {
    return HttpRequest.newBuilder(URI.create(server.rootUrl() + pathAndQuery))
        .timeout(Duration.ofSeconds(10))
        .header("Authorization", "Bearer " + TOKEN);
  }

  private HttpResponse<String> get(String pathAndQuery) throws Exception {
    return CLIENT.send(request(pathAndQuery).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static Map<String, Object> json(HttpResponse<String> response) {
    return JsonValues.parseObject(response.body(), "response");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> data(HttpResponse<String> response) {
    return (Map<String, Object>) json(response).get("data");
  }

  @SuppressWarnings("unchecked")
  private static List<String> listedIds(HttpResponse<String> response) {
    List<String> ids = new ArrayList<>();
    for (Object item : (List<Object>) json(response).get("data")) {
      ids.add((String) ((Map<String, Object>) item).get("id"));
    }
    return ids;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> pagination(HttpResponse<String> response) {
    return (Map<String, Object>) json(response).get("pagination");
  }

  private static Map<String, Object> block(long current, long last, long perPage, long total,
      Long from, Long to) {
    Map<String, Object> p = new java.util.LinkedHashMap<>();
    p.put("current_page", current);
    p.put("last_page", last);
    p.put("per_page", perPage);
    p.put("total", total);
    p.put("from", from);
    p.put("to", to);
    return p;
  }

  private void addFive() {
    server.clearCampaigns();
    server.addCampaign(CampaignJsonBuilder.getShape("a").with(c -> c.name("Alpha").status("active")
        .campaignType("sales").agentId("ag-1").startDate("2024-01-01")));
    server.addCampaign(CampaignJsonBuilder.getShape("b").with(c -> c.name("Beta").description("WINTER promo")
        .status("paused").campaignType("follow_up").agentId("ag-2").startDate("2024-02-01")));
    server.addCampaign(CampaignJsonBuilder.getShape("c").with(c -> c.name("Gamma").status("active")
        .campaignType("reminder").agentId("ag-1").startDate("2024-03-01")));
    server.addCampaign(CampaignJsonBuilder.getShape("d").with(c -> c.name("Delta").status("draft")
        .campaignType("custom").agentId("ag-2").startDate("2024-04-01")));
    server.addCampaign(CampaignJsonBuilder.getShape("e").with(c -> c.name("Epsilon winter").status("active")
        .campaignType("sales").agentId("ag-3")).remove("/start_date"));
  }

  // ------------------------------------------------------------------------- Get Campaign

  @Test
  void get_getShapeFixture_returnsTheDocumentedDataAsJson() throws Exception {
    HttpResponse<String> r = get("/api/v1/campaigns/campaign-uuid-1");

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).contains("application/json");
    assertThat(json(r)).containsEntry("success", true);
    assertThat(JsonValues.write(data(r))).isEqualTo(TalkoverFixtures.getCampaignData());
  }

  @Test
  void get_updateShapeFixture_servesCallTimeRanges() throws Exception {
    HttpResponse<String> r = get("/api/v1/campaigns/campaign-uuid-2");

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(data(r)).containsKey("call_time_ranges").containsEntry("timezone", "America/Sao_Paulo");
  }

  @Test
  void get_unknownId_is404WithTheDocumentedBody() throws Exception {
    HttpResponse<String> r = get("/api/v1/campaigns/nope");

    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.headers().firstValue("Content-Type")).contains("application/json");
    assertThat(r.body()).isEqualTo(TalkoverFixtures.errorBody(404));
  }

  @Test
  void get_percentEncodedId_matchesTheDecodedId() throws Exception {
    server.addCampaign(CampaignJsonBuilder.getShape("a b+é/x"));

    HttpResponse<String> r = get("/api/v1/campaigns/a%20b%2B%C3%A9%2Fx");

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(data(r)).containsEntry("id", "a b+é/x");
  }

  @Test
  void get_pathWithExtraSegments_is404() throws Exception {
    HttpResponse<String> r = get("/api/v1/campaigns/campaign-uuid-1/webhooks");

    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.body()).doesNotContain("campaign-uuid-1");
  }

  @Test
  void post_onAKnownRoute_isMethodNotAllowed() throws Exception {
    HttpResponse<String> r = CLIENT.send(
        request("/api/v1/campaigns").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(r.statusCode()).isEqualTo(405);
    assertThat(r.headers().firstValue("Allow")).contains("GET, HEAD");
  }

  @Test
  void head_onAKnownCampaign_answersTheGetStatusWithoutABody() throws Exception {
    HttpResponse<String> r = CLIENT.send(
        request("/api/v1/campaigns/campaign-uuid-1").method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).isEmpty();
  }

  @Test
  void addCampaign_servesTheDataVerbatim() throws Exception {
    String data = "{ \"id\": \"raw-1\", \"name\": \"Spaced\", \"success_rate\": 80.0 }";
    server.addCampaign(data);

    HttpResponse<String> r = get("/api/v1/campaigns/raw-1");

    assertThat(r.body()).isEqualTo("{\"success\":true,\"data\":" + data + "}");
  }

  @Test
  void addCampaign_sameIdAgain_replacesItAndKeepsItsListPosition() throws Exception {
    server.addCampaign(CampaignJsonBuilder.getShape("campaign-uuid-1").with(c -> c.name("Renamed")));

    assertThat(data(get("/api/v1/campaigns/campaign-uuid-1"))).containsEntry("name", "Renamed");
    assertThat(listedIds(get("/api/v1/campaigns"))).containsExactly("campaign-uuid-1", "campaign-uuid-2");
  }

  @Test
  void removeCampaign_makesItsGet404() throws Exception {
    assertThat(server.removeCampaign("campaign-uuid-1")).isTrue();
    assertThat(server.removeCampaign("campaign-uuid-1")).isFalse();

    assertThat(get("/api/v1/campaigns/campaign-uuid-1").statusCode()).isEqualTo(404);
    assertThat(server.campaignIds()).containsExactly("campaign-uuid-2");
  }

  @Test
  void addCampaign_withoutUsableId_isRejectedNamingTheField() {
    assertThatThrownBy(() -> server.addCampaign("{\"name\":\"x\"}"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("id must be a non-blank string");
    assertThatThrownBy(() -> server.addCampaign("{\"id\":\" \"}"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("id must be");
    assertThatThrownBy(() -> server.addCampaign("{\"id\":7}"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got number");
    assertThatThrownBy(() -> server.addCampaign("{\"id\": \"x\""))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not valid JSON");
  }

  // ----------------------------------------------------------------------- List Campaigns

  @Test
  void list_withoutParameters_listsProjectedItemsInAddOrder() throws Exception {
    HttpResponse<String> r = get("/api/v1/campaigns");

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).contains("application/json");
    assertThat(json(r)).containsEntry("success", true);
    assertThat(listedIds(r)).containsExactly("campaign-uuid-1", "campaign-uuid-2");
    assertThat(pagination(r)).isEqualTo(block(1, 1, 20, 2, 1L, 2L));
    @SuppressWarnings("unchecked")
    Map<String, Object> first = (Map<String, Object>) ((List<Object>) json(r).get("data")).get(0);
    assertThat(first).containsKeys("earliest_call_time", "agent", "stats")
        .doesNotContainKeys("calls", "files", "success_cooldown_hours", "do_not_call_enabled");
    assertThat(JsonValues.write(first.get("stats"))).doesNotContain("average_duration").contains("success_rate");
  }

  @Test
  void list_perPageAndPage_cutThePagesAndReportTheBlock() throws Exception {
    addFive();

    HttpResponse<String> p1 = get("/api/v1/campaigns?per_page=2");
    HttpResponse<String> p3 = get("/api/v1/campaigns?per_page=2&page=3");

    assertThat(listedIds(p1)).containsExactly("a", "b");
    assertThat(pagination(p1)).isEqualTo(block(1, 3, 2, 5, 1L, 2L));
    assertThat(listedIds(p3)).containsExactly("e");
    assertThat(pagination(p3)).isEqualTo(block(3, 3, 2, 5, 5L, 5L));
  }

  @Test
  void list_pageBeyondTheLast_isEmptyWithNullFromAndTo() throws Exception {
    HttpResponse<String> r = get("/api/v1/campaigns?page=9");

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(listedIds(r)).isEmpty();
    assertThat(pagination(r)).isEqualTo(block(9, 1, 20, 2, null, null));
  }

  @Test
  void list_noCampaigns_hasLastPageOne() throws Exception {
    server.clearCampaigns();

    assertThat(pagination(get("/api/v1/campaigns"))).isEqualTo(block(1, 1, 20, 0, null, null));
  }

  @Test
  void list_statusTypeAndAgentFilters_matchExactly() throws Exception {
    addFive();

    assertThat(listedIds(get("/api/v1/campaigns?status=active"))).containsExactly("a", "c", "e");
    assertThat(listedIds(get("/api/v1/campaigns?campaign_type=sales"))).containsExactly("a", "e");
    assertThat(listedIds(get("/api/v1/campaigns?agent_id=ag-2"))).containsExactly("b", "d");
    assertThat(listedIds(get("/api/v1/campaigns?status=active&agent_id=ag-1&per_page=1&page=2")))
        .containsExactly("c");
  }

  @Test
  void list_search_isCaseInsensitiveOnNameOrDescription() throws Exception {
    addFive();

    assertThat(listedIds(get("/api/v1/campaigns?search=Winter"))).containsExactly("b", "e");
    assertThat(listedIds(get("/api/v1/campaigns?search=epsilon+WIN"))).containsExactly("e");
    assertThat(listedIds(get("/api/v1/campaigns?search=epsilon%20win"))).containsExactly("e");
  }

  @Test
  void list_dateBounds_filterOnStartDateInclusively() throws Exception {
    addFive();

    assertThat(listedIds(get("/api/v1/campaigns?date_from=2024-02-01&date_to=2024-03-01")))
        .containsExactly("b", "c");
    assertThat(listedIds(get("/api/v1/campaigns?date_from=2024-03-02"))).containsExactly("d");
    assertThat(listedIds(get("/api/v1/campaigns?date_to=2024-01-01"))).containsExactly("a");
  }

  @Test
  void list_perPageOutOfRangeOrNotAnInteger_is422InLaravelShape() throws Exception {
    for (String bad : List.of("0", "101", "abc")) {
      HttpResponse<String> r = get("/api/v1/campaigns?per_page=" + bad);

      assertThat(r.statusCode()).as("per_page=%s", bad).isEqualTo(422);
      assertThat(json(r)).containsEntry("success", false)
          .containsEntry("message", "The given data was invalid.");
      assertThat(JsonValues.write(json(r).get("errors"))).startsWith("{\"per_page\":[");
    }
    assertThat(get("/api/v1/campaigns?per_page=100").statusCode()).isEqualTo(200);
  }

  @Test
  void list_undocumentedStatus_is422WithTheDocumentedMessage() throws Exception {
    HttpResponse<String> r = get("/api/v1/campaigns?status=running&date_from=yesterday");

    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(json(r).get("errors")).isEqualTo(Map.of(
        "status", List.of("The selected status is invalid."),
        "date_from", List.of("The date from must be a valid date.")));
  }

  // ------------------------------------------------------------------------------- auth

  @Test
  void missingOrWrongToken_is401WithTheDocumentedBody() throws Exception {
    HttpResponse<String> missing = CLIENT.send(
        HttpRequest.newBuilder(URI.create(server.baseUrl() + "/campaigns/campaign-uuid-1")).build(),
        HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> wrong = CLIENT.send(request("/api/v1/campaigns")
        .setHeader("Authorization", "Bearer talq_other").build(), HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> basic = CLIENT.send(request("/api/v1/campaigns")
        .setHeader("Authorization", TOKEN).build(), HttpResponse.BodyHandlers.ofString());

    for (HttpResponse<String> r : List.of(missing, wrong, basic)) {
      assertThat(r.statusCode()).isEqualTo(401);
      assertThat(r.body()).isEqualTo(TalkoverFixtures.errorBody(401));
    }
  }

  @Test
  void bearerSchemeInAnyCase_isAccepted() throws Exception {
    HttpResponse<String> r = CLIENT.send(request("/api/v1/campaigns")
        .setHeader("Authorization", "bearer " + TOKEN).build(), HttpResponse.BodyHandlers.ofString());

    assertThat(r.statusCode()).isEqualTo(200);
  }

  @Test
  void serverWithoutToken_acceptsRequestsWithoutAuthorization() throws Exception {
    try (TalkoverStubServer open = TalkoverStubServer.start()) {
      open.addCampaign(CampaignJsonBuilder.getShape("x"));

      HttpResponse<String> r = CLIENT.send(
          HttpRequest.newBuilder(URI.create(open.baseUrl() + "/campaigns/x")).build(),
          HttpResponse.BodyHandlers.ofString());

      assertThat(r.statusCode()).isEqualTo(200);
    }
  }

  @Test
  void toString_neverShowsTheToken() {
    assertThat(server.toString()).doesNotContain(TOKEN).contains("required");
    assertThat(TalkoverStubServer.builder().token(TOKEN).toString()).doesNotContain(TOKEN);
  }

  // ----------------------------------------------------------------------------- faults

  @Test
  void statusSequence_answersEachStepThenNormally() throws Exception {
    server.fault(FaultSpec.forCampaign("campaign-uuid-1").statuses(503, 503, 200));

    HttpResponse<String> r1 = get("/api/v1/campaigns/campaign-uuid-1");
    HttpResponse<String> r2 = get("/api/v1/campaigns/campaign-uuid-1");
    HttpResponse<String> r3 = get("/api/v1/campaigns/campaign-uuid-1");
    HttpResponse<String> r4 = get("/api/v1/campaigns/campaign-uuid-1");

    assertThat(List.of(r1.statusCode(), r2.statusCode(), r3.statusCode(), r4.statusCode()))
        .containsExactly(503, 503, 200, 200);
    assertThat(r1.body()).isEqualTo(TalkoverFixtures.errorBody(503));
    assertThat(r1.headers().firstValue("Content-Type")).contains("application/json");
    assertThat(data(r3)).containsEntry("id", "campaign-uuid-1");
  }

  @Test
  void statusSequence_leavesOtherIdsAndTheListAlone() throws Exception {
    server.fault(FaultSpec.forCampaign("campaign-uuid-1").statuses(500, 500));

    assertThat(get("/api/v1/campaigns/campaign-uuid-2").statusCode()).isEqualTo(200);
    assertThat(get("/api/v1/campaigns").statusCode()).isEqualTo(200);
    assertThat(get("/api/v1/campaigns/campaign-uuid-1").statusCode()).isEqualTo(500);
  }

  @Test
  void faultOnAnEncodedId_matchesWhateverTheEncoding() throws Exception {
    server.addCampaign(CampaignJsonBuilder.getShape("a+b"));
    server.fault(FaultSpec.forCampaign("a+b").status(500));

    assertThat(get("/api/v1/campaigns/a+b").statusCode()).isEqualTo(500);
    assertThat(get("/api/v1/campaigns/a%2Bb").statusCode()).isEqualTo(500);
  }

  @Test
  void permanentStatusWithRetryAfter_sendsTheHeaderOnEveryResponse() throws Exception {
    server.fault(FaultSpec.forList().status(429).retryAfter(Duration.ofMillis(1500)));

    for (int i = 0; i < 2; i++) {
      HttpResponse<String> r = get("/api/v1/campaigns?page=" + (i + 1));

      assertThat(r.statusCode()).isEqualTo(429);
      assertThat(r.headers().firstValue("Retry-After")).contains("2");
      assertThat(r.body()).isEqualTo(TalkoverFixtures.errorBody(429));
    }
  }

  @Test
  void retryAfter_isOnlyAddedToNon2xxSteps() throws Exception {
    server.fault(FaultSpec.forCampaign("campaign-uuid-1").statuses(503, 200).retryAfter("7"));

    HttpResponse<String> failing = get("/api/v1/campaigns/campaign-uuid-1");
    HttpResponse<String> normal = get("/api/v1/campaigns/campaign-uuid-1");

    assertThat(failing.headers().firstValue("Retry-After")).contains("7");
    assertThat(normal.statusCode()).isEqualTo(200);
    assertThat(normal.headers().firstValue("Retry-After")).isEmpty();
  }

  @Test
  void delay_holdsTheResponseBeyondTheClientsTimeout() {
    server.fault(FaultSpec.forCampaign("campaign-uuid-1").delay(Duration.ofSeconds(3)));

    assertThatThrownBy(() -> CLIENT.send(request("/api/v1/campaigns/campaign-uuid-1")
        .timeout(Duration.ofMillis(200)).build(), HttpResponse.BodyHandlers.ofString()))
        .isInstanceOf(HttpTimeoutException.class);
  }

  @Test
  void delay_withoutAnswer_stillServesTheNormalAnswer() throws Exception {
    server.fault(FaultSpec.forList().delay(Duration.ofMillis(1)));

    HttpResponse<String> r = get("/api/v1/campaigns");

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(listedIds(r)).containsExactly("campaign-uuid-1", "campaign-uuid-2");
  }

  @Test
  void dribble_deliversTheBodyInSeveralPieces() throws Exception {
    server.fault(FaultSpec.forCampaign("campaign-uuid-1").dribble(4, Duration.ofMillis(400)));
    CompletableFuture<Integer> pieces = new CompletableFuture<>();
    StringBuilder body = new StringBuilder();

    HttpResponse<Void> r = CLIENT.send(request("/api/v1/campaigns/campaign-uuid-1").build(),
        HttpResponse.BodyHandlers.fromSubscriber(new CountingSubscriber(pieces, body)));

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(pieces.get(10, TimeUnit.SECONDS)).isGreaterThanOrEqualTo(2);
    assertThat(body.toString()).isEqualTo("{\"success\":true,\"data\":" + TalkoverFixtures.getCampaignData() + "}");
  }

  /** Counts the non-empty buffer lists the client delivers. */
  private static final class CountingSubscriber implements Flow.Subscriber<List<ByteBuffer>> {
    private final CompletableFuture<Integer> done;
    private final StringBuilder body;
    private final AtomicInteger pieces = new AtomicInteger();
    private final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();

    CountingSubscriber(CompletableFuture<Integer> done, StringBuilder body) {
      this.done = done;
      this.body = body;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> item) {
      boolean any = false;
      for (ByteBuffer b : item) {
        any |= b.hasRemaining();
        byte[] chunk = new byte[b.remaining()];
        b.get(chunk);
        bytes.write(chunk, 0, chunk.length);
      }
      if (any) {
        pieces.incrementAndGet();
      }
    }

    @Override
    public void onError(Throwable t) {
      done.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
      body.append(bytes.toString(java.nio.charset.StandardCharsets.UTF_8));
      done.complete(pieces.get());
    }
  }

  @Test
  void malformedBody_isTheDocumentedBrokenJson() throws Exception {
    server.fault(FaultSpec.forCampaign("campaign-uuid-1").malformedBody());

    HttpResponse<String> r = get("/api/v1/campaigns/campaign-uuid-1");

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).contains("application/json");
    assertThat(r.body()).isEqualTo("{\"success\": tru");
  }

  @Test
  void truncatedBody_isAPrefixOfTheNormalBodyThatIsNotJson() throws Exception {
    String normal = get("/api/v1/campaigns/campaign-uuid-1").body();
    server.fault(FaultSpec.forCampaign("campaign-uuid-1").truncatedBody());

    HttpResponse<String> r = get("/api/v1/campaigns/campaign-uuid-1");

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(normal).startsWith(r.body());
    assertThat(r.body().length()).isLessThan(normal.length()).isPositive();
    assertThatThrownBy(() -> JsonValues.parse(r.body())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void truncatedTransfer_endsTheConnectionBeforeTheDeclaredLength() {
    server.fault(FaultSpec.forList().truncatedTransfer());

    assertThatThrownBy(() -> get("/api/v1/campaigns"))
        .isInstanceOf(IOException.class).hasMessageContaining("content-length");
  }

  @Test
  void connectionReset_givesTheClientAnIoFailure() {
    server.fault(FaultSpec.forCampaign("campaign-uuid-1").connectionReset());

    assertThatThrownBy(() -> get("/api/v1/campaigns/campaign-uuid-1")).isInstanceOf(IOException.class);
  }

  @Test
  void emptyResponse_closesWithoutAnyResponse() {
    server.fault(FaultSpec.forList().emptyResponse());

    assertThatThrownBy(() -> get("/api/v1/campaigns")).isInstanceOf(IOException.class);
  }

  @Test
  void customResponse_sendsExactlyThatStatusTypeAndBody() throws Exception {
    server.fault(FaultSpec.forList().response(502, "text/html", "<html><body>Bad Gateway</body></html>"));

    HttpResponse<String> r = get("/api/v1/campaigns?status=active");

    assertThat(r.statusCode()).isEqualTo(502);
    assertThat(r.headers().firstValue("Content-Type")).contains("text/html");
    assertThat(r.body()).isEqualTo("<html><body>Bad Gateway</body></html>");
  }

  @Test
  void faults_areServedBeforeTheTokenIsChecked() throws Exception {
    server.fault(FaultSpec.forList().status(503));

    HttpResponse<String> r = CLIENT.send(
        HttpRequest.newBuilder(URI.create(server.baseUrl() + "/campaigns")).build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(r.statusCode()).isEqualTo(503);
  }

  @Test
  void sequenceStepThatAnswersNormally_stillChecksTheToken() throws Exception {
    server.fault(FaultSpec.forList().statuses(200));

    HttpResponse<String> r = CLIENT.send(
        HttpRequest.newBuilder(URI.create(server.baseUrl() + "/campaigns")).build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(r.statusCode()).isEqualTo(401);
  }

  @Test
  void laterFault_winsOverAnEarlierOneOnTheSamePath() throws Exception {
    server.fault(FaultSpec.forList().status(500));
    server.fault(FaultSpec.forList().status(503));

    assertThat(get("/api/v1/campaigns").statusCode()).isEqualTo(503);
  }

  @Test
  void clearFaults_restoresNormalAnswers() throws Exception {
    server.fault(FaultSpec.forList().status(500));
    server.fault(FaultSpec.forCampaign("campaign-uuid-1").statuses(503, 503));
    assertThat(get("/api/v1/campaigns").statusCode()).isEqualTo(500);

    server.clearFaults();

    assertThat(get("/api/v1/campaigns").statusCode()).isEqualTo(200);
    assertThat(get("/api/v1/campaigns/campaign-uuid-1").statusCode()).isEqualTo(200);
  }

  // --------------------------------------------------------------------------- requests

  @Test
  void requestCounts_countPerIdListAndTotalUntilReset() throws Exception {
    get("/api/v1/campaigns/campaign-uuid-1");
    get("/api/v1/campaigns/campaign-uuid-1");
    get("/api/v1/campaigns/campaign-uuid-2");
    get("/api/v1/campaigns/missing");
    get("/api/v1/campaigns?page=1");
    get("/api/v1/other");

    assertThat(server.requestCount("campaign-uuid-1")).isEqualTo(2);
    assertThat(server.requestCount("campaign-uuid-2")).isEqualTo(1);
    assertThat(server.requestCount("missing")).isEqualTo(1);
    assertThat(server.listRequestCount()).isEqualTo(1);
    assertThat(server.totalRequestCount()).isEqualTo(6);

    server.resetRequests();

    assertThat(server.totalRequestCount()).isZero();
    assertThat(server.requestCount("campaign-uuid-1")).isZero();
    assertThat(server.lastRequest()).isEmpty();
  }

  @Test
  void requestCount_includesRequestsAnsweredByAFault() throws Exception {
    server.fault(FaultSpec.forCampaign("campaign-uuid-1").statuses(503, 503));

    get("/api/v1/campaigns/campaign-uuid-1");
    get("/api/v1/campaigns/campaign-uuid-1");
    get("/api/v1/campaigns/campaign-uuid-1");

    assertThat(server.requestCount("campaign-uuid-1")).isEqualTo(3);
  }

  @Test
  void lastRequest_exposesHeadersCaseInsensitivelyAndMasksTheTokenInToString() throws Exception {
    CLIENT.send(request("/api/v1/campaigns/campaign-uuid-2?x=%2B")
        .header("Accept", "application/json")
        .header("User-Agent", "talkover-campaigns-test/1.0")
        .build(), HttpResponse.BodyHandlers.ofString());

    RecordedRequest last = server.lastRequest().orElseThrow();

    assertThat(last.method()).isEqualTo("GET");
    assertThat(last.url()).isEqualTo("/api/v1/campaigns/campaign-uuid-2?x=%2B");
    assertThat(last.header("authorization")).contains("Bearer " + TOKEN);
    assertThat(last.header("ACCEPT")).contains("application/json");
    assertThat(last.header("User-Agent")).contains("talkover-campaigns-test/1.0");
    assertThat(last.header("X-Missing")).isEmpty();
    assertThat(last.toString()).doesNotContain(TOKEN).contains("Authorization=***");
  }

  @Test
  void requests_areListedOldestFirst() throws Exception {
    get("/api/v1/campaigns/campaign-uuid-1");
    get("/api/v1/campaigns");

    assertThat(server.requests()).extracting(RecordedRequest::url)
        .containsExactly("/api/v1/campaigns/campaign-uuid-1", "/api/v1/campaigns");
  }

  @Test
  void concurrentRequests_areAllServedAndCounted() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Integer>> futures = new ArrayList<>();
      for (int i = 0; i < 48; i++) {
        String id = i % 2 == 0 ? "campaign-uuid-1" : "campaign-uuid-2";
        futures.add(pool.submit(() -> {
          go.await();
          return get("/api/v1/campaigns/" + id).statusCode();
        }));
      }
      go.countDown();
      for (Future<Integer> f : futures) {
        assertThat(f.get(30, TimeUnit.SECONDS)).isEqualTo(200);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(server.requestCount("campaign-uuid-1")).isEqualTo(24);
    assertThat(server.requestCount("campaign-uuid-2")).isEqualTo(24);
  }

  // -------------------------------------------------------------------------- lifecycle

  @Test
  void addresses_pointAtTheLocalPort() {
    assertThat(server.port()).isPositive();
    assertThat(server.rootUrl()).isEqualTo("http://127.0.0.1:" + server.port());
    assertThat(server.baseUrl()).isEqualTo("http://127.0.0.1:" + server.port() + "/api/v1");
    assertThat(server.isRunning()).isTrue();
  }

  @Test
  void close_stopsServingAndIsIdempotent() {
    String url = server.baseUrl() + "/campaigns";

    server.close();
    server.close();

    assertThat(server.isRunning()).isFalse();
    assertThatThrownBy(() -> CLIENT.send(HttpRequest.newBuilder(URI.create(url)).build(),
        HttpResponse.BodyHandlers.ofString())).isInstanceOf(ConnectException.class);
    assertThatThrownBy(() -> server.fault(FaultSpec.forList().status(500)))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void twoServers_getDifferentPorts() {
    try (TalkoverStubServer other = TalkoverStubServer.start()) {
      assertThat(other.port()).isNotEqualTo(server.port());
    }
  }

  @Nested
  class BuilderCampaigns {
    @Test
    void campaignsGivenToTheBuilder_areServedInOrder() throws Exception {
      try (TalkoverStubServer s = TalkoverStubServer.builder()
          .campaign(CampaignJsonBuilder.getShape("z").toJson())
          .campaign(CampaignJsonBuilder.updateShape("y").toJson())
          .start()) {
        HttpResponse<String> r = CLIENT.send(
            HttpRequest.newBuilder(URI.create(s.baseUrl() + "/campaigns")).build(),
            HttpResponse.BodyHandlers.ofString());

        assertThat(listedIds(r)).containsExactly("z", "y");
        assertThat(s.campaignIds()).containsExactly("z", "y");
      }
    }
  }
}
