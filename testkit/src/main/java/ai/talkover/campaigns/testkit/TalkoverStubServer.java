package ai.talkover.campaigns.testkit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.Options;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

/**
 * A local, Talkover-compatible HTTP server for tests, built on WireMock: it serves Get Campaign and
 * List Campaigns from campaigns given as JSON, accepts Make Campaign Call and Update Campaign Status
 * (which change those campaigns), checks the Bearer token, injects faults and records requests.
 *
 * <p>It listens on {@code 127.0.0.1} on a free port chosen at start; {@link #baseUrl()} is the
 * equivalent of the documented base URL {@code https://app.talkover.ai/api/v1}. Endpoints:
 *
 * <ul>
 *   <li>{@code GET /api/v1/campaigns/{id}}: 200 {@code {"success":true,"data":<the stored data
 *       object, verbatim>}} ({@code Content-Type: application/json}), or 404
 *       {@code {"success":false,"message":"Campaign not found"}}. The id is the percent-decoded
 *       single path segment; a path with other segments is a plain 404.
 *   <li>{@code GET /api/v1/campaigns}: 200 {@code {"success":true,"data":[...],"pagination":{...}}}
 *       with the filters {@code status}, {@code campaign_type}, {@code agent_id}, {@code search}
 *       (case-insensitive substring of name or description), {@code date_from}/{@code date_to}
 *       ({@code YYYY-MM-DD}, both inclusive, on {@code start_date}: the API docs do not say which
 *       date they filter, the start date is this stub's choice), {@code page} (default 1) and
 *       {@code per_page} (default 20, 1..100). Invalid values get 422 in the documented Laravel
 *       shape ({@code "message":"The given data was invalid.","errors":{field:[...]}}). Items are
 *       listed in the order their ids were first added, each projected onto the documented
 *       list-item fields (no calls, files, cooldowns, DNC fields or {@code end_date};
 *       {@code stats} without {@code average_duration}; {@code call_time_ranges} kept when
 *       present). {@code from}/{@code to} are null on an empty page; {@code last_page} is at least 1.
 *   <li>{@code POST /api/v1/campaigns/{id}/call} (Make Campaign Call): 201 with the documented
 *       body without envelope ({@code {"campaign_call":{id,campaign_id,to,status:"queued",
 *       scheduled_at,created_at},"campaign":{id,name,status}}}), and the call is appended to the
 *       campaign's {@code calls[]} as {@code queued} with {@code retries:0}. A second call to a
 *       {@code to} that has an active or queued call (queued, scheduled, initiated, ringing,
 *       answered, in progress) gets 409 with {@code existing_call}, unless the request says
 *       {@code "allow_duplicates":true}. 404 for an unknown campaign; 422 (Laravel shape) when
 *       {@code to} is missing or not E.164, {@code payload}/{@code context} are not objects, or
 *       {@code is_testing}/{@code allow_duplicates} are not booleans; 400 "Campaign is not active"
 *       when its status is not {@code active}. Each request is atomic: of concurrent calls to one
 *       number exactly one is queued. {@code scheduled_at} is the creation instant unless set by
 *       {@link #scheduleCallsAt(java.time.Instant)}; instants come from {@link Builder#clock}.
 *   <li>{@code PATCH /api/v1/campaigns/{id}/status} (Update Campaign Status): 200
 *       {@code {"success":true,"message":"Campaign status updated successfully","data":{id,status,
 *       updated_at}}} for a documented transition (draft to active or cancelled; active to paused,
 *       completed or cancelled; paused to active, completed or cancelled), which changes the stored
 *       campaign; 400 "Cannot transition from X to Y status" otherwise; 422 for a missing or
 *       undocumented status; 404 for an unknown campaign.
 *   <li>With a {@link Builder#token(String) token}, a request whose {@code Authorization} header is
 *       not {@code Bearer <token>} gets 401 {@code {"success":false,"message":"Unauthorized"}}.
 *       Without one, every request is accepted.
 *   <li>Other methods get 405 (with {@code Allow}); other paths 404.
 * </ul>
 *
 * <p>Faults ({@link #fault(FaultSpec)}) override these answers per path. Every request is recorded
 * (see {@link #requests()}); WireMock's console output is silenced.
 *
 * <p><b>Thread-safety:</b> all methods may be called from any thread, also while requests are being
 * served. <b>Nullness:</b> no argument may be {@code null} unless stated; no method returns
 * {@code null}. The token never appears in {@code toString()} or messages.
 */
