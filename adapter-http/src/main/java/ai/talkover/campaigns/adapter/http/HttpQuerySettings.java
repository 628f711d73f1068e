package ai.talkover.campaigns.adapter.http;

import ai.talkover.campaigns.adapter.http.TalkoverHttpCampaignQuery.ExchangeListener;
import ai.talkover.campaigns.adapter.http.TalkoverHttpCampaignQuery.Sleeper;
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
 * The settings of one {@link TalkoverHttpCampaignQuery}, as its builder collected them, checked as a
 * whole: the token present, then the base URL normalised ({@link BaseUrl#normalise}: user info is
 * refused before anything echoes the URL). The static checks below are the ones the builder's
 * setters apply to each value at once, so that a bad value is named as the user wrote the setting.
 * Immutable; its {@code toString()} masks the token.
 *
 * @param token the API token; never shown
 * @param baseUrl the base URL, normalised by the constructor ({@code scheme://authority[/prefix]})
 * @param allowInsecureHttp whether plain {@code http} to a non-loopback host is accepted
 * @param connectTimeout the connect timeout
 * @param responseTimeout the response timeout
 * @param poolLeaseTimeout the optional bound on the pool wait; {@code null} for the deadline alone
 * @param deadline the overall deadline of one call
 * @param maxBodyBytes the body cap
 * @param backoff the wait when the server named none
 * @param retryCustomizer the caller's Resilience4j retry adjustments
 * @param circuitBreakerCustomizer the caller's Resilience4j breaker adjustments
 * @param maxConnections the pool size
 * @param name the breaker's and the retry's name
 * @param sleeper what waits between attempts
 * @param clock the time source
 * @param listener told about every exchange; nullable
 * @param budget the request budget
 * @param proxy the explicit proxy; {@code null} for the JVM's settings
 */
record HttpQuerySettings(String token, String baseUrl, boolean allowInsecureHttp,
    Duration connectTimeout, Duration responseTimeout, Duration poolLeaseTimeout, Duration deadline,
    long maxBodyBytes, IntervalFunction backoff, Consumer<RetryConfig.Builder<Object>> retryCustomizer,
    Consumer<CircuitBreakerConfig.Builder> circuitBreakerCustomizer, int maxConnections,
    String name, Sleeper sleeper, Clock clock, ExchangeListener listener, RequestBudget budget,
    HttpHost proxy) {

  /** The default wait between attempts: 200 ms doubling to 2 s, randomised by half. */
  static final IntervalFunction DEFAULT_BACKOFF =
      IntervalFunction.ofExponentialRandomBackoff(Duration.ofMillis(200), 2.0, 0.5, Duration.ofSeconds(2));

  /** The default sleeper: sleeps the calling thread. */
  static final Sleeper SLEEPING = duration -> {
    long millis = duration.toMillis();
    if (millis > 0) {
      Thread.sleep(millis);
    }
  };

  /**
   * Checks the combination and normalises the base URL.
   *
   * @throws IllegalStateException when no token was given
   * @throws IllegalArgumentException naming {@code baseUrl}, as {@link BaseUrl#normalise}
   */
  HttpQuerySettings {
    if (token == null) {
      throw new IllegalStateException("token: required");
    }
    baseUrl = BaseUrl.normalise(baseUrl, allowInsecureHttp);
  }

  /** The wait for a pooled connection as it is shown: the lease timeout, at most the deadline. */
  Duration effectivePoolLeaseTimeout() {
    return poolLeaseTimeout == null || poolLeaseTimeout.compareTo(deadline) > 0
        ? deadline : poolLeaseTimeout;
  }

  @Override
  public String toString() {
    return "HttpQuerySettings[baseUrl=" + baseUrl + ", token=" + Redactor.MASK + ", deadline="
        + deadline + ", maxConnections=" + maxConnections + ", name=" + name + "]";
  }

  // ------------------------------------------------------------ checks of one value, for setters

  static String checkToken(String token) {
    Objects.requireNonNull(token, "token");
    if (token.isBlank()) {
      throw new IllegalArgumentException("token: is blank");
    }
    if (token.chars().anyMatch(c -> c <= 0x20 || c == 0x7F)) {
      throw new IllegalArgumentException("token: contains whitespace or control characters");
    }
    return token;
  }

  static Duration positive(String setting, Duration d) {
    Objects.requireNonNull(d, setting);
    if (d.isZero() || d.isNegative()) {
      throw new IllegalArgumentException(setting + ": " + d + " is not positive");
    }
    return d;
  }

  static long checkMaxBodyBytes(long bytes) {
    if (bytes < 1 || bytes > 1L << 30) {
      throw new IllegalArgumentException("maxBodyBytes: " + bytes + " is outside 1..1073741824");
    }
    return bytes;
  }

  static int checkMaxConnections(int connections) {
    if (connections < 1) {
      throw new IllegalArgumentException("maxConnections: " + connections + " is less than 1");
    }
    return connections;
  }

  static String checkName(String name) {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name: is blank");
    }
    return name;
  }
}
