package ai.talkover.campaigns.adapter.http;

import ai.talkover.campaigns.adapter.http.TalkoverHttpCampaignQuery.ExchangeListener;
import ai.talkover.campaigns.adapter.http.TalkoverHttpCampaignQuery.Sleeper;
import ai.talkover.campaigns.application.port.out.ClientSaturatedException;
import ai.talkover.campaigns.application.port.out.InvalidResponseException;
import ai.talkover.campaigns.application.port.out.RateLimitedException;
import ai.talkover.campaigns.application.port.out.RequestBudget;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.hc.core5.http.HttpHost;

/**
 * The settings a {@link TalkoverHttpCampaignQuery.Builder} collects and its setters, each checking
 * its value at once ({@link HttpQuerySettings}' checks name the setting as the user wrote it).
 * Package-private and sealed to the builder: callers see {@code TalkoverHttpCampaignQuery.Builder}
 * and its setters, this class only holds them so that the entry point's file stays the entry point.
 * {@link TalkoverHttpCampaignQuery.Builder#build()} turns the values into {@link HttpQuerySettings}.
 *
 * <p>Not thread-safe.
 */
abstract sealed class HttpQueryOptions permits TalkoverHttpCampaignQuery.Builder {

  private String token;
  private String baseUrl = TalkoverHttpCampaignQuery.DEFAULT_BASE_URL;
  private boolean allowInsecureHttp;
  private Duration connectTimeout = Duration.ofSeconds(2);
  private Duration responseTimeout = Duration.ofSeconds(5);
  private Duration poolLeaseTimeout;
  private Duration deadline = Duration.ofSeconds(15);
  private long maxBodyBytes = 16L * 1024 * 1024;
  private IntervalFunction backoff = HttpQuerySettings.DEFAULT_BACKOFF;
  private Consumer<RetryConfig.Builder<Object>> retryCustomizer = r -> { };
  private Consumer<CircuitBreakerConfig.Builder> circuitBreakerCustomizer = c -> { };
  private int maxConnections = 20;
  private String name = "talkover-api";
  private Sleeper sleeper = HttpQuerySettings.SLEEPING;
  private Clock clock = Clock.systemUTC();
  private ExchangeListener listener;
  private RequestBudget budget = RequestBudget.unlimited();
  private HttpHost proxy;

  /**
   * The API token (environment token, {@code talq_...}). Required; never printed.
   *
   * @param token the token; not blank, no whitespace or control characters
   * @return this
   */
  public TalkoverHttpCampaignQuery.Builder token(String token) {
    this.token = HttpQuerySettings.checkToken(token);
    return self();
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
  public TalkoverHttpCampaignQuery.Builder proxy(String host, int port) {
    this.proxy = ProxyRoutes.proxy(Objects.requireNonNull(host, "host"), port);
    return self();
  }

  /**
   * The API's base URL: the server root, or the root plus {@code /api/v1} (both mean the same);
   * a path prefix is kept (for a gateway). Plain
   * {@code http} is accepted only for a loopback host ({@code localhost}, {@code 127.0.0.0/8},
   * {@code ::1}) unless {@link #allowInsecureHttp(boolean)} is set; no user info; checked by
   * {@link TalkoverHttpCampaignQuery.Builder#build()}.
   *
   * @param baseUrl for example {@code https://app.talkover.ai}
   * @return this
   */
  public TalkoverHttpCampaignQuery.Builder baseUrl(String baseUrl) {
    this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
    return self();
  }

  /**
   * Whether a plain {@code http} base URL on a non-loopback host is accepted (the token then
   * travels in clear text). Default {@code false}.
   *
   * @param allow true to accept
   * @return this
   */
  public TalkoverHttpCampaignQuery.Builder allowInsecureHttp(boolean allow) {
    this.allowInsecureHttp = allow;
    return self();
  }

  /**
   * The TCP and TLS connect timeout (never longer than the time the call has left). Default 2 s.
   *
   * @param timeout positive
   * @return this
   */
  public TalkoverHttpCampaignQuery.Builder connectTimeout(Duration timeout) {
    this.connectTimeout = HttpQuerySettings.positive("connectTimeout", timeout);
    return self();
  }

  /**
   * The longest wait for the response head, and between two reads of the body. Default 5 s.
   *
   * @param timeout positive
   * @return this
   */
  public TalkoverHttpCampaignQuery.Builder responseTimeout(Duration timeout) {
    this.responseTimeout = HttpQuerySettings.positive("responseTimeout", timeout);
    return self();
  }

  /**
   * An upper bound on the wait for a pooled connection, below the call's deadline (which bounds
   * it anyway). When it passes the call fails with {@link ClientSaturatedException}. Default:
   * none, only the deadline.
   *
   * @param timeout positive
   * @return this
   */
  public TalkoverHttpCampaignQuery.Builder poolLeaseTimeout(Duration timeout) {
    this.poolLeaseTimeout = HttpQuerySettings.positive("poolLeaseTimeout", timeout);
    return self();
  }

  /**
   * The overall deadline of one call: the pool wait, every attempt, wait and body read. Default
   * 15 s.
   *
   * @param deadline positive
   * @return this
   */
  public TalkoverHttpCampaignQuery.Builder deadline(Duration deadline) {
    this.deadline = HttpQuerySettings.positive("deadline", deadline);
    return self();
  }

  /**
   * The largest body read; a longer one fails the attempt with {@link InvalidResponseException}.
   * Default 16 MiB.
   *
   * @param bytes 1 to 1 GiB
   * @return this
   */
  public TalkoverHttpCampaignQuery.Builder maxBodyBytes(long bytes) {
    this.maxBodyBytes = HttpQuerySettings.checkMaxBodyBytes(bytes);
    return self();
  }

  /**
   * The wait after a failed attempt when the server named none, as a Resilience4j
   * {@link IntervalFunction}. Default
   * {@code IntervalFunction.ofExponentialRandomBackoff(200 ms, 2.0, 0.5, 2 s)}. A wait that would
   * end after the call's deadline is never started.
   *
   * @param backoff not {@code null}
   * @return this
   */
  public TalkoverHttpCampaignQuery.Builder backoff(IntervalFunction backoff) {
    this.backoff = Objects.requireNonNull(backoff, "backoff");
    return self();
  }

  /**
   * Adjusts the Resilience4j {@link RetryConfig} (for example {@code r -> r.maxAttempts(5)}).
   * Applied after the defaults; the retry predicate (network failures, 408, 429, 5xx) and the
   * interval ({@link #backoff} within the deadline) are this adapter's and set after it.
   *
   * @param customizer not {@code null}
   * @return this
   */
  public TalkoverHttpCampaignQuery.Builder retry(Consumer<RetryConfig.Builder<Object>> customizer) {
    this.retryCustomizer = Objects.requireNonNull(customizer, "customizer");
    return self();
  }

  /**
   * Adjusts the Resilience4j {@link CircuitBreakerConfig} (sliding window, failure rate, waits,
   * half-open calls). Applied after the defaults; which failures count and the clock are this
   * adapter's and set after it.
   *
   * @param customizer not {@code null}
   * @return this
   */
  public TalkoverHttpCampaignQuery.Builder circuitBreaker(Consumer<CircuitBreakerConfig.Builder> customizer) {
    this.circuitBreakerCustomizer = Objects.requireNonNull(customizer, "customizer");
    return self();
  }

  /**
   * Pooled connections (all to the one API host). Default 20.
   *
   * @param connections at least 1
   * @return this
   */
  public TalkoverHttpCampaignQuery.Builder maxConnections(int connections) {
    this.maxConnections = HttpQuerySettings.checkMaxConnections(connections);
    return self();
  }

  /**
   * The name of the circuit breaker and the retry, as metrics show it. Default
   * {@code talkover-api}.
   *
   * @param name not blank
   * @return this
   */
  public TalkoverHttpCampaignQuery.Builder name(String name) {
    this.name = HttpQuerySettings.checkName(name);
    return self();
  }

  /**
   * What waits between attempts. Default: sleeps the calling thread.
   *
   * @param sleeper not {@code null}
   * @return this
   */
  public TalkoverHttpCampaignQuery.Builder sleeper(Sleeper sleeper) {
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    return self();
  }

  /**
   * The time source of deadlines, HTTP-date {@code Retry-After} values and the circuit breaker.
   * Default {@link Clock#systemUTC()}.
   *
   * @param clock not {@code null}
   * @return this
   */
  public TalkoverHttpCampaignQuery.Builder clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    return self();
  }

