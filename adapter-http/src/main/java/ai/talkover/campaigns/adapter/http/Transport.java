package ai.talkover.campaigns.adapter.http;

import ai.talkover.campaigns.application.port.out.NetworkException;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.routing.HttpRoutePlanner;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.apache.hc.core5.http.io.HttpClientResponseHandler;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * Sends one GET and reads its response, within a time budget: Apache HttpClient 5 over a connection
 * pool, its own retries and redirects off, explicit connect, response and pool-lease timeouts, and a
 * watchdog that cancels the exchange when the budget runs out, even while a slow body trickles in.
 * The body is read up to a cap; past it the exchange is aborted and its connection discarded.
 * Every exchange gives its connection back to the pool (or closes it) before this class returns.
 *
 * <p>Thread-safe.
 */
final class Transport implements AutoCloseable {

  private static final int BUFFER = 8192;
  private static final AtomicInteger INSTANCES = new AtomicInteger();

  private final PoolingHttpClientConnectionManager pool;
  private final CloseableHttpClient client;
  private final ScheduledThreadPoolExecutor watchdog;
  private final RequestConfig baseConfig;
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
   * @param leaseTimeout the longest wait for a pooled connection
   * @param maxBodyBytes the body cap
   * @param maxConnections the pool size
   * @param routePlanner direct or through which proxy ({@link ProxyRoutes})
   */
  Transport(String token, String userAgent, Duration connectTimeout, Duration responseTimeout,
      Duration leaseTimeout, long maxBodyBytes, int maxConnections, HttpRoutePlanner routePlanner) {
    this.authorization = "Bearer " + token;
    this.userAgent = userAgent;
    this.responseTimeout = responseTimeout;
    this.leaseTimeout = leaseTimeout;
    this.maxBodyBytes = maxBodyBytes;
    this.pool = PoolingHttpClientConnectionManagerBuilder.create()
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
        .setConnectionRequestTimeout(Timeout.of(leaseTimeout))
        .setResponseTimeout(Timeout.of(responseTimeout))
        .build();
    this.client = HttpClients.custom()
        .setConnectionManager(pool)
        .setRoutePlanner(routePlanner)
        .setDefaultRequestConfig(baseConfig)
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
    HttpGet request = new HttpGet(uri);
    request.setHeader(HttpHeaders.AUTHORIZATION, authorization);
    request.setHeader(HttpHeaders.ACCEPT, "application/json");
    request.setHeader(HttpHeaders.USER_AGENT, userAgent);
    request.setConfig(RequestConfig.copy(baseConfig)
        .setResponseTimeout(Timeout.of(min(responseTimeout, budget)))
        .setConnectionRequestTimeout(Timeout.of(min(leaseTimeout, budget)))
        .build());
    AtomicBoolean expired = new AtomicBoolean();
    AtomicReference<RawResponse> cut = new AtomicReference<>();
    ScheduledFuture<?> alarm;
    try {
      alarm = watchdog.schedule(() -> {
        expired.set(true);
        request.cancel();
      }, Math.max(1, budget.toMillis()), TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.RejectedExecutionException e) {
      throw new TransportFailure(NetworkException.Kind.OTHER, "the client is closed", null);
    }
    try {
      return client.execute(request, handler(request, cut));
    } catch (IOException e) {
      if (cut.get() != null) {
        return cut.get();
      }
      if (expired.get()) {
        // The watchdog's cancel closes the socket, which fails this thread's read at once, and then
        // gives the connection back to the pool: wait for that, so the attempt ends released.
        awaitQuietly(alarm);
        InterruptedIOException deadline = new InterruptedIOException(
            "the call's deadline passed during the exchange (" + budget.toMillis() + " ms were left)");
        deadline.initCause(e);
        throw new TransportFailure(NetworkException.Kind.TIMEOUT, deadline.getMessage(), deadline);
      }
      throw classify(e);
    } finally {
      alarm.cancel(false);
    }
  }

  private HttpClientResponseHandler<RawResponse> handler(HttpGet request,
      AtomicReference<RawResponse> cut) {
    return (ClassicHttpResponse response) -> {
      HttpEntity entity = response.getEntity();
      byte[] body = new byte[0];
      boolean tooLarge = false;
      if (entity != null) {
        long declared = entity.getContentLength();
        if (declared > maxBodyBytes) {
          request.cancel();
          tooLarge = true;
        } else if (declared >= 0) {
          try (InputStream in = entity.getContent()) {
            body = readDeclared(in, (int) declared);
          }
        } else {
          try (InputStream in = entity.getContent()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(
                (int) Math.min(Math.max(entity.getContentLength(), 256), BUFFER));
            byte[] buffer = new byte[BUFFER];
            long total = 0;
            int n;
            while ((n = in.read(buffer)) != -1) {
              total += n;
              if (total > maxBodyBytes) {
                if (out.size() < BUFFER) {
                  out.write(buffer, 0, Math.min(n, BUFFER - out.size()));
                }
                request.cancel();
                tooLarge = true;
                break;
              }
              out.write(buffer, 0, n);
            }
            body = tooLarge ? Arrays.copyOf(out.toByteArray(), Math.min(out.size(), BUFFER))
                : out.toByteArray();
          } catch (IOException e) {
            if (tooLarge) {
              // closing an aborted stream may fail; the body is already cut
            } else {
              throw e;
            }
          }
        }
      }
      RawResponse raw = new RawResponse(response.getCode(),
          header(response, HttpHeaders.CONTENT_TYPE), header(response, HttpHeaders.RETRY_AFTER),
          header(response, HttpHeaders.LOCATION), body, tooLarge);
      if (tooLarge) {
        // The exchange was aborted: HttpClient's final consume of the entity may fail, but this
        // answer stands.
        cut.set(raw);
      }
      return raw;
    };
  }

  /**
   * A body of a declared length (at most the cap), read into one array of that size rather than
   * grown and copied. HttpClient's stream ends at the declared length and fails on a shorter body.
   */
  private static byte[] readDeclared(InputStream in, int length) throws IOException {
    byte[] body = new byte[length];
    int read = 0;
    while (read < length) {
      int n = in.read(body, read, length - read);
      if (n < 0) {
        return Arrays.copyOf(body, read);
      }
      read += n;
    }
    return body;
  }

  private static void awaitQuietly(ScheduledFuture<?> alarm) {
    try {
      alarm.get(1, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException
        | java.util.concurrent.CancellationException e) {
      // the watchdog's own failure or delay does not change the outcome of the attempt
    }
  }

  private static String header(ClassicHttpResponse response, String name) {
    Header h = response.getFirstHeader(name);
    return h == null ? null : h.getValue();
  }

  private static Duration min(Duration a, Duration b) {
    Duration m = a.compareTo(b) <= 0 ? a : b;
    return m.isZero() || m.isNegative() ? Duration.ofMillis(1) : m;
  }

  private static TransportFailure classify(IOException e) {
    NetworkException.Kind kind;
    if (e instanceof ConnectException || e instanceof UnknownHostException
        || e instanceof NoRouteToHostException) {
      kind = NetworkException.Kind.CONNECT;
    } else if (e instanceof InterruptedIOException) {
      kind = NetworkException.Kind.TIMEOUT;
    } else if (e instanceof NoHttpResponseException || e instanceof ConnectionClosedException
        || e instanceof SocketException || e instanceof EOFException
        || e instanceof org.apache.hc.core5.http.MalformedChunkCodingException
        || e instanceof org.apache.hc.core5.http.TruncatedChunkException) {
      kind = NetworkException.Kind.RESET;
    } else {
      kind = NetworkException.Kind.OTHER;
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
