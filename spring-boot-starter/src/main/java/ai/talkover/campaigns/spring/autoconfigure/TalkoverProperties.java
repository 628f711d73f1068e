package ai.talkover.campaigns.spring.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The {@code talkover.*} settings of the Spring Boot starter: the API, the HTTP client, the cache and
 * the opt-in compliance policies. Durations take Spring Boot's forms ({@code 10s}, {@code 5m},
 * {@code PT10S}; a bare number is milliseconds).
 *
 * <p>Validated when bound (the class validates itself): every problem is reported at start-up with
 * the property's name, and the token's value is never part of a message. Not thread-safe; Spring
 * binds it once at start-up.
 */
@ConfigurationProperties(TalkoverProperties.PREFIX)
public class TalkoverProperties implements Validator {

  /** The prefix of every property. */
  public static final String PREFIX = "talkover";

  private final Api api = new Api();
  private final Http http = new Http();
  private final Cache cache = new Cache();
  private final Compliance compliance = new Compliance();
  @NestedConfigurationProperty private final FleetProperties fleet = new FleetProperties();
  @NestedConfigurationProperty private final CallGateProperties calls = new CallGateProperties();

  /** @return the API settings */
  public Api getApi() {
    return api;
  }

  /** @return the HTTP client settings */
  public Http getHttp() {
    return http;
  }

  /** @return the cache settings */
  public Cache getCache() {
    return cache;
  }

  /** @return the fleet-mode settings */
  public FleetProperties getFleet() {
    return fleet;
  }

  /** @return the call gate's settings */
  public CallGateProperties getCalls() {
    return calls;
  }

  /** @return the opt-in compliance policies */
  public Compliance getCompliance() {
    return compliance;
  }

  @Override
  public boolean supports(Class<?> type) {
    return TalkoverProperties.class.isAssignableFrom(type);
  }

  @Override
  public void validate(Object target, Errors errors) {
    PropertyChecks.check((TalkoverProperties) target, problem -> errors.reject("talkover.invalid", problem));
  }

  @Override
  public String toString() {
    return "TalkoverProperties[token=" + (api.token == null ? "(none)" : "***") + ", baseUrl="
        + api.baseUrl + "]";
  }

  /** {@code talkover.api.*}: where the API is and how to authenticate. */
  public static class Api {

    /**
     * The API token (environment token, talq_...); setting it turns the auto-configuration on. Also
     * read from the environment variable TALKOVER_API_TOKEN. Never logged or shown.
     */
    private String token;

    /** The API's base URL, without /api/v1; a path prefix is kept (for a gateway). */
    private String baseUrl = "https://app.talkover.ai";

    /**
     * Whether a plain http base URL on a host other than loopback is accepted (the token then travels
     * in clear text).
     */
    private boolean allowInsecureHttp = false;

    /**
     * The API request budget, such as 100/min, 1000/min or 10/s: shared by the fleet in fleet mode,
     * else for this process. Unset: 100/min in fleet mode, no budget without a fleet.
     */
    private String rateLimit;

    /** @return the request budget as written, or {@code null} */
    public String getRateLimit() {
      return rateLimit;
    }

    /** @param rateLimit the request budget */
    public void setRateLimit(String rateLimit) {
      this.rateLimit = rateLimit;
    }

    /** @return the token, or {@code null} */
    public String getToken() {
      return token;
    }

    /** @param token the token */
    public void setToken(String token) {
      this.token = token;
    }

    /** @return the base URL */
    public String getBaseUrl() {
      return baseUrl;
    }

    /** @param baseUrl the base URL */
    public void setBaseUrl(String baseUrl) {
      this.baseUrl = baseUrl;
    }

    /** @return whether clear-text http to a non-loopback host is accepted */
    public boolean isAllowInsecureHttp() {
      return allowInsecureHttp;
    }

    /** @param allowInsecureHttp whether clear-text http to a non-loopback host is accepted */
    public void setAllowInsecureHttp(boolean allowInsecureHttp) {
      this.allowInsecureHttp = allowInsecureHttp;
    }

