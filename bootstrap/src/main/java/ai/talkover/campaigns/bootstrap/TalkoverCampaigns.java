package ai.talkover.campaigns.bootstrap;

import ai.talkover.campaigns.adapter.cache.CacheStatistics;
import ai.talkover.campaigns.adapter.cache.CachingCampaignQuery;
import ai.talkover.campaigns.adapter.cache.StaleServeListener;
import ai.talkover.campaigns.adapter.http.TalkoverHttpCampaignQuery;
import ai.talkover.campaigns.application.port.in.CallIfEligibleUseCase;
import ai.talkover.campaigns.application.port.in.DecideEligibilityUseCase;
import ai.talkover.campaigns.application.port.in.PlanContactsUseCase;
import ai.talkover.campaigns.application.port.in.UpdateCampaignStatusUseCase;
import ai.talkover.campaigns.application.port.out.CampaignQuery;
import ai.talkover.campaigns.application.service.CampaignStatusService;
import ai.talkover.campaigns.adapter.redis.FleetStatistics;
import ai.talkover.campaigns.adapter.redis.RedisFleet;
import ai.talkover.campaigns.application.port.out.AttemptLedger;
import ai.talkover.campaigns.application.port.out.RateLimit;
import ai.talkover.campaigns.application.port.out.RequestBudget;
import ai.talkover.campaigns.application.service.EligibilityService;
import ai.talkover.campaigns.application.service.call.CallGateService;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import ai.talkover.campaigns.domain.compliance.CompliancePolicies;
import ai.talkover.campaigns.domain.eligibility.DoNotCallList;
import ai.talkover.campaigns.domain.eligibility.EligibilityEngine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one-line wiring of the library: a cached, resilient {@link CampaignQuery} over the Talkover API
 * and the use cases "decide for a number", "plan a contact list", "call if eligible" (the compliance
 * gate) and "set a campaign's status" on top of it.
 *
 * <pre>{@code
 * try (TalkoverCampaigns talkover = TalkoverCampaigns.builder().fromEnvironment().build()) {
 *   Decision d = talkover.eligibility().decide(CampaignId.of("campaign-uuid-1"), Contact.of("+15550000001"));
 * }
 * }</pre>
 *
 * <p>Thread-safe: build one instance per application and share it. {@link #close()} releases the HTTP
 * connection pool. The API token is never logged or printed, {@link #toString()} included.
 */
public final class TalkoverCampaigns implements AutoCloseable {

  /** The environment variable holding the API token. */
  public static final String TOKEN_VARIABLE = "TALKOVER_API_TOKEN";
  /** The environment variable holding the API base URL (optional). */
  public static final String BASE_URL_VARIABLE = "TALKOVER_BASE_URL";
  /** The environment variable that turns on fleet mode: {@code redis://host:port[/db]} (optional). */
  public static final String REDIS_URL_VARIABLE = "TALKOVER_REDIS_URL";
  /** The environment variable holding the API request budget, for example {@code 100/min} (optional). */
  public static final String RATE_LIMIT_VARIABLE = "TALKOVER_RATE_LIMIT";

  private static final Logger LOG = LoggerFactory.getLogger(TalkoverCampaigns.class);

  private final TalkoverHttpCampaignQuery http;
  private final LastFetchRecorder fetches;
  private final CachingCampaignQuery cache;
  private final RedisFleet fleet;
  private final AttemptLedger ledger;
  private final EligibilityService service;
  private final Clock clock;
  private final CallGateService gate;
  private final CampaignStatusService statusService;
  private final String description;

  private TalkoverCampaigns(Settings s) {
    this.clock = s.clock;
    this.fleet = FleetWiring.fleet(s);
    RequestBudget budget = FleetWiring.budget(s, fleet);
    this.http = HttpWiring.httpQuery(s, budget);
    this.fetches = new LastFetchRecorder(http, clock);
    this.cache = CacheWiring.cache(s, FleetWiring.behindCache(s, fleet, fetches, http));
    this.ledger = fleet == null ? AttemptLedger.none() : fleet.attemptLedger();
    if (fleet != null) {
      fleet.onInvalidation(cache::invalidate);
    }
    if (s.meterRegistry != null) {
      MicrometerBinding.bind(s.meterRegistry, http, cache);
      if (fleet != null) {
        MicrometerBinding.bindFleet(s.meterRegistry, fleet);
      }
    }
    EligibilityEngine engine = s.policies == null || s.policies.isEmpty()
        ? EligibilityEngine.standard()
        : EligibilityEngine.withPolicies(s.policies, RecipientZones.forPolicies(s.policies));
    this.service = new EligibilityService(cache, s.doNotCallList, clock, engine,
        fleet == null ? null : ledger);
    CampaignQuery writeSide = fleet == null ? cache : new FleetInvalidatingQuery(cache, fleet);
    this.gate = callGate(s, writeSide, engine);
    this.statusService = new CampaignStatusService(writeSide, http);
    this.description = "TalkoverCampaigns[http=" + http + ", cache=" + cache + ", policies="
        + (s.policies == null ? "none" : s.policies) + ", budget=" + budget
        + (fleet == null ? "" : ", fleet=" + fleet) + "]";
    LOG.debug("Talkover client ready: {}", description);
  }

  private CallGateService callGate(Settings s, CampaignQuery writeSide, EligibilityEngine engine) {
    CallGateService.Builder gb = CallGateService.builder(writeSide, http, clock)
        .doNotCallList(s.doNotCallList)
        .engine(engine);
    if (s.callHold != null) {
      gb.hold(s.callHold);
    }
    if (fleet != null) {
      gb.fleet(ledger);
      if (s.policies != null) {
        s.policies.attemptCap().ifPresent(gb::fleetAttemptCap);
      }
    }
    return gb.build();
  }

  /**
   * A builder with the documented defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The cached, resilient campaign reader: a cache hit never touches the network.
   *
   * @return the query; thread-safe
   */
  public CampaignQuery campaigns() {
    return cache;
  }

  /**
   * "Decide for a number of campaign X", now by the configured clock or at a given instant.
   *
   * @return the use case; thread-safe
   */
  public DecideEligibilityUseCase eligibility() {
    return service;
  }

  /**
   * "Plan these contacts for campaign X", now by the configured clock or at a given instant.
   *
   * @return the use case; thread-safe
   */
  public PlanContactsUseCase planner() {
    return service;
  }

  /**
   * "Call this number of campaign X if the rules allow it now": the compliance gate. It decides on
   * a fresh read of the campaign, holds the number while it sends one Make Campaign Call (never with
   * {@code allow_duplicates}), and never sends again blind after an uncertain failure. In fleet
   * mode it also reserves the number fleet-wide in the attempt ledger (refused with
   * {@code FLEET_UNAVAILABLE}, nothing sent, when Redis is down) and invalidates the campaign on
   * every node after a call.
   *
   * @return the use case; thread-safe
   */
  public CallIfEligibleUseCase calls() {
    return gate;
  }

  /**
   * "Set the status of campaign X", checked against the documented transitions before it is sent.
   *
   * @return the use case; thread-safe
   */
  public UpdateCampaignStatusUseCase statusUpdates() {
    return statusService;
  }

  /**
   * The cache's counters.
   *
   * @return hits, misses, loads, load failures, stale serves, evictions
   */
  public CacheStatistics cacheStatistics() {
    return cache.statistics();
  }

  /**
   * A snapshot of the client's state for health checks: the circuit breaker, the cache and when the
   * API last answered. Reading it never calls the API.
   *
   * @return the snapshot, taken now by the configured clock
   */
  public ClientHealth health() {
    CircuitBreaker.State state = http.circuitBreaker().getState();
    boolean permitted = state != CircuitBreaker.State.OPEN && state != CircuitBreaker.State.FORCED_OPEN;
    return new ClientHealth(clock.instant(), state.name(), permitted, cache.statistics(),
        cache.caffeineCache().estimatedSize(), fetches.lastSuccess());
  }

  /**
   * Drops one campaign from the cache (for example after a webhook said it changed).
   *
   * @param id the campaign; not {@code null}
   */
  public void invalidate(CampaignId id) {
    cache.invalidate(id);
    if (fleet != null) {
      fleet.invalidate(id);
    }
  }

  /**
   * The fleet's attempt ledger, for the call gate: reserve a number fleet-wide before dialling
   * ({@link AttemptLedger#tryReserve}, which fails closed when Redis is down) and release it with the
   * outcome. Without fleet mode, {@link AttemptLedger#none()}.
   *
   * @return the ledger; thread-safe
   */
  public AttemptLedger attemptLedger() {
    return ledger;
  }

  /**
   * Fleet mode's counters (shared-tier hits and misses, leases, budget waits and refusals, Redis
   * errors).
   *
   * @return the counters, or empty without fleet mode
   */
  public Optional<FleetStatistics> fleetStatistics() {
    return fleet == null ? Optional.empty() : Optional.of(fleet.statistics());
  }

  /**
   * Waits until fleet mode's Redis connection is open (at startup, or after an outage; reads never
   * need it, they fall back to node-local behaviour).
   *
   * @param timeout the longest wait; not {@code null}
   * @return true when connected; false on timeout or without fleet mode
   */
  public boolean awaitFleetConnected(Duration timeout) {
    return fleet != null && fleet.awaitConnected(timeout);
  }

  /** Drops every campaign from the cache. */
  public void invalidateAll() {
    cache.invalidateAll();
  }

  /** Releases the HTTP connection pool. */
  @Override
  public void close() {
    http.close();
    if (fleet != null) {
      fleet.close();
    }
  }

  @Override
  public String toString() {
    return description;
  }

  /**
   * Configures {@link TalkoverCampaigns}. Every setting has the documented default except the token,
   * which is required. Not thread-safe.
   */
  public static final class Builder {
    private final Settings s = new Settings();

    private Builder() {}

    /**
     * Reads {@code TALKOVER_API_TOKEN}, {@code TALKOVER_BASE_URL}, {@code TALKOVER_REDIS_URL} (fleet
     * mode) and {@code TALKOVER_RATE_LIMIT} from the process environment; a variable that is not set
     * leaves the setting as it is.
     *
     * @return this
     * @throws IllegalArgumentException when the Redis URL or the rate limit is malformed (the message
     *     names the variable and masks any password)
     */
    public Builder fromEnvironment() {
      return environment(System.getenv());
    }

    /**
     * Reads {@code TALKOVER_API_TOKEN}, {@code TALKOVER_BASE_URL}, {@code TALKOVER_REDIS_URL} and
     * {@code TALKOVER_RATE_LIMIT} from a map (for tests and for applications with their own
     * configuration source).
     *
     * @param env the variables; not {@code null}
     * @return this
     * @throws IllegalArgumentException when the Redis URL or the rate limit is malformed (the message
     *     names the variable and masks any password)
     */
    public Builder environment(Map<String, String> env) {
      Objects.requireNonNull(env, "env");
      String t = env.get(TOKEN_VARIABLE);
      if (t != null && !t.isBlank()) {
        s.token = t.trim();
      }
      String url = env.get(BASE_URL_VARIABLE);
      if (url != null && !url.isBlank()) {
        s.baseUrl = url.trim();
      }
      String redis = env.get(REDIS_URL_VARIABLE);
      if (redis != null && !redis.isBlank()) {
        s.fleet(REDIS_URL_VARIABLE, redis);
      }
      String rate = env.get(RATE_LIMIT_VARIABLE);
      if (rate != null && !rate.isBlank()) {
        s.rateLimit = RateLimit.parse(RATE_LIMIT_VARIABLE, rate);
      }
      return this;
    }

    /**
     * Fleet mode: many nodes share one Redis for the campaigns they read (one fetch per campaign and
     * refresh interval for the whole fleet), one API request budget (default {@code 100/min}), the
     * invalidations and the attempt ledger. Also set by {@code TALKOVER_REDIS_URL}.
     *
     * @param url {@code redis://host:port[/db]}, {@code rediss://} for TLS, an optional
     *     {@code user:password@} (never printed)
     * @return this
     * @throws IllegalArgumentException when the URL is not of that form (the password masked)
     */
    public Builder fleet(String url) {
      s.fleet("fleet", Objects.requireNonNull(url, "url"));
      return this;
    }

    /**
     * The API request budget: at most this many requests per period, shared by the fleet in fleet
     * mode (default {@code 100/min} there), else for this process only (default: no budget). A
     * request that would exceed it waits within the call's deadline or fails with the "local budget"
     * {@link ai.talkover.campaigns.application.port.out.RateLimitedException}. Also set by
     * {@code TALKOVER_RATE_LIMIT}.
     *
     * @param limit the limit, for example {@link RateLimit#STANDARD}
     * @return this
     */
    public Builder rateLimit(RateLimit limit) {
      s.rateLimit = Objects.requireNonNull(limit, "limit");
      return this;
    }

    /**
     * {@link #rateLimit(RateLimit)} as text.
     *
     * @param limit {@code 100/min}, {@code 1000/min}, {@code 10/s} ...
     * @return this
     * @throws IllegalArgumentException when it is not a rate
     */
    public Builder rateLimit(String limit) {
      s.rateLimit = RateLimit.parse("rateLimit", Objects.requireNonNull(limit, "limit"));
      return this;
    }

    /** @param token the API token (environment token {@code talq_…}); never printed @return this */
    public Builder token(String token) {
      s.token = Objects.requireNonNull(token, "token");
      return this;
    }

    /**
     * @param url the API base URL, default {@code https://app.talkover.ai}; the root or the root plus
     *     {@code /api/v1} (both work)
     * @return this
     */
    public Builder baseUrl(String url) {
      s.baseUrl = Objects.requireNonNull(url, "url");
      return this;
    }

    /** @param allow whether a non-loopback {@code http://} base URL is accepted (default false) @return this */
    public Builder allowInsecureHttp(boolean allow) {
      s.allowInsecureHttp = allow;
      return this;
    }

    /**
     * Sends every API request through this HTTP proxy ({@code CONNECT} tunnels for https). Without
     * it the JVM's proxy settings apply: {@code https.proxyHost}, {@code https.proxyPort},
     * {@code http.nonProxyHosts} (and the {@code http.} pair for an http base URL).
     *
     * @param host the proxy host; not blank
     * @param port the proxy port, 1..65535
     * @return this
     */
    public Builder proxy(String host, int port) {
      s.proxyHost = Objects.requireNonNull(host, "host");
      s.proxyPort = port;
      return this;
    }

    /** @param d connect timeout, default 2 s @return this */
    public Builder connectTimeout(Duration d) {
      s.connectTimeout = d;
      return this;
    }

    /** @param d response (socket) timeout, default 5 s @return this */
    public Builder responseTimeout(Duration d) {
      s.responseTimeout = d;
      return this;
    }

    /** @param d connection-pool lease timeout, default 2 s @return this */
    public Builder poolLeaseTimeout(Duration d) {
      s.poolLeaseTimeout = d;
      return this;
    }

    /** @param d overall deadline of one call, every retry included, default 15 s @return this */
    public Builder deadline(Duration d) {
      s.deadline = d;
      return this;
    }

    /** @param connections pooled HTTP connections, default 20 @return this */
    public Builder maxConnections(int connections) {
      s.maxConnections = connections;
      return this;
    }

    /**
     * The wait after a failed attempt when the server named none, as a Resilience4j interval
     * function; default exponential random backoff, 200 ms doubling to 2 s, randomised by half.
     *
     * @param backoff not {@code null}
     * @return this
     */
    public Builder backoff(IntervalFunction backoff) {
      s.backoff = Objects.requireNonNull(backoff, "backoff");
      return this;
    }

    /**
     * Adjusts Resilience4j's {@link RetryConfig} (for example {@code r -> r.maxAttempts(5)}); the
     * retry predicate and the interval stay the adapter's (see
     * {@link TalkoverHttpCampaignQuery.Builder#retry}).
     *
     * @param customizer not {@code null}
     * @return this
     */
    public Builder retry(Consumer<RetryConfig.Builder<Object>> customizer) {
      s.retry = Objects.requireNonNull(customizer, "customizer");
      return this;
    }

    /**
     * Adjusts Resilience4j's {@link CircuitBreakerConfig} (window, failure rate, waits, half-open
     * calls); which failures count stays the adapter's (see
     * {@link TalkoverHttpCampaignQuery.Builder#circuitBreaker}).
     *
     * @param customizer not {@code null}
     * @return this
     */
    public Builder circuitBreaker(Consumer<CircuitBreakerConfig.Builder> customizer) {
      s.circuitBreaker = Objects.requireNonNull(customizer, "customizer");
      return this;
    }

    /** @param size the most campaigns cached, default 10,000 @return this */
    public Builder cacheMaximumSize(long size) {
      s.cacheMaximumSize = size;
      return this;
    }

    /** @param d how long a campaign is fresh, default 5 min @return this */
    public Builder cacheExpireAfterWrite(Duration d) {
      s.cacheExpireAfterWrite = d;
      return this;
    }

    /** @param d age after which a background reload starts, default 30 s @return this */
    public Builder cacheRefreshAfterWrite(Duration d) {
      s.cacheRefreshAfterWrite = d;
      return this;
    }

    /** @param d how long a stale campaign may be served while the API fails, default 1 h @return this */
    public Builder cacheMaxStaleness(Duration d) {
      s.cacheMaxStaleness = d;
      return this;
    }

    /** @param d how long "not found" is remembered, default 30 s @return this */
    public Builder cacheNotFoundTtl(Duration d) {
      s.cacheNotFoundTtl = d;
      return this;
    }

    /** @param ticker the cache's time source, default the system ticker @return this */
    public Builder cacheTicker(Ticker ticker) {
      s.cacheTicker = ticker;
      return this;
    }

    /** @param executor runs background reloads, default the common pool @return this */
    public Builder cacheExecutor(Executor executor) {
      s.cacheExecutor = executor;
      return this;
    }

    /** @param listener told whenever a stale campaign is served @return this */
    public Builder staleServeListener(StaleServeListener listener) {
      s.staleServeListener = listener;
      return this;
    }

    /** @param clock the source of "now" for the use cases and the HTTP deadline, default UTC system clock @return this */
    public Builder clock(Clock clock) {
      s.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** @param list the caller's do-not-call list, default empty @return this */
    public Builder doNotCallList(DoNotCallList list) {
      s.doNotCallList = Objects.requireNonNull(list, "list");
      return this;
    }

    /**
     * @param policies opt-in compliance policies, default none; those that read the recipient's
     *     zone (recipient hours, blackouts in the recipient's zone) need libphonenumber, which
     *     talkover-campaigns-adapter-phone brings; the others run without it
     * @return this
     */
    public Builder policies(CompliancePolicies policies) {
      s.policies = Objects.requireNonNull(policies, "policies");
      return this;
    }

    /**
     * @param hold how long the call gate blocks a number after an attempt whose outcome is unknown,
     *     default 15 min
     * @return this
     */
    public Builder callHold(Duration hold) {
      s.callHold = Objects.requireNonNull(hold, "hold");
      return this;
    }

    /**
     * Binds Caffeine's cache metrics, Resilience4j's retry and breaker metrics, and HTTP timings
     * ({@code talkover.http.client.requests}) to a registry. Needs only micrometer-core; the retry
     * and breaker meters are bound when {@code io.github.resilience4j:resilience4j-micrometer} is on
     * the class path too (logged at INFO when it is not).
     *
     * @param registry the registry
     * @return this
     */
    public Builder meterRegistry(io.micrometer.core.instrument.MeterRegistry registry) {
      s.meterRegistry = Objects.requireNonNull(registry, "registry");
      return this;
    }

    /**
     * Builds the wiring.
     *
     * @return the wired library
     * @throws IllegalStateException when no token was given, or when a policy reads the
     *     recipient's zone and libphonenumber is not on the class path
     * @throws IllegalArgumentException when a setting is invalid (the message names it)
     */
    public TalkoverCampaigns build() {
      if (s.token == null || s.token.isBlank()) {
        throw new IllegalStateException("token: required (set " + TOKEN_VARIABLE
            + " or call token(...))");
      }
      return new TalkoverCampaigns(s);
    }

    /** The settings, the token masked and the base URL shown the way the HTTP adapter's builder shows it. */
    @Override
    public String toString() {
      return "TalkoverCampaigns.Builder[token=" + (s.token == null ? "(none)" : "***") + ", http="
          + HttpWiring.describe(s) + ", deadline=" + s.deadline + ", policies=" + (s.policies == null ? "none" : s.policies)
          + (s.redisUrlMasked == null ? "" : ", fleet=" + s.redisUrlMasked)
          + (s.rateLimit == null ? "" : ", rateLimit=" + s.rateLimit) + "]";
    }

  }
}
