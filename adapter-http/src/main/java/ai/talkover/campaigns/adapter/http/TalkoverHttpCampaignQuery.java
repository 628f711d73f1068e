package ai.talkover.campaigns.adapter.http;

import ai.talkover.campaigns.application.port.out.CallDetails;
import ai.talkover.campaigns.application.port.out.CallReceipt;
import ai.talkover.campaigns.application.port.out.CampaignCommands;
import ai.talkover.campaigns.application.port.out.CampaignFilter;
import ai.talkover.campaigns.application.port.out.CampaignNotFoundException;
import ai.talkover.campaigns.application.port.out.CampaignPage;
import ai.talkover.campaigns.application.port.out.CampaignQuery;
import ai.talkover.campaigns.application.port.out.CampaignQueryException;
import ai.talkover.campaigns.application.port.out.CampaignWithBody;
import ai.talkover.campaigns.application.port.out.ClientSaturatedException;
import ai.talkover.campaigns.application.port.out.InvalidCampaignResponseException;
import ai.talkover.campaigns.application.port.out.InvalidResponseException;
import ai.talkover.campaigns.application.port.out.NetworkException;
import ai.talkover.campaigns.application.port.out.Pagination;
import ai.talkover.campaigns.application.port.out.QueuedCall;
import ai.talkover.campaigns.application.port.out.RateLimitedException;
import ai.talkover.campaigns.application.port.out.ServerErrorException;
import ai.talkover.campaigns.application.port.out.ServiceUnavailableException;
import ai.talkover.campaigns.application.port.out.StatusChange;
import ai.talkover.campaigns.application.port.out.UnauthorizedException;
import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import ai.talkover.campaigns.domain.campaign.CampaignStatus;
import ai.talkover.campaigns.domain.contact.PhoneNumber;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;

/**
 * A {@link CampaignQuery} over the Talkover REST API ({@code GET /api/v1/campaigns/{id}} and
 * {@code GET /api/v1/campaigns}), and the {@link CampaignCommands} of its write side
 * ({@code POST /api/v1/campaigns/{id}/call}, {@code PATCH /api/v1/campaigns/{id}/status}): the one
 * entry point of this adapter. Build it with
 * {@link #builder()}; close it to release its connection pool and watchdog thread.
 *
 * <p><b>What one call does.</b> Each call has one overall deadline (default 15 s) that covers the
 * wait for a pooled connection, every attempt, every wait between attempts and the reading of every
 * body; a body that trickles in is cut when the deadline passes. Attempts run through Resilience4j
 * decorators, a {@link Retry} (default 3 attempts) outside a {@link CircuitBreaker}: network
 * failures, HTTP 408, 429 and 5xx are retried after
 * {@link IntervalFunction#ofExponentialRandomBackoff exponential random backoff} (200 ms doubling
 * to 2 s, randomised by half, by default), or after the delay the API asked for
 * ({@code Retry-After} in seconds or as an HTTP date, or the body's {@code details.retry_after});
 * when that wait would not end before the deadline the call fails at once instead of waiting. Other
 * 4xx answers and bad bodies are never retried. When the circuit is open no request is sent and the
 * call fails with {@link ServiceUnavailableException}. The breaker counts network failures, timeouts
 * and 5xx (and 408) as failures; no other answer counts either way, and a half-open breaker goes back
 * to open after a bounded wait ({@code maxWaitDurationInHalfOpenState}, default twice the deadline,
 * at least 30 s)
 * so it can never stick. Waits go through the injected {@link Sleeper}, and time is read from the
 * injected {@link Clock}, so tests need not sleep.
 *
 * <p><b>Local saturation is local.</b> When every pooled connection stays busy until the call's
 * deadline (or the optional pool lease timeout) the call fails with
 * {@link ClientSaturatedException}: no request was sent, it is not retried and the breaker does not
 * count it.
 *
 * <p><b>What a response must be.</b> A success is a 2xx JSON body {@code {"success":true,"data":...}}
 * (a missing {@code success} is tolerated); Get Campaign's {@code data.id} must be the id asked for
 * (else {@link InvalidResponseException}, so another campaign's rules are never applied); a campaign in either documented shape (Get/List or
 * Create/Update) is mapped into {@link Campaign#builder()} so the domain validates it. Fields and
 * enum values the library does not know are kept, at every level: the campaign's in
 * {@link Campaign#unknownFields()}, those of the nested {@code agent}, {@code stats},
 * {@code calls[]}, {@code files[]} and {@code call_time_ranges[]} objects in the matching domain
 * type (see {@link Campaign#callTimeRangeUnknownFields()} for the ranges), and those of the list's
 * {@code pagination} block in {@link Pagination#unknownFields()}; so are those of the write side's
 * answers ({@link QueuedCall#unknownFields()}, {@link CallReceipt#unknownFields()} and
 * {@link CallReceipt#campaignUnknownFields()}, {@link StatusChange#unknownFields()}, with call
 * and campaign statuses as written). Bodies are capped (default
 * 16 MiB) and parsed under Jackson stream limits (nesting depth 64, strings of 1 MiB); redirects are
 * not followed.
 *
 * <p><b>Failures.</b> Every failure is a {@link CampaignQueryException}: 401/403
 * {@link UnauthorizedException}, 404 {@link CampaignNotFoundException}, 429
 * {@link RateLimitedException}, 5xx and 408 {@link ServerErrorException}, other statuses and bad
 * bodies {@link InvalidResponseException}, no usable response {@link NetworkException}, open circuit
 * {@link ServiceUnavailableException}, a campaign that breaks the domain's rules
 * {@link InvalidCampaignResponseException}, pool exhausted until the deadline
 * {@link ClientSaturatedException}. Each carries the status, the campaign id, the attempts made, the
 * API's message and a body snippet of at most 512 characters. Nothing else leaves: cancellation by the
 * deadline at any stage, a pool state error or an unexpected runtime exception of HttpClient or
 * Jackson arrives as one of these kinds with the original as cause.
 *
 * <p><b>The token</b> is sent only in the {@code Authorization} header. It never appears in an
 * exception message, a cause's message, a {@code toString()} or a log line: wherever the server
 * echoes it (a body snippet, the API's message, a Jackson parse detail, a validation message) it is
 * masked. The pool's connections log their headers to HttpClient's
 * {@code org.apache.hc.client5.http.headers} logger with the {@code Authorization} value masked and
 * never feed its byte-level {@code org.apache.hc.client5.http.wire} logger, so turning HttpClient's
 * debug logging on does not print the token either. A base URL with user info is refused without
 * being echoed.
 *
 * <p><b>Thread-safety:</b> safe for concurrent use by any number of threads. <b>Nullness:</b> no
 * argument may be {@code null} and no method returns {@code null}.
 */
