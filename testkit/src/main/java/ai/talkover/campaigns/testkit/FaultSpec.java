package ai.talkover.campaigns.testkit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.requestMatching;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.matching.MatchResult;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A failure a {@link TalkoverStubServer} injects on one path: the Get Campaign path of one id
 * ({@link #forCampaign(String)}, matched on the decoded id whatever its encoding), the List
 * Campaigns path ({@link #forList()}, whatever the query), or the write paths of one id: Make
 * Campaign Call ({@link #forCall(String)}) and Update Campaign Status ({@link #forStatus(String)}).
 * On a write path, {@link #processed()} makes the failure happen after the request took effect.
 *
 * <p>A spec has at most one <em>answer</em> and any number of <em>modifiers</em>:
 *
 * <ul>
 *   <li>Answers: {@link #statuses(int...)} (a one-shot sequence, then normal answers), or one of
 *       {@link #status(int)}, {@link #response(int, String, String)}, {@link #malformedBody()},
 *       {@link #truncatedBody()}, {@link #truncatedTransfer()}, {@link #connectionReset()},
 *       {@link #emptyResponse()}, which apply to every request until
 *       {@link TalkoverStubServer#clearFaults()}. Without an answer the server answers normally.
 *   <li>Modifiers: {@link #delay(Duration)}, {@link #dribble(int, Duration)},
 *       {@link #retryAfter(String)}, {@link #processed()}; they apply to every response the spec
 *       produces.
 * </ul>
 *
 * A "normal answer" is exactly what the server would send without the fault (campaign, 404, list,
 * 422, 401...), token check included; {@link #truncatedBody()} and {@link #truncatedTransfer()}
 * damage a normal answer. Every other answer (an error status, sent with
 * {@link TalkoverFixtures#errorBody(int)} as {@code application/json}, a custom response, the
 * malformed body, the connection faults) is sent without checking the token: it stands for what the
 * network or a proxy in front of the API does. When several faults cover one path, the one added
 * last wins while it applies.
 *
 * <p>Immutable and thread-safe: every method returns a new spec. Example:
 * {@code server.fault(FaultSpec.forCampaign("c-1").statuses(503, 503, 200).retryAfter("1"))}.
 */
public final class FaultSpec {

  /** The response body of {@link #malformedBody()}. */
  public static final String MALFORMED_BODY = "{\"success\": tru";

  private enum Answer {
    NORMAL, STATUSES, STATUS, RESPONSE, MALFORMED, TRUNCATED_BODY, TRUNCATED_TRANSFER,
    CONNECTION_RESET, EMPTY_RESPONSE
  }

  private final Route.Kind path;
  private final boolean processed;
  private final String campaignId;
  private final Answer answer;
  private final int[] statuses;
  private final String contentType;
  private final String body;
  private final Duration delay;
  private final int dribbleChunks;
  private final Duration dribbleTotal;
  private final String retryAfter;

  private FaultSpec(Route.Kind path, boolean processed, String campaignId, Answer answer,
      int[] statuses, String contentType, String body, Duration delay, int dribbleChunks,
      Duration dribbleTotal, String retryAfter) {
    this.path = path;
    this.processed = processed;
    this.campaignId = campaignId;
    this.answer = answer;
    this.statuses = statuses;
    this.contentType = contentType;
    this.body = body;
    this.delay = delay;
    this.dribbleChunks = dribbleChunks;
    this.dribbleTotal = dribbleTotal;
    this.retryAfter = retryAfter;
  }

  /**
   * A fault on {@code GET /api/v1/campaigns/{id}}.
   *
   * @param campaignId the decoded campaign id; not blank
   * @return a spec with no answer and no modifier yet
   * @throws IllegalArgumentException when the id is blank
   */
  public static FaultSpec forCampaign(String campaignId) {
    Objects.requireNonNull(campaignId, "campaignId");
    if (campaignId.isBlank()) {
      throw new IllegalArgumentException("campaignId: is blank");
    }
    return new FaultSpec(Route.Kind.GET, false, campaignId, Answer.NORMAL, null, null, null, null, 0, null,
        null);
  }

  /**
   * A fault on {@code GET /api/v1/campaigns}, whatever the query parameters.
   *
   * @return a spec with no answer and no modifier yet
   */
  public static FaultSpec forList() {
    return new FaultSpec(Route.Kind.LIST, false, null, Answer.NORMAL, null, null, null, null, 0, null,
        null);
  }

  /**
   * A fault on {@code POST /api/v1/campaigns/{id}/call} (Make Campaign Call).
   *
   * @param campaignId the decoded campaign id; not blank
   * @return a spec with no answer and no modifier yet
   * @throws IllegalArgumentException when the id is blank
   */
  public static FaultSpec forCall(String campaignId) {
    return forCampaign(campaignId).on(Route.Kind.CALL);
  }

  /**
   * A fault on {@code PATCH /api/v1/campaigns/{id}/status} (Update Campaign Status).
   *
   * @param campaignId the decoded campaign id; not blank
   * @return a spec with no answer and no modifier yet
   * @throws IllegalArgumentException when the id is blank
   */
  public static FaultSpec forStatus(String campaignId) {
    return forCampaign(campaignId).on(Route.Kind.STATUS);
  }

  private FaultSpec on(Route.Kind kind) {
    return new FaultSpec(kind, processed, campaignId, answer, statuses, contentType, body, delay,
        dribbleChunks, dribbleTotal, retryAfter);
  }

  // ------------------------------------------------------------------------------- answers

  /**
   * A one-shot sequence: the n-th matching request gets the n-th status; once the sequence is used
   * up the path answers normally again. A 2xx step means "answer normally" (so
   * {@code statuses(503, 503, 200)} is two 503s, then the real campaign); any other step sends that
   * status with {@link TalkoverFixtures#errorBody(int)}. Built on WireMock scenarios: each matching
   * request consumes one step, so concurrent requests get the steps in the order WireMock serves
   * them.
   *
   * @param statuses at least one status, each 100..599
   * @return a new spec
   * @throws IllegalArgumentException when empty or a status is out of range
   * @throws IllegalStateException when this spec already has an answer
   */
  public FaultSpec statuses(int... statuses) {
    Objects.requireNonNull(statuses, "statuses");
    if (statuses.length == 0) {
      throw new IllegalArgumentException("statuses: at least one status is required");
    }
    for (int i = 0; i < statuses.length; i++) {
      checkStatus("statuses[" + i + "]", statuses[i]);
    }
    return withAnswer(Answer.STATUSES, statuses.clone(), null, null);
  }

  /**
   * Every request gets this status: a 2xx answers normally, anything else sends
   * {@link TalkoverFixtures#errorBody(int)}.
   *
   * @param status 100..599
   * @return a new spec
   * @throws IllegalArgumentException when out of range
   * @throws IllegalStateException when this spec already has an answer
   */
  public FaultSpec status(int status) {
    checkStatus("status", status);
    return withAnswer(Answer.STATUS, new int[] {status}, null, null);
  }

  /**
   * Every request gets exactly this response, e.g. a proxy's HTML 502:
   * {@code response(502, "text/html", "<html>Bad Gateway</html>")}.
   *
   * @param status 100..599
   * @param contentType the Content-Type header; nullable (no header)
   * @param body the body, sent as UTF-8; not {@code null} (may be empty)
   * @return a new spec
   * @throws IllegalArgumentException when the status is out of range
   * @throws IllegalStateException when this spec already has an answer
   */
  public FaultSpec response(int status, String contentType, String body) {
    checkStatus("status", status);
    Objects.requireNonNull(body, "body");
    return withAnswer(Answer.RESPONSE, new int[] {status}, contentType, body);
  }

  /**
   * Every request gets 200 {@code application/json} with the body {@value #MALFORMED_BODY}.
   *
   * @return a new spec
   * @throws IllegalStateException when this spec already has an answer
   */
  public FaultSpec malformedBody() {
    return withAnswer(Answer.MALFORMED, null, null, null);
  }

  /**
   * Every request gets the normal status and headers with the first half of the normal body: a
   * complete HTTP message whose JSON is cut in the middle.
   *
   * @return a new spec
   * @throws IllegalStateException when this spec already has an answer
   */
  public FaultSpec truncatedBody() {
    return withAnswer(Answer.TRUNCATED_BODY, null, null, null);
  }

  /**
   * Every request gets the normal status with a {@code Content-Length} of the full body, then only
   * the first half of the body before the connection closes: the client sees the transfer end
   * early (the JDK client reports "fixed content-length: N, bytes received: M").
   *
   * @return a new spec
   * @throws IllegalStateException when this spec already has an answer
   */
  public FaultSpec truncatedTransfer() {
    return withAnswer(Answer.TRUNCATED_TRANSFER, null, null, null);
  }

  /**
   * Every request's connection is reset by the server (WireMock's
   * {@code Fault.CONNECTION_RESET_BY_PEER}): no response at all.
   *
   * @return a new spec
   * @throws IllegalStateException when this spec already has an answer
   */
  public FaultSpec connectionReset() {
    return withAnswer(Answer.CONNECTION_RESET, null, null, null);
  }

  /**
   * Every request's connection is closed with nothing sent (WireMock's
   * {@code Fault.EMPTY_RESPONSE}). For a 200 with an empty body use
   * {@code response(200, "application/json", "")}.
   *
   * @return a new spec
   * @throws IllegalStateException when this spec already has an answer
   */
  public FaultSpec emptyResponse() {
    return withAnswer(Answer.EMPTY_RESPONSE, null, null, null);
  }

  // ----------------------------------------------------------------------------- modifiers

  /**
   * Waits this long before sending each response (server-side).
   *
   * @param delay not negative, at most {@link Integer#MAX_VALUE} ms
   * @return a new spec
   * @throws IllegalArgumentException when out of range
   */
  public FaultSpec delay(Duration delay) {
    int ms = millis("delay", delay);
    return new FaultSpec(path, processed, campaignId, answer, statuses, contentType, body, Duration.ofMillis(ms),
        dribbleChunks, dribbleTotal, retryAfter);
  }

  /**
   * Sends each response body in chunks spread over a duration (a slow drip): the headers arrive at
   * once, the body trickles.
   *
   * @param chunks how many pieces, at least 1
   * @param total how long the whole body takes; not negative, at most {@link Integer#MAX_VALUE} ms
   * @return a new spec
   * @throws IllegalArgumentException when out of range
   */
  public FaultSpec dribble(int chunks, Duration total) {
    if (chunks < 1) {
      throw new IllegalArgumentException("chunks: " + chunks + " is less than 1");
    }
    int ms = millis("total", total);
    return new FaultSpec(path, processed, campaignId, answer, statuses, contentType, body, delay, chunks,
        Duration.ofMillis(ms), retryAfter);
  }

  /**
   * Adds a {@code Retry-After} header with this exact value to every non-2xx response of the spec
   * (the API docs do not document the header; this lets a client's handling of it be tested).
   *
   * @param value delay-seconds or an HTTP-date, sent verbatim; not blank
   * @return a new spec
   * @throws IllegalArgumentException when blank
   */
  public FaultSpec retryAfter(String value) {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("retryAfter: is blank");
    }
    return new FaultSpec(path, processed, campaignId, answer, statuses, contentType, body, delay, dribbleChunks,
        dribbleTotal, value);
  }

  /**
   * {@link #retryAfter(String)} with whole seconds, rounded up.
   *
   * @param delay not negative
   * @return a new spec
   * @throws IllegalArgumentException when negative
   */
  public FaultSpec retryAfter(Duration delay) {
    Objects.requireNonNull(delay, "delay");
    if (delay.isNegative()) {
      throw new IllegalArgumentException("retryAfter: " + delay + " is negative");
    }
    long seconds = delay.getSeconds() + (delay.getNano() > 0 ? 1 : 0);
    return retryAfter(Long.toString(seconds));
  }

  /**
   * The server first handles the request as it normally would (a Make Campaign Call queues the
   * call, an Update Campaign Status changes the status), then sends the spec's answer instead of the
   * normal one: a failure <em>after</em> the request was processed, as when the API queued a call and
   * then failed, or the connection broke on the way back. Applies to {@link #statuses(int...)},
   * {@link #status(int)}, {@link #connectionReset()} and {@link #emptyResponse()}; other answers are
   * sent as they are. {@link #delay(Duration)} alone delays the normal answer, which is always
   * processed.
   *
   * @return a new spec
   */
  public FaultSpec processed() {
    return new FaultSpec(path, true, campaignId, answer, statuses, contentType, body, delay,
        dribbleChunks, dribbleTotal, retryAfter);
  }

  @Override
  public String toString() {
    return "FaultSpec[" + (campaignId == null ? "list"
        : (path == Route.Kind.GET ? "campaign" : path.name().toLowerCase(java.util.Locale.ROOT))
        + " '" + campaignId + "'") + ", " + answer + (processed ? " after processing" : "") + (statuses == null ? "" : " " + Arrays.toString(statuses))
        + (delay == null ? "" : ", delay " + delay)
        + (dribbleTotal == null ? "" : ", dribble " + dribbleChunks + " chunks over " + dribbleTotal)
        + (retryAfter == null ? "" : ", Retry-After " + retryAfter) + "]";
  }

  // ------------------------------------------------------------------------------ internals

  /** Whether a route is this spec's path. */
  boolean covers(Route route) {
    return campaignId == null ? route.kind() == Route.Kind.LIST : route.is(path, campaignId);
  }

  /**
   * The WireMock stubs of this spec.
   *
   * @param scenario a scenario name unique to this registration
   * @param priority the stubs' priority
   * @return the stubs, ready for {@code stubFor}
   */
  List<MappingBuilder> mappings(String scenario, int priority) {
    List<MappingBuilder> out = new ArrayList<>();
    if (answer != Answer.STATUSES) {
      out.add(matcher().atPriority(priority).willReturn(response(statuses == null ? 0 : statuses[0])));
      return out;
    }
    for (int i = 0; i < statuses.length; i++) {
      out.add(matcher()
          .atPriority(priority)
          .inScenario(scenario)
          .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "step-" + i)
          .willSetStateTo("step-" + (i + 1))
          .willReturn(response(statuses[i])));
    }
    return out;
  }

  private MappingBuilder matcher() {
    return requestMatching(request -> MatchResult.of(covers(Route.of(request.getUrl()))));
  }

  private ResponseDefinitionBuilder response(int status) {
    ResponseDefinitionBuilder r;
    switch (answer) {
      case STATUSES:
      case STATUS:
        if (StubResponder.isSuccess(status)) {
          r = normal(StubResponder.MODE_SERVE);
        } else if (processed) {
          r = normal(StubResponder.MODE_PROCESS_THEN_STATUS)
              .withTransformerParameter(StubResponder.FAIL_STATUS, status);
        } else {
          r = literal(status, StubResponder.JSON, TalkoverFixtures.errorBody(status));
        }
        break;
      case RESPONSE:
        r = literal(status, contentType, body);
        break;
      case MALFORMED:
        r = literal(200, StubResponder.JSON, MALFORMED_BODY);
        break;
      case TRUNCATED_BODY:
        r = normal(StubResponder.MODE_TRUNCATE_BODY);
        break;
      case TRUNCATED_TRANSFER:
        r = normal(StubResponder.MODE_TRUNCATE_TRANSFER);
        break;
      case CONNECTION_RESET:
        r = processed ? normal(StubResponder.MODE_PROCESS_THEN_RESET)
            : aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER);
        break;
      case EMPTY_RESPONSE:
        r = processed ? normal(StubResponder.MODE_PROCESS_THEN_EMPTY)
            : aResponse().withFault(Fault.EMPTY_RESPONSE);
        break;
      case NORMAL:
      default:
        r = normal(StubResponder.MODE_SERVE);
        break;
    }
    if (delay != null) {
      r = r.withFixedDelay((int) delay.toMillis());
    }
    if (dribbleTotal != null) {
      r = r.withChunkedDribbleDelay(dribbleChunks, (int) dribbleTotal.toMillis());
    }
    return r;
  }

  private ResponseDefinitionBuilder normal(String mode) {
    ResponseDefinitionBuilder r = aResponse()
        .withTransformers(StubResponder.NAME)
        .withTransformerParameter(StubResponder.MODE, mode);
    return retryAfter == null ? r
        : r.withTransformerParameter(StubResponder.RETRY_AFTER, retryAfter);
  }

  private ResponseDefinitionBuilder literal(int status, String type, String text) {
    ResponseDefinitionBuilder r = aResponse().withStatus(status).withBody(text);
    if (type != null) {
      r = r.withHeader("Content-Type", type);
    }
    if (retryAfter != null && !StubResponder.isSuccess(status)) {
      r = r.withHeader("Retry-After", retryAfter);
    }
    return r;
  }

  private FaultSpec withAnswer(Answer a, int[] s, String type, String text) {
    if (answer != Answer.NORMAL) {
      throw new IllegalStateException(
          "a FaultSpec has one answer; this one already answers " + answer + ", not also " + a);
    }
    return new FaultSpec(path, processed, campaignId, a, s, type, text, delay, dribbleChunks, dribbleTotal,
        retryAfter);
  }

  private static void checkStatus(String field, int status) {
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException(field + ": " + status + " is outside 100..599");
    }
  }

  private static int millis(String field, Duration d) {
    Objects.requireNonNull(d, field);
    if (d.isNegative() || d.compareTo(Duration.ofMillis(Integer.MAX_VALUE)) > 0) {
      throw new IllegalArgumentException(field + ": " + d + " is outside 0.." + Integer.MAX_VALUE + " ms");
    }
    return (int) d.toMillis();
  }
}