public final class TalkoverStubServer implements AutoCloseable {

  private static final int DEFAULT_PRIORITY = 100;

  private final WireMockServer wireMock;
  private final CampaignStore store;
  private final CampaignWrites writes;
  private final StubResponder responder;
  private final RequestLog requests;
  private final FaultStubs faults;
  private final boolean tokenRequired;
  private final AtomicBoolean closed = new AtomicBoolean();

  private TalkoverStubServer(Builder b) {
    this.store = new CampaignStore();
    this.writes = new CampaignWrites(store, b.clock);
    this.tokenRequired = b.token != null;
    this.responder = new StubResponder(store, writes, b.token,
        b.rateLimit == 0 ? null : new RateWindow(b.rateLimit, b.rateWindow, b.clock));
    this.wireMock = new WireMockServer(options()
        .bindAddress("127.0.0.1")
        .dynamicPort()
        .http2PlainDisabled(true)
        .gzipDisabled(true)
        .useChunkedTransferEncoding(Options.ChunkedEncodingPolicy.NEVER)
        .containerThreads(64)
        .jettyStopTimeout(0L)
        .asynchronousResponseEnabled(true)
        .asynchronousResponseThreads(4)
        .notifier(new QuietNotifier())
        .extensionScanningEnabled(false)
        .extensions(responder));
    this.requests = new RequestLog(wireMock);
    this.faults = new FaultStubs(wireMock);
    if (b.fixtures) {
      store.add(TalkoverFixtures.getCampaignData());
      store.add(TalkoverFixtures.updateCampaignResponseData());
    }
    for (String json : b.campaigns) {
      store.add(json);
    }
  }

  /**
   * Starts a server with no token check and no campaigns.
   *
   * @return the running server
   */
  public static TalkoverStubServer start() {
    return builder().start();
  }

  /**
   * A builder for a configured server.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Configures a {@link TalkoverStubServer}. Not thread-safe.
   */
  public static final class Builder {
    private String token;
    private boolean fixtures;
    private java.time.Clock clock = java.time.Clock.systemUTC();
    private final List<String> campaigns = new ArrayList<>();
    private long rateLimit;
    private Duration rateWindow;

    private Builder() {}

    /**
     * The clock of the write endpoints ({@code created_at} of queued calls and {@code updated_at} of
     * status changes, whole seconds) and of the {@linkplain #rateLimit rate limit}'s window and
     * {@code X-RateLimit-Reset}. Default: the system UTC clock.
     *
     * @param clock the clock; not {@code null}
     * @return this
     */
    public Builder clock(java.time.Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Requires {@code Authorization: Bearer <token>} on every request.
     *
     * @param token the token; not blank
     * @return this
     * @throws IllegalArgumentException when blank
     */
    public Builder token(String token) {
      Objects.requireNonNull(token, "token");
      if (token.isBlank()) {
        throw new IllegalArgumentException("token: is blank");
      }
      this.token = token;
      return this;
    }

    /**
     * Serves the bundled documented campaigns: {@code campaign-uuid-1} (the Get Campaign example)
     * and {@code campaign-uuid-2} (the Update Campaign example, Create/Update shape).
     *
     * @return this
     */
    public Builder withFixtures() {
      this.fixtures = true;
      return this;
    }

    /**
     * Enforces a rate limit as a Talkover plan does: at most {@code limit} requests per fixed window
     * (starting with the first request), answered past it with 429 and the List Agents body
     * ({@code "Too many requests. Please try again later."}). Every answer then carries
     * {@code X-RateLimit-Limit}, {@code X-RateLimit-Remaining} and {@code X-RateLimit-Reset} (the Unix
     * second the window resets at; the spec leaves the format open). {@link #rateLimitedCount()}
     * counts the 429s.
     *
     * @param limit requests per window; at least 1
     * @param window the window; positive
     * @return this
     */
    public Builder rateLimit(long limit, Duration window) {
      if (limit < 1) {
        throw new IllegalArgumentException("limit: " + limit + " is not at least 1");
      }
      Objects.requireNonNull(window, "window");
      if (window.isZero() || window.isNegative()) {
        throw new IllegalArgumentException("window: " + window + " is not positive");
      }
      this.rateLimit = limit;
      this.rateWindow = window;
      return this;
    }

    /**
     * Serves one more campaign, as {@link TalkoverStubServer#addCampaign(String)}.
     *
     * @param dataJson the {@code data} object
     * @return this
     */
    public Builder campaign(String dataJson) {
      campaigns.add(Objects.requireNonNull(dataJson, "dataJson"));
      return this;
    }

    /**
     * Starts the server.
     *
     * @return the running server
     * @throws IllegalArgumentException when a campaign given to {@link #campaign(String)} is not a
     *     JSON object with a non-blank string id
     */
    public TalkoverStubServer start() {
      TalkoverStubServer server = new TalkoverStubServer(this);
      try {
        server.wireMock.start();
        server.wireMock.stubFor(any(anyUrl())
            .atPriority(DEFAULT_PRIORITY)
            .willReturn(aResponse().withTransformers(StubResponder.NAME)));
      } catch (RuntimeException e) {
        server.close();
        throw e;
      }
      return server;
    }

    @Override
    public String toString() {
      return "TalkoverStubServer.Builder[token=" + (token == null ? "none" : "***") + ", fixtures="
          + fixtures + ", campaigns=" + campaigns.size() + "]";
    }
  }