  /**
   * Told about every HTTP exchange. Default: none.
   *
   * @param listener not {@code null}
   * @return this
   */
  public TalkoverHttpCampaignQuery.Builder exchangeListener(ExchangeListener listener) {
    this.listener = Objects.requireNonNull(listener, "listener");
    return self();
  }

  /**
   * The request budget spent before each request (default unlimited): the budget may wait up to
   * half the time left before the deadline; a request it cannot grant by then is not sent and fails with the "local budget"
   * {@link RateLimitedException}. Each response's {@code X-RateLimit-Remaining} and
   * {@code X-RateLimit-Reset} headers are passed to {@link RequestBudget#observe}.
   *
   * @param budget the budget; not {@code null}
   * @return this
   */
  public TalkoverHttpCampaignQuery.Builder requestBudget(RequestBudget budget) {
    this.budget = Objects.requireNonNull(budget, "budget");
    return self();
  }

  /**
   * The values, checked as a whole.
   *
   * @return the settings
   * @throws IllegalStateException when no token was given
   * @throws IllegalArgumentException when the base URL is refused ({@link BaseUrl#normalise})
   */
  final HttpQuerySettings settings() {
    return new HttpQuerySettings(token, baseUrl, allowInsecureHttp, connectTimeout, responseTimeout,
        poolLeaseTimeout, deadline, maxBodyBytes, backoff, retryCustomizer, circuitBreakerCustomizer,
        maxConnections, name, sleeper, clock, listener, budget, proxy);
  }

  @Override
  public String toString() {
    String shown = BaseUrl.masked(baseUrl);
    if (token != null) {
      shown = new Redactor(token).redact(shown);
    }
    return "TalkoverHttpCampaignQuery.Builder[baseUrl=" + shown + ", token="
        + (token == null ? "unset" : Redactor.MASK) + ", allowInsecureHttp=" + allowInsecureHttp
        + ", connectTimeout=" + connectTimeout + ", responseTimeout=" + responseTimeout
        + ", poolLeaseTimeout=" + (poolLeaseTimeout == null ? "deadline" : poolLeaseTimeout)
        + ", deadline=" + deadline + ", maxBodyBytes=" + maxBodyBytes + ", maxConnections="
        + maxConnections + ", name=" + name + ", proxy="
        + (proxy == null ? "jvm-default" : proxy.toHostString()) + "]";
  }

  private TalkoverHttpCampaignQuery.Builder self() {
    return (TalkoverHttpCampaignQuery.Builder) this;
  }
}