public final class TalkoverHttpCampaignQuery implements CampaignQuery, CampaignCommands, AutoCloseable {

  /** The documented API host. */
  public static final String DEFAULT_BASE_URL = "https://app.talkover.ai";

  private static final String GET = "GET";

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
      UNKNOWN;

      /**
       * The class of a status.
       *
       * @param status the HTTP status, or 0 when no response arrived
       * @return the outcome
       */
      public static Outcome of(int status) {
        if (status >= 100 && status < 600) {
          return values()[status / 100 - 1];
        }
        return UNKNOWN;
      }
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

  private final HttpQuerySettings settings;
  private final String apiRoot;
  private final HttpQueryParts parts;
  private final CampaignReader reader;
  private final CampaignWriter writer;
  private final AtomicBoolean closed = new AtomicBoolean();

  private TalkoverHttpCampaignQuery(HttpQuerySettings settings) {
    this.settings = settings;
    this.apiRoot = ApiBaseUrl.root(settings.baseUrl());
    this.parts = HttpQueryParts.wire(settings);
    this.reader = new CampaignReader(parts.reads(), parts.codec(), this::uri, parts.redactor());
    this.writer = new CampaignWriter(parts.writes(), settings.maxBodyBytes(), this::uri,
        parts.redactor());
  }

  /**
   * A builder with the defaults each of its setters names: base URL {@value #DEFAULT_BASE_URL},
   * 3 attempts, a circuit breaker opening at a 50 % failure rate over the last 20 calls (at least
   * 10), staying open 30 s, letting 3 calls through half-open and going back to open after twice
   * the deadline (at least 30 s) half-open.
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
   * @throws InvalidResponseException when the document is empty, not JSON, truncated, too large,
   *     beyond the parser limits, has {@code success:false} or an envelope without {@code data}
   * @throws InvalidCampaignResponseException when the campaign breaks the domain's rules; its
   *     violations name the JSON fields
   */
  public static Campaign readCampaign(InputStream in) {
    return CampaignJson.read(in);
  }

  /**
   * {@link #readCampaign(InputStream)} of a document in memory.
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
   * <p>The answer's {@code data.id} must be {@code id}; any other id is an
   * {@link InvalidResponseException} (nothing of that answer is used).
   *
   * @throws IllegalArgumentException when the id is longer than 256 characters or is {@code .} or
   *     {@code ..} (no request is sent)
   * @throws IllegalStateException when this query is closed
   */
  @Override
  public Campaign get(CampaignId id) {
    return reader.get(Objects.requireNonNull(id, "id"));
  }