  // ------------------------------------------------------------------------------ addresses

  /**
   * The port the server listens on.
   *
   * @return the port
   */
  public int port() {
    return wireMock.port();
  }

  /**
   * The API base URL, the local twin of {@code https://app.talkover.ai/api/v1}. The library's
   * builders ({@code TalkoverCampaigns}, {@code TalkoverHttpCampaignQuery}) accept it as well as
   * {@link #rootUrl()}; a client that appends {@code /api/v1} itself takes {@link #rootUrl()}.
   *
   * @return {@code http://127.0.0.1:<port>/api/v1}, without a trailing slash
   */
  public String baseUrl() {
    return rootUrl() + "/api/v1";
  }

  /**
   * The server root.
   *
   * @return {@code http://127.0.0.1:<port>}, without a trailing slash
   */
  public String rootUrl() {
    return "http://127.0.0.1:" + port();
  }

  // ------------------------------------------------------------------------------ campaigns

  /**
   * Serves a campaign (replacing one with the same id, which keeps its list position).
   *
   * @param dataJson the {@code data} object as JSON text, served verbatim by Get Campaign; only its
   *     {@code id} is required, so invalid campaigns can be served on purpose
   * @return the campaign's id
   * @throws IllegalArgumentException when the text is not a JSON object with a non-blank string
   *     {@code id}
   */
  public String addCampaign(String dataJson) {
    return store.add(dataJson);
  }

  /**
   * Serves the campaign a builder writes.
   *
   * @param campaign the builder; its current fields are copied
   * @return the campaign's id
   * @throws IllegalArgumentException when it has no non-blank string {@code id}
   */
  public String addCampaign(CampaignJsonBuilder campaign) {
    return store.add(campaign.toJson());
  }

  /**
   * Stops serving a campaign.
   *
   * @param campaignId the id
   * @return true when it was served
   */
  public boolean removeCampaign(String campaignId) {
    return store.remove(Objects.requireNonNull(campaignId, "campaignId"));
  }

  /** Stops serving every campaign. */
  public void clearCampaigns() {
    store.clear();
  }

  /**
   * The ids served, in list order.
   *
   * @return an unmodifiable snapshot
   */
  public List<String> campaignIds() {
    return store.ids();
  }

  // --------------------------------------------------------------------------------- faults

  /**
   * Injects a fault (see {@link FaultSpec}). It applies until {@link #clearFaults()}, or, for a
   * status sequence, until the sequence is used up.
   *
   * @param spec the fault
   * @throws IllegalStateException when the server is closed
   */
  public void fault(FaultSpec spec) {
    Objects.requireNonNull(spec, "spec");
    checkOpen();
    faults.add(spec);
  }

  /** Removes every fault; every path answers normally again. */
  public void clearFaults() {
    faults.clear(!closed.get());
  }

