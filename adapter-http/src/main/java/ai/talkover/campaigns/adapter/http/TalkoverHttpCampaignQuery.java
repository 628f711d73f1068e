package ai.talkover.campaigns.adapter.http;

import ai.talkover.campaigns.application.port.out.CampaignFilter;
import ai.talkover.campaigns.application.port.out.CampaignNotFoundException;
import ai.talkover.campaigns.application.port.out.CampaignPage;
import ai.talkover.campaigns.application.port.out.CampaignQuery;
import ai.talkover.campaigns.application.port.out.CampaignQueryException.Context;
import ai.talkover.campaigns.application.port.out.CampaignQueryException;
import ai.talkover.campaigns.application.port.out.InvalidCampaignResponseException;
import ai.talkover.campaigns.application.port.out.InvalidResponseException;
import ai.talkover.campaigns.application.port.out.NetworkException;
import ai.talkover.campaigns.application.port.out.Pagination;
import ai.talkover.campaigns.application.port.out.RateLimitedException;
import ai.talkover.campaigns.application.port.out.ServerErrorException;
import ai.talkover.campaigns.application.port.out.ServiceUnavailableException;
import ai.talkover.campaigns.application.port.out.UnauthorizedException;
import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.core5.http.HttpHost;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link CampaignQuery} over the Talkover REST API ({@code GET /api/v1/campaigns/{id}} and
 * {@code GET /api/v1/campaigns}): the one entry point of this adapter. Build it with
 * {@link #builder()}; close it to release its connection pool and watchdog thread.
 *
 * <p><b>What one call does.</b> Each call has one overall deadline (default 15 s) that covers every
 * attempt, every wait between attempts and the reading of every body; a body that trickles in is cut
 * when the deadline passes. Attempts run through a Resilience4j {@link Retry} (default 3 attempts)
 * wrapped around a {@link CircuitBreaker}: network failures, HTTP 408, 429 and 5xx are retried after
 * an exponential backoff with jitter (200 ms doubling to 2 s by default), or after the delay the API
 * asked for ({@code Retry-After} in seconds or as an HTTP date, or the body's
 * {@code details.retry_after}); when that wait would not end before the deadline the call fails at
 * once instead of waiting. Other 4xx answers and bad bodies are never retried. When the circuit is
 * open no request is sent and the call fails with {@link ServiceUnavailableException}. The breaker
 * counts network failures, timeouts and 5xx (and 408) as failures; no other answer counts either
 * way. Waits go through the injected {@link Sleeper}, and time is read from the injected
 * {@link Clock}, so tests need not sleep.
 *
 * <p><b>What a response must be.</b> A success is a 2xx JSON body {@code {"success":true,"data":...}}
 * (a missing {@code success} is tolerated); a campaign in either documented shape (Get/List or
 * Create/Update) is mapped into {@link Campaign#builder()} so the domain validates it. Fields and
 * enum values the library does not know are kept, at every level: the campaign's in
 * {@link Campaign#unknownFields()}, those of the nested {@code agent}, {@code stats},
 * {@code calls[]}, {@code files[]} and {@code call_time_ranges[]} objects in the matching domain
 * type (see {@link Campaign#callTimeRangeUnknownFields()} for the ranges), and those of the list's
 * {@code pagination} block in {@link Pagination#unknownFields()}. Bodies are capped (default
 * 16 MiB) and parsed under Jackson stream limits (nesting depth 64, strings of 1 MiB); redirects are
 * not followed.
 *
 * <p><b>Failures.</b> Every failure is a {@link CampaignQueryException}: 401/403
 * {@link UnauthorizedException}, 404 {@link CampaignNotFoundException}, 429
 * {@link RateLimitedException}, 5xx and 408 {@link ServerErrorException}, other statuses and bad
 * bodies {@link InvalidResponseException}, no usable response {@link NetworkException}, open circuit
 * {@link ServiceUnavailableException}, a campaign that breaks the domain's rules
 * {@link InvalidCampaignResponseException}. Each carries the status, the campaign id, the attempts
 * made, the API's message and a body snippet of at most 512 characters.
 *
 * <p><b>The token</b> is sent only in the {@code Authorization} header. It never appears in an
 * exception message, a {@code toString()} or a log line of this library (it is masked in body
 * snippets that echo it). Apache HttpClient's own {@code org.apache.hc.client5.http.headers} and
 * {@code org.apache.hc.client5.http.wire} loggers print request headers at DEBUG level: keep them
 * above DEBUG in production.
 *
 * <p><b>Thread-safety:</b> safe for concurrent use by any number of threads. <b>Nullness:</b> no
 * argument may be {@code null} and no method returns {@code null}.
 */
public final class TalkoverHttpCampaignQuery implements CampaignQuery, AutoCloseable {

  /** The documented API host. */
  public static final String DEFAULT_BASE_URL = "https://app.talkover.ai";

  private static final Logger LOG = LoggerFactory.getLogger(TalkoverHttpCampaignQuery.class);
  private static final String GET = "GET";
  private static final String MASK = "***";

  /**
   * Waits between two attempts. The default sleeps the calling thread; tests inject one that records
   * the waits instead.
   */
  @FunctionalInterface
  public interface Sleeper {

    /**
     * Waits.
     *
     * @param duration how long; never {@code null} or negative
     * @throws InterruptedException when the thread is interrupted; the call then stops and throws
     *     its last failure, with the interrupt flag set again
     */
    void sleep(Duration duration) throws InterruptedException;
  }

  /**
   * Told about every HTTP exchange (one per attempt that sent a request), for example to record
   * Micrometer timings without this module depending on Micrometer. Called on the calling thread;
   * must be fast and thread-safe; an exception it throws is logged and otherwise ignored.
   */
  @FunctionalInterface
  public interface ExchangeListener {

    /** The class of an exchange's answer, as Micrometer's {@code outcome} tag spells it. */
    enum Outcome {
      /** 1xx. */
      INFORMATIONAL,
      /** 2xx. */
      SUCCESS,
      /** 3xx. */
      REDIRECTION,
      /** 4xx. */
      CLIENT_ERROR,
      /** 5xx. */
      SERVER_ERROR,
      /** No response: refused, reset, timed out. */
      UNKNOWN
    }

    /**
     * One exchange ended.
     *
     * @param method the HTTP method, {@code GET}
     * @param pathTemplate {@code /api/v1/campaigns/{campaign_id}} or {@code /api/v1/campaigns}
     * @param status the HTTP status, or 0 when no response arrived
     * @param duration from sending to the end of the body (or the failure)
     * @param outcome the class of the answer
     */
    void onExchange(String method, String pathTemplate, int status, Duration duration,
        Outcome outcome);
  }

  private final String baseUrl;
  private final String apiRoot;
  private final String token;
  private final Duration connectTimeout;
  private final Duration responseTimeout;
  private final Duration poolLeaseTimeout;
  private final Duration deadline;
  private final long maxBodyBytes;
  private final Sleeper sleeper;
  private final Clock clock;
  private final ExchangeListener listener;
  private final Transport transport;
  private final JsonCodec codec;
  private final CircuitBreaker circuitBreaker;
  private final Retry retry;
  private final AtomicBoolean closed = new AtomicBoolean();

  private TalkoverHttpCampaignQuery(Builder b) {
    this.baseUrl = b.validBaseUrl();
    this.apiRoot = ApiBaseUrl.root(baseUrl);
    this.token = b.token;
    this.connectTimeout = b.connectTimeout;
    this.responseTimeout = b.responseTimeout;
    this.poolLeaseTimeout = b.poolLeaseTimeout;
    this.deadline = b.deadline;
    this.maxBodyBytes = b.maxBodyBytes;
    this.sleeper = b.sleeper;
    this.clock = b.clock;
    this.listener = b.listener;
    this.codec = new JsonCodec(b.maxBodyBytes);
    this.circuitBreaker = CircuitBreaker.of(b.name, CircuitBreakerConfig.custom()
        .failureRateThreshold(b.failureRateThreshold)
        .slidingWindow(b.slidingWindowSize, b.minimumNumberOfCalls,
            CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
        .waitDurationInOpenState(b.waitDurationInOpenState)
        .permittedNumberOfCallsInHalfOpenState(b.permittedNumberOfCallsInHalfOpenState)
        .recordException(TalkoverHttpCampaignQuery::countsAsFailure)
        .ignoreException(t -> !countsAsFailure(t))
        .clock(b.clock)
        .build());
    this.retry = Retry.of(b.name, RetryConfig.<Object>custom()
        .maxAttempts(b.maxAttempts)
        .retryOnException(TalkoverHttpCampaignQuery::isRetried)
        .intervalBiFunction(new Backoff(b.backoffInitial, b.backoffMax, b.backoffJitter))
        .build());
    this.transport = new Transport(b.token, UserAgent.value(), b.connectTimeout, b.responseTimeout,
        b.poolLeaseTimeout, b.maxBodyBytes, b.maxConnections, ProxyRoutes.planner(b.proxy));
  }

  /**
   * A builder with the defaults: base URL {@value #DEFAULT_BASE_URL}, connect timeout 2 s, response
   * timeout 5 s, pool lease timeout 2 s, deadline 15 s, body cap 16 MiB, 3 attempts, backoff 200 ms
   * doubling to 2 s with jitter 0.5, circuit breaker opening at a 50 % failure rate over the last 20
   * calls (at least 10), staying open 30 s and letting 3 calls through half-open, 20 pooled
   * connections, the system UTC clock and a sleeper that sleeps.
   *
   * @return a new builder; not thread-safe
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a saved campaign body, for example a file given to the command-line tool: a Get Campaign or
   * Create/Update response, with or without the {@code {"success":true,"data":...}} envelope, at most
   * 16 MiB of it, with the same DTOs, mapper, limits and validation as the API's responses. The stream
   * is read to its end (or just past the limit) and not closed.
   *
   * @param in the UTF-8 JSON document; not {@code null}
   * @return the validated campaign
   * @throws java.io.UncheckedIOException when the stream cannot be read
   * @throws ai.talkover.campaigns.application.port.out.InvalidResponseException when the document
   *     is empty, not JSON, truncated, too large, beyond the parser limits, has {@code success:false}
   *     or an envelope without {@code data}
   * @throws ai.talkover.campaigns.application.port.out.InvalidCampaignResponseException when the
   *     campaign breaks the domain's rules; its violations name the JSON fields
   */
  public static Campaign readCampaign(java.io.InputStream in) {
    return CampaignJson.read(in);
  }

  /**
   * {@link #readCampaign(java.io.InputStream)} of a document in memory.
   *
   * @param json the UTF-8 JSON document; not {@code null}
   * @return the validated campaign
   */
  public static Campaign readCampaign(byte[] json) {
    return CampaignJson.read(json);
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException when the id is longer than 256 characters or is {@code .} or
   *     {@code ..} (no request is sent)
   * @throws IllegalStateException when this query is closed
   */
  @Override
  public Campaign get(CampaignId id) {
    Objects.requireNonNull(id, "id");
    String path = CampaignPath.get(id.value());
    return call(CampaignPath.GET_TEMPLATE, path, id.value(),
        (body, context) -> codec.readCampaign(body, true, context));
  }

  /**
   * {@inheritDoc}
   *
   * <p>The answer's {@code pagination.current_page} must be the page asked for.
   *
   * @throws IllegalStateException when this query is closed
   */
  @Override
  public CampaignPage list(CampaignFilter filter) {
    Objects.requireNonNull(filter, "filter");
    return call(CampaignPath.LIST_TEMPLATE, CampaignPath.list(filter), null,
        (body, context) -> codec.readPage(body, filter.page(), context));
  }

  /**
   * The circuit breaker, for metrics binding and operations (for example a forced reset).
   *
   * @return the breaker; never {@code null}
   */
  public CircuitBreaker circuitBreaker() {
    return circuitBreaker;
  }

  /**
   * The retry, for metrics binding.
   *
   * @return the retry; never {@code null}
   */
  public Retry retry() {
    return retry;
  }

  /** Closes the connection pool and the deadline watchdog. Idempotent. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      transport.close();
    }
  }

  @Override
  public String toString() {
    return "TalkoverHttpCampaignQuery[baseUrl=" + baseUrl + ", token=" + MASK + ", connectTimeout="
        + connectTimeout + ", responseTimeout=" + responseTimeout + ", poolLeaseTimeout="
        + poolLeaseTimeout + ", deadline=" + deadline + ", maxBodyBytes=" + maxBodyBytes
        + ", maxAttempts=" + retry.getRetryConfig().getMaxAttempts() + ", circuitBreaker="
        + circuitBreaker.getState() + "]";
  }

  /** The connection pool, for tests. */
  PoolingHttpClientConnectionManager connectionPool() {
    return transport.pool();
  }

  // ------------------------------------------------------------------------------ one call

  /** Reads a successful body. */
  @FunctionalInterface
  private interface BodyReader<T> {
    T read(byte[] body, Context context);
  }

  /** One attempt's answer: a value, or a failure and the delay the API asked for. */
  private record Attempt<T>(T value, CampaignQueryException failure, Duration askedWait) {}

  private <T> T call(String template, String path, String campaignId, BodyReader<T> reader) {
    if (closed.get()) {
      throw new IllegalStateException("this TalkoverHttpCampaignQuery is closed");
    }
    URI uri = URI.create(apiRoot + path);
    long deadlineAt = clock.millis() + deadline.toMillis();
    Retry.AsyncContext<Object> retryContext = retry.asyncContext();
    int attempts = 0;
    while (true) {
      Attempt<T> attempt;
      if (!circuitBreaker.tryAcquirePermission()) {
        attempt = new Attempt<>(null,
            CampaignQueryException.unavailable(Context.noResponse(campaignId, attempts)), null);
      } else {
        attempts++;
        attempt = attempt(template, uri, campaignId, attempts, reader,
            Duration.ofMillis(deadlineAt - clock.millis()));
      }
      if (attempt.failure() == null) {
        retryContext.onComplete();
        return attempt.value();
      }
      CampaignQueryException failure = attempt.failure();
      Duration timeLeft = Duration.ofMillis(deadlineAt - clock.millis());
      long delay = Backoff.hint(new Backoff.Hint(attempt.askedWait(), timeLeft),
          () -> retryContext.onError(failure));
      if (delay < 0) {
        if (LOG.isDebugEnabled()) {
          LOG.debug("{} {} gives up after {} attempt(s): {}", GET, template, attempts,
              failure.getClass().getSimpleName());
        }
        throw failure.withAttempts(attempts);
      }
      if (isOpen(circuitBreaker.getState())) {
        // The failure just opened the circuit: the next attempt could not be sent, so don't wait.
        ServiceUnavailableException open =
            CampaignQueryException.unavailable(Context.noResponse(campaignId, attempts));
        open.addSuppressed(failure);
        LOG.debug("{} {} attempt {} failed and opened the circuit", GET, template, attempts);
        throw open;
      }
      if (LOG.isDebugEnabled()) {
        LOG.debug("{} {} attempt {} failed ({}); retrying in {} ms", GET, template, attempts,
            failure.getClass().getSimpleName(), delay);
      }
      try {
        sleeper.sleep(Duration.ofMillis(delay));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw failure.withAttempts(attempts);
      }
      if (deadlineAt - clock.millis() <= 0) {
        throw failure.withAttempts(attempts);
      }
    }
  }

  private <T> Attempt<T> attempt(String template, URI uri, String campaignId, int attempt,
      BodyReader<T> reader, Duration budget) {
    long start = System.nanoTime();
    RawResponse raw;
    try {
      raw = transport.get(uri, budget);
    } catch (TransportFailure f) {
      long took = System.nanoTime() - start;
      NetworkException e = CampaignQueryException.network(
          Context.noResponse(campaignId, attempt), f.kind(), f.getCause() == null ? f : f.getCause());
      circuitBreaker.onError(took, TimeUnit.NANOSECONDS, e);
      notifyListener(template, 0, took, ExchangeListener.Outcome.UNKNOWN);
      LOG.debug("{} {} attempt {}: no response ({})", GET, template, attempt, f.kind());
      return new Attempt<>(null, e, null);
    }
    long took = System.nanoTime() - start;
    notifyListener(template, raw.status(), took, outcomeOf(raw.status()));
    LOG.debug("{} {} attempt {}: HTTP {} in {} ms", GET, template, attempt, raw.status(),
        TimeUnit.NANOSECONDS.toMillis(took));
    try {
      if (raw.status() >= 200 && raw.status() < 300) {
        T value = success(raw, campaignId, attempt, reader);
        circuitBreaker.onSuccess(took, TimeUnit.NANOSECONDS);
        return new Attempt<>(value, null, null);
      }
      Attempt<T> failed = failure(raw, campaignId, attempt);
      circuitBreaker.onError(took, TimeUnit.NANOSECONDS, failed.failure());
      return failed;
    } catch (CampaignQueryException e) {
      circuitBreaker.onError(took, TimeUnit.NANOSECONDS, e);
      return new Attempt<>(null, e, null);
    } catch (RuntimeException e) {
      circuitBreaker.releasePermission();
      throw e;
    }
  }

  private <T> T success(RawResponse raw, String campaignId, int attempt, BodyReader<T> reader) {
    Context context = new Context(raw.status(), campaignId, attempt, null, snippet(raw.body()));
    if (raw.tooLarge()) {
      throw CampaignQueryException.invalidResponse(context,
          "body is larger than the cap of " + maxBodyBytes + " bytes", null);
    }
    if (raw.body().length == 0) {
      throw CampaignQueryException.invalidResponse(context,
          "HTTP " + raw.status() + " with an empty body", null);
    }
    if (raw.contentType() != null && !raw.isJson()) {
      throw CampaignQueryException.invalidResponse(context,
          "content type '" + raw.contentType() + "' is not JSON", null);
    }
    return reader.read(raw.body(), context);
  }

  private <T> Attempt<T> failure(RawResponse raw, String campaignId, int attempt) {
    int status = raw.status();
    ErrorBody body = raw.tooLarge() ? ErrorBody.NONE : codec.readError(raw.body());
    Context context = new Context(status, campaignId, attempt, redact(body.apiMessage()),
        snippet(raw.body()));
    Duration asked = RetryAfter.parse(raw.retryAfter(), clock);
    if (asked == null) {
      asked = body.retryAfter();
    }
    CampaignQueryException e;
    if (status == 401 || status == 403) {
      e = CampaignQueryException.unauthorized(context);
    } else if (status == 404 && !ApiBaseUrl.isTalkoverError(body)) {
      e = CampaignQueryException.invalidResponse(context, ApiBaseUrl.notTheApi(baseUrl), null);
    } else if (status == 404 && campaignId != null) {
      e = CampaignQueryException.notFound(context);
    } else if (status == 429) {
      e = CampaignQueryException.rateLimited(context, asked);
    } else if (status == 408 || status >= 500) {
      e = CampaignQueryException.serverError(context);
    } else if (status >= 300 && status < 400) {
      e = CampaignQueryException.invalidResponse(context, "unexpected redirect (HTTP " + status
          + (raw.location() == null ? "" : " to " + redact(raw.location())) + "); redirects are not followed",
          null);
    } else if (status == 404) {
      e = CampaignQueryException.invalidResponse(context,
          "HTTP 404 from List Campaigns (is the base URL right?)", null);
    } else {
      StringBuilder detail = new StringBuilder("HTTP ").append(status);
      if (context.apiMessage() != null) {
        detail.append(": ").append(context.apiMessage());
      }
      if (body.summary() != null) {
        detail.append(" (").append(redact(body.summary())).append(')');
      }
      e = CampaignQueryException.invalidResponse(context, detail.toString(), null);
    }
    return new Attempt<>(null, e, asked);
  }

  private String snippet(byte[] body) {
    if (body.length == 0) {
      return null;
    }
    int n = Math.min(body.length, CampaignQueryException.MAX_SNIPPET * 4);
    String text = new String(body, 0, n, StandardCharsets.UTF_8);
    return redact(text.length() > CampaignQueryException.MAX_SNIPPET
        ? text.substring(0, CampaignQueryException.MAX_SNIPPET) : text);
  }

  private String redact(String text) {
    return text == null ? null : text.replace(token, MASK);
  }

  private void notifyListener(String template, int status, long tookNanos,
      ExchangeListener.Outcome outcome) {
    if (listener == null) {
      return;
    }
    try {
      listener.onExchange(GET, template, status, Duration.ofNanos(tookNanos), outcome);
    } catch (RuntimeException e) {
      LOG.warn("exchange listener failed: {}", e.getClass().getName());
    }
  }

  private static boolean isOpen(CircuitBreaker.State state) {
    return state == CircuitBreaker.State.OPEN || state == CircuitBreaker.State.FORCED_OPEN;
  }

  private static ExchangeListener.Outcome outcomeOf(int status) {
    if (status >= 100 && status < 200) {
      return ExchangeListener.Outcome.INFORMATIONAL;
    }
    if (status >= 200 && status < 300) {
      return ExchangeListener.Outcome.SUCCESS;
    }
    if (status >= 300 && status < 400) {
      return ExchangeListener.Outcome.REDIRECTION;
    }
    if (status >= 400 && status < 500) {
      return ExchangeListener.Outcome.CLIENT_ERROR;
    }
    if (status >= 500 && status < 600) {
      return ExchangeListener.Outcome.SERVER_ERROR;
    }
    return ExchangeListener.Outcome.UNKNOWN;
  }

  /** Network failures, timeouts, 5xx and 408 open the circuit; nothing else counts either way. */
  static boolean countsAsFailure(Throwable t) {
    return t instanceof NetworkException || t instanceof ServerErrorException;
  }

  /** Network failures, 408, 429 and 5xx are retried; other 4xx, bad bodies and an open circuit not. */
  static boolean isRetried(Throwable t) {
    return t instanceof NetworkException || t instanceof ServerErrorException
        || t instanceof RateLimitedException;
  }

  // -------------------------------------------------------------------------------- builder

  /**
   * Configures a {@link TalkoverHttpCampaignQuery}. Only the token is required. Setters check their
   * argument at once ({@link IllegalArgumentException} naming the setting, {@link
   * NullPointerException} for {@code null}); {@link #build()} checks the combination.
   *
   * <p>Not thread-safe. Its {@code toString()} masks the token.
   */
  public static final class Builder {

    private String token;
    private String baseUrl = DEFAULT_BASE_URL;
    private boolean allowInsecureHttp;
    private Duration connectTimeout = Duration.ofSeconds(2);
    private Duration responseTimeout = Duration.ofSeconds(5);
    private Duration poolLeaseTimeout = Duration.ofSeconds(2);
    private Duration deadline = Duration.ofSeconds(15);
    private long maxBodyBytes = 16L * 1024 * 1024;
    private int maxAttempts = 3;
    private Duration backoffInitial = Duration.ofMillis(200);
    private Duration backoffMax = Duration.ofSeconds(2);
    private double backoffJitter = 0.5;
    private float failureRateThreshold = 50;
    private int slidingWindowSize = 20;
    private int minimumNumberOfCalls = 10;
    private Duration waitDurationInOpenState = Duration.ofSeconds(30);
    private int permittedNumberOfCallsInHalfOpenState = 3;
    private int maxConnections = 20;
    private String name = "talkover-api";
    private Sleeper sleeper = duration -> {
      long millis = duration.toMillis();
      if (millis > 0) {
        Thread.sleep(millis);
      }
    };
    private Clock clock = Clock.systemUTC();
    private ExchangeListener listener;
    private HttpHost proxy;

    private Builder() {}

    /**
     * The API token (environment token, {@code talq_...}). Required; never printed.
     *
     * @param token the token; not blank, no whitespace or control characters
     * @return this
     */
    public Builder token(String token) {
      Objects.requireNonNull(token, "token");
      if (token.isBlank()) {
        throw new IllegalArgumentException("token: is blank");
      }
      if (token.chars().anyMatch(c -> c <= 0x20 || c == 0x7F)) {
        throw new IllegalArgumentException("token: contains whitespace or control characters");
      }
      this.token = token;
      return this;
    }

    /**
     * Sends every request through this HTTP proxy ({@code CONNECT} tunnels for {@code https}),
     * instead of the default: the JVM's proxy settings ({@code https.proxyHost},
     * {@code https.proxyPort}, {@code http.proxyHost}, {@code http.proxyPort},
     * {@code http.nonProxyHosts}, or the installed {@link java.net.ProxySelector}).
     *
     * @param host the proxy host name or address; not blank
     * @param port the proxy port, 1..65535
     * @return this
     * @throws IllegalArgumentException naming {@code proxy} when the host is blank or the port is out
     *     of range
     */
    public Builder proxy(String host, int port) {
      this.proxy = ProxyRoutes.proxy(Objects.requireNonNull(host, "host"), port);
      return this;
    }

    /**
     * The API's base URL: the server root, or the root plus {@code /api/v1} (both mean the same);
     * a path prefix is kept (for a gateway). Plain
     * {@code http} is accepted only for a loopback host ({@code localhost}, {@code 127.0.0.0/8},
     * {@code ::1}) unless {@link #allowInsecureHttp(boolean)} is set; checked by {@link #build()}.
     *
     * @param baseUrl for example {@code https://app.talkover.ai}
     * @return this
     */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
      return this;
    }

    /**
     * Whether a plain {@code http} base URL on a non-loopback host is accepted (the token then
     * travels in clear text). Default {@code false}.
     *
     * @param allow true to accept
     * @return this
     */
    public Builder allowInsecureHttp(boolean allow) {
      this.allowInsecureHttp = allow;
      return this;
    }

    /**
     * The TCP and TLS connect timeout. Default 2 s.
     *
     * @param timeout positive
     * @return this
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive("connectTimeout", timeout);
      return this;
    }

    /**
     * The longest wait for the response head, and between two reads of the body. Default 5 s.
     *
     * @param timeout positive
     * @return this
     */
    public Builder responseTimeout(Duration timeout) {
      this.responseTimeout = positive("responseTimeout", timeout);
      return this;
    }

    /**
     * The longest wait for a connection from the pool. Default 2 s.
     *
     * @param timeout positive
     * @return this
     */
    public Builder poolLeaseTimeout(Duration timeout) {
      this.poolLeaseTimeout = positive("poolLeaseTimeout", timeout);
      return this;
    }

    /**
     * The overall deadline of one call: every attempt, wait and body read. Default 15 s.
     *
     * @param deadline positive
     * @return this
     */
    public Builder deadline(Duration deadline) {
      this.deadline = positive("deadline", deadline);
      return this;
    }

    /**
     * The largest body read; a longer one fails the attempt with {@link InvalidResponseException}.
     * Default 16 MiB.
     *
     * @param bytes 1 to 1 GiB
     * @return this
     */
    public Builder maxBodyBytes(long bytes) {
      if (bytes < 1 || bytes > 1L << 30) {
        throw new IllegalArgumentException("maxBodyBytes: " + bytes + " is outside 1..1073741824");
      }
      this.maxBodyBytes = bytes;
      return this;
    }

    /**
     * Attempts per call, the first included. Default 3.
     *
     * @param attempts 1 to 10
     * @return this
     */
    public Builder maxAttempts(int attempts) {
      if (attempts < 1 || attempts > 10) {
        throw new IllegalArgumentException("maxAttempts: " + attempts + " is outside 1..10");
      }
      this.maxAttempts = attempts;
      return this;
    }

    /**
     * The first backoff; each retry doubles it up to {@link #backoffMax(Duration)}. Default 200 ms.
     *
     * @param initial positive
     * @return this
     */
    public Builder backoffInitial(Duration initial) {
      this.backoffInitial = positive("backoffInitial", initial);
      return this;
    }

    /**
     * The largest backoff. Default 2 s.
     *
     * @param max positive, not less than the initial backoff (checked by {@link #build()})
     * @return this
     */
    public Builder backoffMax(Duration max) {
      this.backoffMax = positive("backoffMax", max);
      return this;
    }

    /**
     * The jitter: each backoff is lowered by a random part of up to this fraction of itself. Default
     * 0.5; 0 makes backoff deterministic.
     *
     * @param jitter 0 to 1
     * @return this
     */
    public Builder backoffJitter(double jitter) {
      if (!(jitter >= 0 && jitter <= 1)) {
        throw new IllegalArgumentException("backoffJitter: " + jitter + " is outside 0..1");
      }
      this.backoffJitter = jitter;
      return this;
    }

    /**
     * The failure rate, in percent, at which the circuit opens. Default 50.
     *
     * @param percent above 0, at most 100
     * @return this
     */
    public Builder failureRateThreshold(float percent) {
      if (!(percent > 0 && percent <= 100)) {
        throw new IllegalArgumentException("failureRateThreshold: " + percent + " is outside (0, 100]");
      }
      this.failureRateThreshold = percent;
      return this;
    }

    /**
     * How many of the last counted attempts the failure rate is computed over. Default 20.
     *
     * @param size at least 1
     * @return this
     */
    public Builder slidingWindowSize(int size) {
      this.slidingWindowSize = atLeastOne("slidingWindowSize", size);
      return this;
    }

    /**
     * Counted attempts needed before the failure rate is computed at all. Default 10.
     *
     * @param calls at least 1
     * @return this
     */
    public Builder minimumNumberOfCalls(int calls) {
      this.minimumNumberOfCalls = atLeastOne("minimumNumberOfCalls", calls);
      return this;
    }

    /**
     * How long the circuit stays open before it lets trial calls through. Default 30 s.
     *
     * @param wait positive
     * @return this
     */
    public Builder waitDurationInOpenState(Duration wait) {
      this.waitDurationInOpenState = positive("waitDurationInOpenState", wait);
      return this;
    }

    /**
     * Trial calls let through when half-open. Default 3.
     *
     * @param calls at least 1
     * @return this
     */
    public Builder permittedNumberOfCallsInHalfOpenState(int calls) {
      this.permittedNumberOfCallsInHalfOpenState =
          atLeastOne("permittedNumberOfCallsInHalfOpenState", calls);
      return this;
    }

    /**
     * Pooled connections (all to the one API host). Default 20.
     *
     * @param connections at least 1
     * @return this
     */
    public Builder maxConnections(int connections) {
      this.maxConnections = atLeastOne("maxConnections", connections);
      return this;
    }

    /**
     * The name of the circuit breaker and the retry, as metrics show it. Default
     * {@code talkover-api}.
     *
     * @param name not blank
     * @return this
     */
    public Builder name(String name) {
      Objects.requireNonNull(name, "name");
      if (name.isBlank()) {
        throw new IllegalArgumentException("name: is blank");
      }
      this.name = name;
      return this;
    }

    /**
     * What waits between attempts. Default: sleeps the calling thread.
     *
     * @param sleeper not {@code null}
     * @return this
     */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /**
     * The time source of deadlines, HTTP-date {@code Retry-After} values and the circuit breaker.
     * Default {@link Clock#systemUTC()}.
     *
     * @param clock not {@code null}
     * @return this
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Told about every HTTP exchange. Default: none.
     *
     * @param listener not {@code null}
     * @return this
     */
    public Builder exchangeListener(ExchangeListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * Builds the query and opens its connection pool.
     *
     * @return the query; close it when done
     * @throws IllegalStateException when no token was given
     * @throws IllegalArgumentException when the base URL is not an absolute {@code https} URL (or
     *     an allowed {@code http} one) without user info, query or fragment, or when the backoff
     *     maximum is below its initial value
     */
    public TalkoverHttpCampaignQuery build() {
      if (token == null) {
        throw new IllegalStateException("token: required");
      }
      if (backoffMax.compareTo(backoffInitial) < 0) {
        throw new IllegalArgumentException("backoffMax: " + backoffMax
            + " is less than backoffInitial " + backoffInitial);
      }
      return new TalkoverHttpCampaignQuery(this);
    }

    private String validBaseUrl() {
      URI uri;
      try {
        uri = new URI(baseUrl);
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException("baseUrl: '" + baseUrl + "' is not a URL", e);
      }
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("https") && !scheme.equals("http")) {
        throw new IllegalArgumentException("baseUrl: '" + baseUrl + "' is not an http(s) URL");
      }
      if (uri.getHost() == null) {
        throw new IllegalArgumentException("baseUrl: '" + baseUrl + "' has no host");
      }
      if (uri.getRawUserInfo() != null) {
        throw new IllegalArgumentException("baseUrl: must not hold user info");
      }
      if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
        throw new IllegalArgumentException("baseUrl: '" + baseUrl + "' must not have a query or fragment");
      }
      if (scheme.equals("http") && !allowInsecureHttp && !isLoopback(uri.getHost())) {
        throw new IllegalArgumentException("baseUrl: plain http to '" + uri.getHost()
            + "' would send the token in clear text; use https, or allowInsecureHttp(true)");
      }
      String path = uri.getRawPath() == null ? "" : uri.getRawPath();
      while (path.endsWith("/")) {
        path = path.substring(0, path.length() - 1);
      }
      return scheme + "://" + uri.getRawAuthority() + path;
    }

    private static boolean isLoopback(String host) {
      String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
      if (h.equalsIgnoreCase("localhost")) {
        return true;
      }
      boolean literal = h.contains(":") || h.chars().allMatch(c -> c == '.' || c >= '0' && c <= '9');
      if (!literal) {
        return false;
      }
      try {
        return InetAddress.getByName(h).isLoopbackAddress();
      } catch (UnknownHostException e) {
        return false;
      }
    }

    private static Duration positive(String name, Duration d) {
      Objects.requireNonNull(d, name);
      if (d.isZero() || d.isNegative()) {
        throw new IllegalArgumentException(name + ": " + d + " is not positive");
      }
      return d;
    }

    private static int atLeastOne(String name, int n) {
      if (n < 1) {
        throw new IllegalArgumentException(name + ": " + n + " is less than 1");
      }
      return n;
    }

    @Override
    public String toString() {
      return "TalkoverHttpCampaignQuery.Builder[baseUrl=" + baseUrl + ", token="
          + (token == null ? "unset" : MASK) + ", allowInsecureHttp=" + allowInsecureHttp
          + ", connectTimeout=" + connectTimeout + ", responseTimeout=" + responseTimeout
          + ", poolLeaseTimeout=" + poolLeaseTimeout + ", deadline=" + deadline + ", maxBodyBytes="
          + maxBodyBytes + ", maxAttempts=" + maxAttempts + ", backoff=" + backoffInitial + ".."
          + backoffMax + ", proxy=" + (proxy == null ? "jvm-default" : proxy.toHostString()) + "]";
    }
  }
}
