package ai.talkover.campaigns.adapter.http;

import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.classic.ExecChainHandler;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.ChainElement;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.client5.http.routing.HttpRoutePlanner;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.MalformedChunkCodingException;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.apache.hc.core5.http.TruncatedChunkException;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * Sends one HTTP request and reads its response within a time budget: Apache HttpClient 5 over a
 * connection pool, its own retries and redirects off, and every wait bounded by the budget.
 *
 * <ul>
 *   <li><b>Waiting for a pooled connection</b> is bounded by the budget (and by the pool lease
 *       timeout when one is set). When it expires no request was sent: the failure is
 *       {@link TransportFailure.Kind#SATURATED}, local back-pressure rather than a network error.
 *   <li><b>Connecting</b> is bounded by the connect timeout and the budget.
 *   <li><b>The exchange</b> (request, response head, body) is bounded by the response timeout per
 *       read and by a watchdog that cancels the exchange when the budget runs out, even while a
 *       slow body trickles in. The watchdog's alarm is armed by the exec-chain step that runs right
 *       after the connection is acquired and connected, so it never cancels a request still
 *       waiting for its connection (a cancelled lease is what left HttpClient's pool in an
 *       inconsistent state), and only the requests holding a connection, not every caller queued
 *       for one, touch the watchdog's queue. That step refuses a request whose budget ran out
 *       before it could be sent. Each request's race with its deadline is an
 *       {@link ExchangeDeadline}.
 * </ul>
 *
 * <p>The watchdog's queue always holds a no-op tick due within {@link #TICK_MILLIS} ms. An alarm
 * is due later than that, so arming one never makes it the queue's head, and arming or cancelling
 * it does not wake the watchdog thread (without the tick, every request woke it twice: about
 * 15 µs of CPU per request, measured with one caller thread).
 *
 * <p>The body is read up to a cap ({@link CappedResponseHandler}); past it the exchange is aborted
 * and its connection discarded.
 * Every exchange gives its connection back to the pool (or closes it) before this class returns,
 * and every exception the client throws, checked or not, becomes a {@link TransportFailure}. The
 * pool's connections never feed HttpClient's wire log and log their headers with the
 * {@code Authorization} value masked ({@link QuietConnectionFactory}).
 *
 * <p>Reusable for any method: {@link #execute} takes the request. Thread-safe.
 */
final class Transport implements AutoCloseable {

  private static final long TICK_MILLIS = 1000;
  private static final AtomicInteger INSTANCES = new AtomicInteger();
  private static final String EXCHANGE = Transport.class.getName() + ".exchange";

  private final PoolingHttpClientConnectionManager pool;
  private final CloseableHttpClient client;
  private final ScheduledThreadPoolExecutor watchdog;
  private final RequestConfig baseConfig;
  private final Duration connectTimeout;
  private final Duration responseTimeout;
  private final Duration leaseTimeout;
  private final long maxBodyBytes;
  private final String authorization;
  private final String userAgent;

  /**
   * Creates the transport and its pool.
   *
   * @param token the API token; not {@code null}
   * @param userAgent the User-Agent header
   * @param connectTimeout the TCP (and TLS) connect timeout
   * @param responseTimeout the longest wait for the response head and between two body reads
   * @param leaseTimeout the longest wait for a pooled connection; {@code null} for the budget alone
   * @param maxBodyBytes the body cap
   * @param maxConnections the pool size
   * @param redactor masks the token in the header log
   * @param routePlanner direct or through which proxy ({@link ProxyRoutes})
   */
  Transport(String token, String userAgent, Duration connectTimeout, Duration responseTimeout,
      Duration leaseTimeout, long maxBodyBytes, int maxConnections, Redactor redactor,
      HttpRoutePlanner routePlanner) {
    this.authorization = "Bearer " + token;
    this.userAgent = userAgent;
    this.connectTimeout = connectTimeout;
    this.responseTimeout = responseTimeout;
    this.leaseTimeout = leaseTimeout;
    this.maxBodyBytes = maxBodyBytes;
    this.pool = PoolingHttpClientConnectionManagerBuilder.create()
        .setConnectionFactory(new QuietConnectionFactory(redactor))
        .setMaxConnTotal(maxConnections)
        .setMaxConnPerRoute(maxConnections)
        .setDefaultConnectionConfig(ConnectionConfig.custom()
            .setConnectTimeout(Timeout.of(connectTimeout))
            .setSocketTimeout(Timeout.of(responseTimeout))
            .setValidateAfterInactivity(TimeValue.ofSeconds(1))
            .build())
        .build();
    this.baseConfig = RequestConfig.custom()
        .setRedirectsEnabled(false)
        .setAuthenticationEnabled(false)
        .setExpectContinueEnabled(false)
        .setResponseTimeout(Timeout.of(responseTimeout))
        .build();
    this.client = HttpClients.custom()
        .setConnectionManager(pool)
        .setRoutePlanner(routePlanner)
        .setDefaultRequestConfig(baseConfig)
        .addExecInterceptorAfter(ChainElement.CONNECT.name(), "talkover-deadline", sendGate())
        .disableAutomaticRetries()
        .disableRedirectHandling()
        .disableCookieManagement()
        .disableAuthCaching()
        .build();
    int n = INSTANCES.incrementAndGet();
    this.watchdog = new ScheduledThreadPoolExecutor(1, r -> {
      Thread t = new Thread(r, "talkover-http-deadline-" + n);
      t.setDaemon(true);
      return t;
    });
    this.watchdog.setRemoveOnCancelPolicy(true);
    this.watchdog.scheduleWithFixedDelay(() -> { }, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
  }

  /**
   * Sends {@code GET uri} and reads the response within {@code budget}.
   *
   * @param uri the absolute URI; not {@code null}
   * @param budget the time left before the call's deadline; positive
   * @return the response, its body read (or cut at the cap)
   * @throws TransportFailure when no usable response arrived
   */
  RawResponse get(URI uri, Duration budget) throws TransportFailure {
    return execute(new HttpGet(uri), budget);
  }

  /**
   * Sends {@code request} (with the {@code Authorization}, {@code Accept} and {@code User-Agent}
   * headers added) and reads the response within {@code budget}.
   *
   * @param request the request; not {@code null}; not reused afterwards
   * @param budget the time left before the call's deadline; positive
   * @return the response, its body read (or cut at the cap)
   * @throws TransportFailure when no usable response arrived
   */
  @SuppressWarnings("deprecation") // the per-request connect timeout is how the budget bounds it
  RawResponse execute(HttpUriRequestBase request, Duration budget) throws TransportFailure {
    request.setHeader(HttpHeaders.AUTHORIZATION, authorization);
    request.setHeader(HttpHeaders.ACCEPT, "application/json");
    request.setHeader(HttpHeaders.USER_AGENT, userAgent);
    Duration lease = leaseTimeout == null ? budget : min(leaseTimeout, budget);
    request.setConfig(RequestConfig.copy(baseConfig)
        .setResponseTimeout(Timeout.of(min(responseTimeout, budget)))
        .setConnectTimeout(Timeout.of(min(connectTimeout, budget)))
        .setConnectionRequestTimeout(Timeout.of(min(lease, budget)))
        .build());
    if (watchdog.isShutdown()) {
      throw new TransportFailure(TransportFailure.Kind.OTHER, "the client is closed", null);
    }
    ExchangeDeadline exchange =
        new ExchangeDeadline(request, watchdog, System.nanoTime() + budget.toNanos());
    HttpClientContext context = HttpClientContext.create();
    context.setAttribute(EXCHANGE, exchange);
    CappedResponseHandler handler = new CappedResponseHandler(request, maxBodyBytes);
    try {
      return client.execute(request, context, handler);
    } catch (ConnectionRequestTimeoutException e) {
      throw new TransportFailure(TransportFailure.Kind.SATURATED,
          "no pooled connection became free within " + lease.toMillis() + " ms", e);
    } catch (IOException | RuntimeException e) {
      if (handler.cut() != null) {
        // The exchange was aborted at the cap: HttpClient's final consume of the entity may fail,
        // but this answer stands.
        return handler.cut();
      }
      if (exchange.expired()) {
        throw deadlinePassed(exchange, budget, e);
      }
      if (e instanceof IOException io) {
        throw classify(io);
      }
      throw new TransportFailure(TransportFailure.Kind.OTHER,
          "the HTTP client failed unexpectedly (" + e.getClass().getName() + ")", e);
    } finally {
      exchange.disarm();
    }
  }

  private static TransportFailure deadlinePassed(ExchangeDeadline exchange, Duration budget,
      Exception e) {
    // The watchdog's cancel closes the socket, which fails this thread's read at once, and then
    // gives the connection back to the pool: wait for that, so the attempt ends released.
    exchange.awaitAlarm();
    InterruptedIOException deadline = new InterruptedIOException("the call's deadline passed "
        + (exchange.sent() ? "during the exchange" : "before the request was sent") + " ("
        + budget.toMillis() + " ms were left)");
    deadline.initCause(e);
    return new TransportFailure(TransportFailure.Kind.TIMEOUT, deadline.getMessage(), deadline);
  }

  /**
   * The exec-chain step right after the connection is acquired and connected: it lets the request
   * go only while its budget lasts, and arms the watchdog's alarm for the rest of the budget.
   */
  private static ExecChainHandler sendGate() {
    return (request, scope, chain) -> {
      Object exchange = scope.clientContext.getAttribute(EXCHANGE);
      if (exchange instanceof ExchangeDeadline e && !e.startSending()) {
        throw new InterruptedIOException("the call's deadline passed before the request was sent");
      }
      return chain.proceed(request, scope);
    };
  }

  private static Duration min(Duration a, Duration b) {
    Duration m = a.compareTo(b) <= 0 ? a : b;
    return m.isZero() || m.isNegative() ? Duration.ofMillis(1) : m;
  }

  private static TransportFailure classify(IOException e) {
    TransportFailure.Kind kind;
    if (e instanceof ConnectException || e instanceof UnknownHostException
        || e instanceof NoRouteToHostException) {
      kind = TransportFailure.Kind.CONNECT;
    } else if (e instanceof InterruptedIOException || e instanceof ConnectTimeoutException) {
      kind = TransportFailure.Kind.TIMEOUT;
    } else if (e instanceof NoHttpResponseException || e instanceof ConnectionClosedException
        || e instanceof SocketException || e instanceof EOFException
        || e instanceof MalformedChunkCodingException || e instanceof TruncatedChunkException) {
      kind = TransportFailure.Kind.RESET;
    } else {
      kind = TransportFailure.Kind.OTHER;
    }
    return new TransportFailure(kind, e.getClass().getSimpleName(), e);
  }

  /**
   * The connection pool, for tests and diagnostics.
   *
   * @return the pool
   */
  PoolingHttpClientConnectionManager pool() {
    return pool;
  }

  @Override
  public void close() {
    watchdog.shutdownNow();
    client.close(CloseMode.GRACEFUL);
  }
}