    @Override
    public String toString() {
      return "Api[token=" + (token == null ? "(none)" : "***") + ", baseUrl=" + baseUrl + "]";
    }
  }

  /** {@code talkover.http.*}: timeouts, retries and the connection pool of the API client. */
  public static class Http {

    /** The TCP and TLS connect timeout. */
    private Duration connectTimeout = Duration.ofSeconds(2);

    /** The longest wait for the response head, and between two reads of the body. */
    private Duration responseTimeout = Duration.ofSeconds(5);

    /** The overall deadline of one call: every attempt, backoff wait and body read. */
    private Duration deadline = Duration.ofSeconds(15);

    /** Attempts per call, the first included (1 to 10). */
    private int maxAttempts = 3;

    /** Pooled connections to the API host. */
    private int maxConnections = 20;

    private final Proxy proxy = new Proxy();

    /** @return the connect timeout */
    public Duration getConnectTimeout() {
      return connectTimeout;
    }

    /** @param connectTimeout the connect timeout */
    public void setConnectTimeout(Duration connectTimeout) {
      this.connectTimeout = connectTimeout;
    }

    /** @return the response timeout */
    public Duration getResponseTimeout() {
      return responseTimeout;
    }

    /** @param responseTimeout the response timeout */
    public void setResponseTimeout(Duration responseTimeout) {
      this.responseTimeout = responseTimeout;
    }

    /** @return the deadline of one call */
    public Duration getDeadline() {
      return deadline;
    }

    /** @param deadline the deadline of one call */
    public void setDeadline(Duration deadline) {
      this.deadline = deadline;
    }

    /** @return attempts per call */
    public int getMaxAttempts() {
      return maxAttempts;
    }

    /** @param maxAttempts attempts per call */
    public void setMaxAttempts(int maxAttempts) {
      this.maxAttempts = maxAttempts;
    }

    /** @return pooled connections */
    public int getMaxConnections() {
      return maxConnections;
    }

    /** @param maxConnections pooled connections */
    public void setMaxConnections(int maxConnections) {
      this.maxConnections = maxConnections;
    }

    /** @return the proxy settings */
    public Proxy getProxy() {
      return proxy;
    }
  }

  /**
   * {@code talkover.http.proxy.*}: an HTTP proxy for every API request (CONNECT tunnels for https);
   * unset, the JVM's proxy settings apply.
   */
  public static class Proxy {

    /**
     * The HTTP proxy's host for every API request; set together with the port. Unset: the JVM's proxy
     * settings apply (https.proxyHost, https.proxyPort, http.nonProxyHosts).
     */
    private String host;

    /** The proxy's port (1 to 65535); set together with the host. */
    private Integer port;

    /** @return the host, or {@code null} */
    public String getHost() {
      return host;
    }

    /** @param host the host */
    public void setHost(String host) {
      this.host = host;
    }

    /** @return the port, or {@code null} */
    public Integer getPort() {
      return port;
    }

    /** @param port the port */
    public void setPort(Integer port) {
      this.port = port;
    }
  }

  /** {@code talkover.cache.*}: the campaign cache in front of the API. */
  public static class Cache {

    /** The most campaigns cached (values, stale values and not-found answers alike). */
    private long maximumSize = 10_000;

    /** How long a campaign is fresh; after that a read reloads it. */
    private Duration expireAfterWrite = Duration.ofMinutes(5);

    /** Age after which a read starts one background reload (shorter than expire-after-write). */
    private Duration refreshAfterWrite = Duration.ofSeconds(30);

    /** How long a stale campaign may still be served while the API fails (not below expire-after-write). */
    private Duration maxStaleness = Duration.ofHours(1);

    /** How long a "campaign not found" answer is remembered. */
    private Duration notFoundTtl = Duration.ofSeconds(30);

    /** @return the maximum size */
    public long getMaximumSize() {
      return maximumSize;
    }

    /** @param maximumSize the maximum size */
    public void setMaximumSize(long maximumSize) {
      this.maximumSize = maximumSize;
    }

    /** @return how long a campaign is fresh */
    public Duration getExpireAfterWrite() {
      return expireAfterWrite;
    }

