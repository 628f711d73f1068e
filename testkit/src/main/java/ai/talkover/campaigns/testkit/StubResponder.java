package ai.talkover.campaigns.testkit;

import ai.talkover.campaigns.json.TalkoverJsonWriter;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The WireMock extension that answers like the Talkover API from a {@link CampaignStore}: routing,
 * Bearer authentication, Get Campaign, List Campaigns (validation, filters, pagination), and the
 * write endpoints of {@link CampaignWrites}. Stubs opt in
 * with {@code withTransformers(NAME)}; their fixed delay or dribble is kept, and a {@link #MODE}
 * parameter can damage the answer (see {@link FaultSpec}). Thread-safe.
 */
final class StubResponder implements ResponseDefinitionTransformerV2 {

  static final String NAME = "talkover-stub";
  /** Transformer parameter: how to damage the normal answer. */
  static final String MODE = "talkover-mode";
  /** Transformer parameter: a Retry-After value added to non-2xx answers. */
  static final String RETRY_AFTER = "talkover-retry-after";
  static final String MODE_SERVE = "serve";
  static final String MODE_TRUNCATE_BODY = "truncate-body";
  static final String MODE_TRUNCATE_TRANSFER = "truncate-transfer";
  /** Process the request, then answer {@link #FAIL_STATUS} with its error body. */
  static final String MODE_PROCESS_THEN_STATUS = "process-then-status";
  /** Process the request, then reset the connection. */
  static final String MODE_PROCESS_THEN_RESET = "process-then-reset";
  /** Process the request, then close the connection with nothing sent. */
  static final String MODE_PROCESS_THEN_EMPTY = "process-then-empty";
  /** Transformer parameter: the status of {@link #MODE_PROCESS_THEN_STATUS}. */
  static final String FAIL_STATUS = "talkover-fail-status";

  static final String JSON = "application/json";
  private static final String NOT_FOUND_BODY = TalkoverJsonWriter.writeFailure("Not Found");
  private static final String NOT_ALLOWED_BODY = TalkoverJsonWriter.writeFailure("Method Not Allowed");

  private final CampaignStore store;
  private final CampaignWrites writes;
  private final byte[] token;
  private final RateWindow rateWindow;

  /**
   * Creates the responder.
   *
   * @param store the campaigns
   * @param writes the write endpoints on the same store
   * @param token the expected Bearer token; null to accept any request
   * @param rateWindow the rate limit enforced; null for none
   */
  StubResponder(CampaignStore store, CampaignWrites writes, String token, RateWindow rateWindow) {
    this.store = store;
    this.writes = writes;
    this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
    this.rateWindow = rateWindow;
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean applyGlobally() {
    return false;
  }

  @Override
  public ResponseDefinition transform(ServeEvent serveEvent) {
    Answer answer = answer(serveEvent.getRequest());
    Parameters p = serveEvent.getTransformerParameters();
    String mode = p == null ? MODE_SERVE : p.getString(MODE, MODE_SERVE);
    String retryAfter = p == null ? null : p.getString(RETRY_AFTER, null);
    if (MODE_PROCESS_THEN_RESET.equals(mode) || MODE_PROCESS_THEN_EMPTY.equals(mode)) {
      return ResponseDefinitionBuilder.like(serveEvent.getResponseDefinition())
          .withFault(MODE_PROCESS_THEN_RESET.equals(mode) ? Fault.CONNECTION_RESET_BY_PEER
              : Fault.EMPTY_RESPONSE)
          .build();
    }
    if (MODE_PROCESS_THEN_STATUS.equals(mode)) {
      int status = p.getInt(FAIL_STATUS);
      answer = new Answer(status, TalkoverFixtures.errorBody(status));
    }

    byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
    List<HttpHeader> headers = new ArrayList<>();
    HttpHeaders stubHeaders = serveEvent.getResponseDefinition().getHeaders();
    if (stubHeaders != null) {
      headers.addAll(stubHeaders.all());
    }
    headers.add(HttpHeader.httpHeader("Content-Type", JSON));
    answer.extraHeaders().forEach((k, v) -> headers.add(HttpHeader.httpHeader(k, v)));
    if (retryAfter != null && !isSuccess(answer.status())) {
      headers.add(HttpHeader.httpHeader("Retry-After", retryAfter));
    }
    if (MODE_TRUNCATE_BODY.equals(mode)) {
      body = half(body);
    } else if (MODE_TRUNCATE_TRANSFER.equals(mode)) {
      // Declare the full length, send half: the peer sees the connection end mid-body.
      headers.add(HttpHeader.httpHeader("Content-Length", Integer.toString(body.length)));
      body = half(body);
    }
    return ResponseDefinitionBuilder.like(serveEvent.getResponseDefinition())
        .withStatus(answer.status())
        .withHeaders(new HttpHeaders(headers))
        .withBody(body)
        .build();
  }

  static boolean isSuccess(int status) {
    return status >= 200 && status < 300;
  }

  private static byte[] half(byte[] body) {
    byte[] out = new byte[Math.max(1, body.length / 2)];
    System.arraycopy(body, 0, out, 0, Math.min(out.length, body.length));
    return out;
  }

  /** A status, a JSON body and extra headers. */
  private record Answer(int status, String body, Map<String, String> extraHeaders) {
    Answer(int status, String body) {
      this(status, body, Map.of());
    }
  }

  private Answer answer(Request request) {
    if (rateWindow == null) {
      return answerUnlimited(request);
    }
    RateWindow.Verdict v = rateWindow.take();
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("X-RateLimit-Limit", Long.toString(v.limit()));
    headers.put("X-RateLimit-Remaining", Long.toString(v.remaining()));
    headers.put("X-RateLimit-Reset", Long.toString(v.resetEpochSecond()));
    Answer a = v.allowed() ? answerUnlimited(request) : new Answer(429, RATE_LIMITED_BODY);
    headers.putAll(a.extraHeaders());
    return new Answer(a.status(), a.body(), headers);
  }

  private static final String RATE_LIMITED_BODY =
      TalkoverJsonWriter.writeFailure("Too many requests. Please try again later.");

  /** Starts a new rate-limit window with the next request (no-op without a limit). */
  void rollOverRateLimit() {
    if (rateWindow != null) {
      rateWindow.rollOver();
    }
  }

  /** How many requests the rate limit refused with 429 (0 without a limit). */
  long rateLimited() {
    return rateWindow == null ? 0 : rateWindow.refused();
  }

  private Answer answerUnlimited(Request request) {
    Route route = Route.of(request.getUrl());
    if (route.kind() == Route.Kind.NONE) {
      return new Answer(404, NOT_FOUND_BODY);
    }
    RequestMethod method = request.getMethod();
    String allowed = allowedMethods(route.kind());
    boolean allowedMethod = route.kind() == Route.Kind.CALL ? RequestMethod.POST.equals(method)
        : route.kind() == Route.Kind.STATUS ? RequestMethod.PATCH.equals(method)
        : RequestMethod.GET.equals(method) || RequestMethod.HEAD.equals(method);
    if (!allowedMethod) {
      return new Answer(405, NOT_ALLOWED_BODY, Map.of("Allow", allowed));
    }
    if (!authorised(request)) {
      return new Answer(401, TalkoverFixtures.errorBody(401));
    }
    if (route.kind() == Route.Kind.LIST) {
      return list(request);
    }
    if (route.kind() == Route.Kind.CALL || route.kind() == Route.Kind.STATUS) {
      CampaignWrites.Reply r = route.kind() == Route.Kind.CALL
          ? writes.makeCall(route.campaignId(), request.getBodyAsString())
          : writes.updateStatus(route.campaignId(), request.getBodyAsString());
      return new Answer(r.status(), r.body());
    }
    return store.get(route.campaignId())
        .map(c -> new Answer(200, "{\"success\":true,\"data\":" + c.dataJson() + "}"))
        .orElseGet(() -> new Answer(404, TalkoverFixtures.errorBody(404)));
  }

  private static String allowedMethods(Route.Kind kind) {
    switch (kind) {
      case CALL:
        return "POST";
      case STATUS:
        return "PATCH";
      default:
        return "GET, HEAD";
    }
  }

  private boolean authorised(Request request) {
    if (token == null) {
      return true;
    }
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return false;
    }
    byte[] given = header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(given, token);
  }

  private Answer list(Request request) {
    ListQuery.Parsed parsed = ListQuery.parse(name -> lastValue(request, name));
    if (!parsed.valid()) {
      return new Answer(422, parsed.errorBody());
    }
    ListQuery.Page<CampaignStore.Stored> page =
        parsed.query().apply(store.snapshot(), CampaignStore.Stored::facts);
    List<Object> items = new ArrayList<>(page.items().size());
    page.items().forEach(s -> items.add(s.listItem()));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("success", true);
    body.put("data", items);
    body.put("pagination", page.paginationBlock());
    return new Answer(200, JsonValues.write(body));
  }

  /** The last value of a repeated parameter wins, as in PHP. */
  private static String lastValue(Request request, String name) {
    QueryParameter q = request.queryParameter(name);
    if (q == null || !q.isPresent()) {
      return null;
    }
    return Optional.ofNullable(q.values())
        .filter(v -> !v.isEmpty())
        .map(v -> v.get(v.size() - 1))
        .orElse(null);
  }
}