  /**
   * {@link #get} that also returns the body as the API sent it, for a tier that stores bodies
   * (fleet mode keeps the body in Redis so that every node parses what the API sent, unknown fields
   * included).
   *
   * @param id the campaign id
   * @return the validated campaign and its body as received; never {@code null}
   * @throws CampaignQueryException as {@link #get}
   */
  public CampaignWithBody getWithBody(CampaignId id) {
    return reader.getWithBody(Objects.requireNonNull(id, "id"));
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
    return reader.list(Objects.requireNonNull(filter, "filter"));
  }

  /**
   * {@inheritDoc}
   *
   * <p>Sends {@code POST /api/v1/campaigns/{id}/call} with {@code "allow_duplicates":false}, under
   * the same deadline, pool, breaker and redaction as reads. It is sent again only when the API
   * certainly did not act on it: the connection could not be made, or 429 (waiting as asked, when the
   * wait ends before the deadline). A timeout, reset, 5xx or damaged answer is thrown at once.
   *
   * @throws IllegalArgumentException when the id is not a valid path segment (nothing is sent), or
   *     the payload or context cannot be written as JSON
   * @throws IllegalStateException when this query is closed
   */
  @Override
  public CallReceipt placeCall(CampaignId campaignId, PhoneNumber to, CallDetails details) {
    Objects.requireNonNull(campaignId, "campaignId");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(details, "details");
    return writer.placeCall(campaignId, to, details);
  }

  /**
   * {@inheritDoc}
   *
   * <p>Sends {@code PATCH /api/v1/campaigns/{id}/status}, retried only as {@link #placeCall} is
   * (a repeated status change would be refused as an invalid transition).
   *
   * @throws IllegalStateException when this query is closed
   */
  @Override
  public StatusChange updateStatus(CampaignId campaignId, CampaignStatus.Known status) {
    Objects.requireNonNull(campaignId, "campaignId");
    Objects.requireNonNull(status, "status");
    return writer.updateStatus(campaignId, status);
  }

  private URI uri(String path) {
    if (closed.get()) {
      throw new IllegalStateException("this TalkoverHttpCampaignQuery is closed");
    }
    return URI.create(apiRoot + path);
  }

  /**
   * The retry of the writes (Make Campaign Call, Update Campaign Status), for metrics binding: it
   * sends again only what certainly was not processed.
   *
   * @return the retry; never {@code null}
   */
  public Retry writeRetry() {
    return parts.writeRetry();
  }

  /**
   * The circuit breaker, for metrics binding and operations (for example a forced reset).
   *
   * @return the breaker; never {@code null}
   */
  public CircuitBreaker circuitBreaker() {
    return parts.circuitBreaker();
  }

  /**
   * The retry, for metrics binding.
   *
   * @return the retry; never {@code null}
   */
  public Retry retry() {
    return parts.retry();
  }

  /** Closes the connection pool and the deadline watchdog. Idempotent. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      parts.reads().close();
    }
  }

  @Override
  public String toString() {
    return "TalkoverHttpCampaignQuery[baseUrl=" + parts.redactor().redact(settings.baseUrl())
        + ", token=" + Redactor.MASK + ", connectTimeout=" + settings.connectTimeout()
        + ", responseTimeout=" + settings.responseTimeout() + ", poolLeaseTimeout="
        + settings.effectivePoolLeaseTimeout() + ", deadline=" + settings.deadline()
        + ", maxBodyBytes=" + settings.maxBodyBytes() + ", maxAttempts="
        + parts.retry().getRetryConfig().getMaxAttempts() + ", circuitBreaker="
        + parts.circuitBreaker().getState() + "]";
  }

  /** The connection pool, for tests. */
  PoolingHttpClientConnectionManager connectionPool() {
    return parts.reads().pool();
  }

  /**
   * Configures a {@link TalkoverHttpCampaignQuery}. Only the token is required. Setters check their
   * argument at once ({@link IllegalArgumentException} naming the setting, {@link
   * NullPointerException} for {@code null}); {@link #build()} checks the combination. Retry and
   * circuit-breaker settings are Resilience4j's own, through {@link #retry(Consumer)} and
   * {@link #circuitBreaker(Consumer)}.
   *
   * <p>Its setters are declared in a package-private base class, so that this file holds the entry
   * point; they are this builder's methods all the same. Not thread-safe. Its {@code toString()}
   * masks the token and any user info of the base URL.
   */
  public static final class Builder extends HttpQueryOptions {

    private Builder() {}

    /**
     * Builds the query and opens its connection pool.
     *
     * @return the query; close it when done
     * @throws IllegalStateException when no token was given
     * @throws IllegalArgumentException when the base URL is not an absolute {@code https} URL (or
     *     an allowed {@code http} one) without user info, query or fragment, or when a Resilience4j
     *     customiser set an invalid value
     */
    public TalkoverHttpCampaignQuery build() {
      return new TalkoverHttpCampaignQuery(settings());
    }
  }
}