    /** @param expireAfterWrite how long a campaign is fresh */
    public void setExpireAfterWrite(Duration expireAfterWrite) {
      this.expireAfterWrite = expireAfterWrite;
    }

    /** @return the refresh-ahead age */
    public Duration getRefreshAfterWrite() {
      return refreshAfterWrite;
    }

    /** @param refreshAfterWrite the refresh-ahead age */
    public void setRefreshAfterWrite(Duration refreshAfterWrite) {
      this.refreshAfterWrite = refreshAfterWrite;
    }

    /** @return the maximum staleness */
    public Duration getMaxStaleness() {
      return maxStaleness;
    }

    /** @param maxStaleness the maximum staleness */
    public void setMaxStaleness(Duration maxStaleness) {
      this.maxStaleness = maxStaleness;
    }

    /** @return how long not-found is remembered */
    public Duration getNotFoundTtl() {
      return notFoundTtl;
    }

    /** @param notFoundTtl how long not-found is remembered */
    public void setNotFoundTtl(Duration notFoundTtl) {
      this.notFoundTtl = notFoundTtl;
    }
  }

  /**
   * {@code talkover.compliance.*}: opt-in policies on top of Talkover's own rules; with none set,
   * decisions follow exactly the campaign's rules.
   */
  public static class Compliance {

    /**
     * Allowed hours in the recipient's local time (every zone the number may be in): TCPA
     * (08:00-21:00), US_STRICT (08:00-20:00), CA_CRTC, or ranges such as 09:00-12:00,13:00-20:00.
     * Unset: no recipient-hours policy.
     */
    private String recipientHours;

    /**
     * The zone to assume when a number's zone is unknown (toll-free, non-geographic), for example
     * America/Chicago. Unset: such numbers are refused (RECIPIENT_ZONE_UNKNOWN).
     */
    private String fallbackZone;

    /** Dates (YYYY-MM-DD) closed all day, such as holidays. */
    private List<String> blackoutDates = new ArrayList<>();

    /** Whose calendar the blackout dates are read in: campaign (the campaign's zone) or recipient. */
    private String blackoutZone = "campaign";

    private final AttemptCap attemptCap = new AttemptCap();

    /** @return the recipient hours, or {@code null} */
    public String getRecipientHours() {
      return recipientHours;
    }

    /** @param recipientHours the recipient hours */
    public void setRecipientHours(String recipientHours) {
      this.recipientHours = recipientHours;
    }

    /** @return the fallback zone, or {@code null} */
    public String getFallbackZone() {
      return fallbackZone;
    }

    /** @param fallbackZone the fallback zone */
    public void setFallbackZone(String fallbackZone) {
      this.fallbackZone = fallbackZone;
    }

    /** @return the blackout dates as written */
    public List<String> getBlackoutDates() {
      return blackoutDates;
    }

    /** @param blackoutDates the blackout dates */
    public void setBlackoutDates(List<String> blackoutDates) {
      this.blackoutDates = blackoutDates;
    }

    /** @return the blackout zone as written */
    public String getBlackoutZone() {
      return blackoutZone;
    }

    /** @param blackoutZone the blackout zone */
    public void setBlackoutZone(String blackoutZone) {
      this.blackoutZone = blackoutZone;
    }

    /** @return the attempt cap */
    public AttemptCap getAttemptCap() {
      return attemptCap;
    }
  }

  /** {@code talkover.compliance.attempt-cap.*}: at most max attempts in any rolling period. */
  public static class AttemptCap {

    /** The most attempts to one number in any rolling period; set together with per. Unset: no cap. */
    private Integer max;

    /** The rolling period of the cap, such as 24h or 7d; set together with max. */
    private Duration per;

    /** @return the maximum, or {@code null} */
    public Integer getMax() {
      return max;
    }

    /** @param max the maximum */
    public void setMax(Integer max) {
      this.max = max;
    }

    /** @return the period, or {@code null} */
    public Duration getPer() {
      return per;
    }

    /** @param per the period */
    public void setPer(Duration per) {
      this.per = per;
    }
  }
}