  // ------------------------------------------------------------------------------- requests

  /**
   * Requests on the Get Campaign path of an id (any method, any outcome, faults included).
   *
   * @param campaignId the decoded id
   * @return the count since start or {@link #resetRequests()}
   */
  public int requestCount(String campaignId) {
    Objects.requireNonNull(campaignId, "campaignId");
    return count(route -> route.isGetOf(campaignId));
  }

  /**
   * Requests on the Make Campaign Call path of an id (any method, any outcome, faults included):
   * the number of POSTs a call gate sent.
   *
   * @param campaignId the decoded id
   * @return the count since start or {@link #resetRequests()}
   */
  public int callRequestCount(String campaignId) {
    Objects.requireNonNull(campaignId, "campaignId");
    return count(route -> route.is(Route.Kind.CALL, campaignId));
  }

  /**
   * Requests on the Update Campaign Status path of an id (any method, any outcome, faults included).
   *
   * @param campaignId the decoded id
   * @return the count since start or {@link #resetRequests()}
   */
  public int statusRequestCount(String campaignId) {
    Objects.requireNonNull(campaignId, "campaignId");
    return count(route -> route.is(Route.Kind.STATUS, campaignId));
  }

  /**
   * The bodies of the requests on the Make Campaign Call path of an id, oldest first.
   *
   * @param campaignId the decoded id
   * @return an unmodifiable snapshot of the bodies as sent (UTF-8)
   */
  public List<String> callRequestBodies(String campaignId) {
    Objects.requireNonNull(campaignId, "campaignId");
    return requests.bodies(route -> route.is(Route.Kind.CALL, campaignId));
  }

  /**
   * The {@code scheduled_at} Make Campaign Call answers for calls queued from now on (the real API
   * schedules by the campaign's own zone and windows only).
   *
   * @param at the instant; nullable: each call's creation instant (the default)
   */
  public void scheduleCallsAt(java.time.Instant at) {
    writes.scheduleCallsAt(at);
  }

  /**
   * Requests on the List Campaigns path (any query, method or outcome).
   *
   * @return the count since start or {@link #resetRequests()}
   */
  public int listRequestCount() {
    return count(route -> route.kind() == Route.Kind.LIST);
  }

  /**
   * Ends the current rate-limit window: the next request starts a new one with the full limit, as if
   * the window's time had passed (a test of a minute-long window need not wait a minute).
   */
  public void rollOverRateLimitWindow() {
    responder.rollOverRateLimit();
  }

  /**
   * Requests the rate limit ({@link Builder#rateLimit}) answered with 429.
   *
   * @return the count since start (0 without a rate limit)
   */
  public long rateLimitedCount() {
    return responder.rateLimited();
  }

  /**
   * Every request received.
   *
   * @return the count since start or {@link #resetRequests()}
   */
  public int totalRequestCount() {
    return requests.total();
  }

  /** Forgets every recorded request (counts restart from 0). Campaigns and faults stay. */
  public void resetRequests() {
    requests.reset();
  }

  /**
   * The requests received, oldest first. A request is recorded before its response is sent, so
   * once a client has its response (or its connection failure), the request is here.
   *
   * @return an unmodifiable snapshot
   */
  public List<RecordedRequest> requests() {
    return requests.all();
  }

  /**
   * The most recent request.
   *
   * @return the request, or empty when none was received since start or {@link #resetRequests()}
   */
  public Optional<RecordedRequest> lastRequest() {
    return requests.last();
  }

  private int count(Predicate<Route> which) {
    return requests.count(which);
  }

  // ------------------------------------------------------------------------------ lifecycle

  /**
   * Whether the server is accepting requests.
   *
   * @return false once closed
   */
  public boolean isRunning() {
    return !closed.get() && wireMock.isRunning();
  }

  /** Stops the server and frees its port. Idempotent. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      wireMock.stop();
    }
  }

  private void checkOpen() {
    if (closed.get()) {
      throw new IllegalStateException("the stub server is closed");
    }
  }

  @Override
  public String toString() {
    return "TalkoverStubServer[" + (isRunning() ? baseUrl() : "closed") + ", token="
        + (tokenRequired ? "required" : "none") + ", campaigns=" + store.ids().size() + "]";
  }
}
