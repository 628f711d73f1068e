package ai.talkover.campaigns.adapter.http;

import ai.talkover.campaigns.adapter.http.TalkoverHttpCampaignQuery.ExchangeListener;
import ai.talkover.campaigns.application.port.out.CampaignQueryException;
import ai.talkover.campaigns.application.port.out.CampaignQueryException.Context;
import ai.talkover.campaigns.application.port.out.NetworkException;
import ai.talkover.campaigns.application.port.out.RateLimitedException;
import ai.talkover.campaigns.application.port.out.RequestBudget;
import ai.talkover.campaigns.application.port.out.ServiceUnavailableException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Executes one request the resilient way: Resilience4j's {@link Retry} decorating its
 * {@link CircuitBreaker} decorating one {@link Transport} exchange, all within the call's deadline.
 *
 * <ul>
 *   <li><b>Retry outside, breaker inside</b>: every attempt asks the breaker for permission, and the
 *       breaker records or releases that permission on every path ({@link Failures} says which kinds
 *       count); an open circuit refuses the attempt without I/O ({@link ServiceUnavailableException}).
 *   <li><b>Waits</b> between attempts come from {@link RetryInterval} (the server's wait, else the
 *       backoff; {@code -1} when it would pass the deadline or the circuit is open) and run on the
 *       caller's thread through {@link CallerThreadScheduler}.
 *   <li><b>The deadline</b> is one instant per call: each attempt gets the time left as its budget
 *       (the pool wait, the connect and the exchange all end by it), an attempt with no time left is
 *       not sent, and no wait is started that would end after it.
 *   <li><b>Answers</b> are read by {@link AnswerReader}: a 2xx body into the value, any other
 *       status into its {@link CampaignQueryException}.
 *   <li><b>Failures</b> leave as one {@link CampaignQueryException} with the original as cause, the
 *       token masked ({@link Redactor}); a runtime exception of the HTTP client or of the body
 *       reader is wrapped too.
 * </ul>
 *
 * <p>Reusable for any request: the caller gives a request factory (one fresh request per attempt)
 * and a reader of the successful body. Whether a request may be retried at all is the retry
 * configuration's business; a caller that must never send twice passes a retry with one attempt.
 * Thread-safe.
 */
final class ResilientTransport implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(TalkoverHttpCampaignQuery.class);

  /**
   * Turns a successful (2xx JSON) body into the call's value.
   *
   * @param <T> the value
   */
  @FunctionalInterface
  interface BodyReader<T> {

    /**
     * Reads the body.
     *
     * @param body the body; not empty
     * @param context what is known of the exchange, for the exceptions
     * @return the value; not {@code null}
     * @throws CampaignQueryException when the body is not what the API documents
     */
    T read(byte[] body, Context context);
  }

  /**
   * One request to send: what to send and how to read it.
   *
   * @param method the HTTP method, for logs and the exchange listener
   * @param template the path template, for logs and the exchange listener
   * @param request makes the request of one attempt
   * @param campaignId the campaign asked for; nullable
   * @param notFoundMeansMissing whether a 404 means "no such campaign" (else an invalid response)
   * @param <T> the value
   * @param reader reads the successful body
   * @param statuses what this endpoint's own non-2xx answers mean; nullable (as for reads)
   */
  record Request<T>(String method, String template, Supplier<? extends HttpUriRequestBase> request,
      String campaignId, boolean notFoundMeansMissing, BodyReader<T> reader, StatusReader statuses) {

    /** A request whose non-2xx answers mean what they mean for reads. */
    Request(String method, String template, Supplier<? extends HttpUriRequestBase> request,
        String campaignId, boolean notFoundMeansMissing, BodyReader<T> reader) {
      this(method, template, request, campaignId, notFoundMeansMissing, reader, null);
    }
  }

  /**
   * What an endpoint's own non-2xx answers mean (the writes' 400, 409, 422), asked before the
   * reads' classification.
   */
  @FunctionalInterface
  interface StatusReader {

    /**
     * The failure a status stands for at this endpoint.
     *
     * @param status the HTTP status
     * @param body the body; empty when it was larger than the cap
     * @param context what is known of the exchange (API message and snippet already masked)
     * @return the failure, or {@code null} to classify the status as reads do
     */
    CampaignQueryException read(int status, byte[] body, Context context);
  }

  private final Transport transport;
  private final Retry retry;
  private final CircuitBreaker circuitBreaker;
  private final ScheduledExecutorService scheduler;
  private final Clock clock;
  private final Duration deadline;
  private final Redactor redactor;
  private final AnswerReader answers;
  private final ExchangeListener listener;
  private final RequestBudget requestBudget;

  /**
   * Wires the parts.
   *
   * @param transport sends one request
   * @param retry the retry (its interval a {@link RetryInterval}, its predicate on {@link FailedAttempt})
   * @param circuitBreaker the breaker (its predicates from {@link Failures#countsAsFailure})
   * @param scheduler where the retry waits
   * @param clock the time source of the deadline
   * @param deadline the overall deadline of one call
   * @param maxBodyBytes the body cap, for messages
   * @param redactor masks the token
   * @param errorReader reads an error body
   * @param notTheApi what a 404 whose body is not Talkover's says ({@link ApiBaseUrl#notTheApi})
   * @param listener told about every exchange; nullable
   * @param budget the request budget each attempt spends first, fed each response's rate-limit
   *     headers
   */
  ResilientTransport(Transport transport, Retry retry, CircuitBreaker circuitBreaker,
      ScheduledExecutorService scheduler, Clock clock, Duration deadline, long maxBodyBytes,
      Redactor redactor, Function<byte[], ErrorBody> errorReader, String notTheApi,
      ExchangeListener listener, RequestBudget budget) {
    this.requestBudget = budget;
    this.transport = transport;
    this.retry = retry;
    this.circuitBreaker = circuitBreaker;
    this.scheduler = scheduler;
    this.clock = clock;
    this.deadline = deadline;
    this.redactor = redactor;
    this.answers = new AnswerReader(clock, maxBodyBytes, redactor, errorReader, notTheApi);
    this.listener = listener;
  }

  /**
   * Sends the request, retrying as configured, and reads the answer.
   *
   * @param request what to send; not {@code null}
   * @param <T> the value
   * @return the value read from the successful answer
   * @throws CampaignQueryException for every failure
   */
  <T> T call(Request<T> request) {
    Call<T> call = new Call<>(request, clock.millis() + deadline.toMillis());
    CompletionStage<T> outcome = Retry.decorateCompletionStage(retry, scheduler, call::attempt).get();
    try {
      return outcome.toCompletableFuture().join();
    } catch (CompletionException e) {
      throw call.giveUp(e.getCause() == null ? e : e.getCause());
    }
  }

  /** One call's state: the requests sent and the latest failure. Confined to the caller's thread. */
  private final class Call<T> {
    private final Request<T> request;
    private final long deadlineAt;
    private int sent;
    private CampaignQueryException last;

    Call(Request<T> request, long deadlineAt) {
      this.request = request;
      this.deadlineAt = deadlineAt;
    }

    /** One attempt, as the retry runs it: never throws a failure, returns it. */
    CompletionStage<T> attempt() {
      long left = deadlineAt - clock.millis();
      if (left <= 0) {
        InterruptedIOException late = new InterruptedIOException(
            "the call's deadline passed before attempt " + (sent + 1) + " could be sent");
        return failed(CampaignQueryException.network(Context.noResponse(request.campaignId(), sent),
            NetworkException.Kind.TIMEOUT, late));
      }
      try {
        // Half the time left at most: the request itself keeps the other half.
        requestBudget.acquire(request.campaignId(), Duration.ofMillis(left / 2));
      } catch (RateLimitedException refused) {
        return failed(refused.withAttempts(sent));
      }
      long now = deadlineAt - clock.millis();
      try {
        return CompletableFuture.completedFuture(
            circuitBreaker.executeSupplier(() -> exchange(Duration.ofMillis(Math.max(1, now)))));
      } catch (CallNotPermittedException e) {
        LOG.debug("{} {}: circuit open, no request sent", request.method(), request.template());
        return failed(CampaignQueryException.unavailable(
            Context.noResponse(request.campaignId(), sent)));
      } catch (CampaignQueryException e) {
        return failed(e);
      }
    }

    private CompletionStage<T> failed(CampaignQueryException e) {
      last = e;
      return CompletableFuture.failedFuture(new FailedAttempt(e, deadlineAt));
    }

    /**
     * One exchange, inside the breaker: returns the value or throws a {@link CampaignQueryException}
     * (redacted); an {@link Error} releases the breaker's permission on its way out.
     */
    private T exchange(Duration budget) {
      try {
        return exchangeOnce(budget);
      } catch (CampaignQueryException e) {
        throw redactor.redact(e);
      } catch (RuntimeException e) {
        throw redactor.redact(CampaignQueryException.network(
            Context.noResponse(request.campaignId(), sent), NetworkException.Kind.OTHER, e));
      } catch (Error e) {
        circuitBreaker.releasePermission();
        throw e;
      }
    }

    private T exchangeOnce(Duration budget) {
      int attempt = ++sent;
      long start = System.nanoTime();
      RawResponse raw;
      try {
        raw = transport.execute(request.request().get(), budget);
      } catch (TransportFailure f) {
        long took = System.nanoTime() - start;
        if (f.kind() == TransportFailure.Kind.SATURATED) {
          sent--;
          LOG.debug("{} {}: no pooled connection in time, no request sent", request.method(),
              request.template());
          throw Failures.fromTransport(f, request.campaignId(), sent);
        }
        notifyListener(0, took);
        LOG.debug("{} {} attempt {}: no response ({})", request.method(), request.template(),
            attempt, f.kind());
        throw Failures.fromTransport(f, request.campaignId(), attempt);
      }
      long took = System.nanoTime() - start;
      if (raw.rateLimitRemaining() >= 0 && raw.rateLimitReset() != null) {
        Duration untilReset = RateLimitHeaders.untilReset(raw.rateLimitReset(), clock);
        if (untilReset != null) {
          requestBudget.observe(raw.rateLimitRemaining(), untilReset);
        }
      }
      notifyListener(raw.status(), took);
      if (LOG.isDebugEnabled()) {
        LOG.debug("{} {} attempt {}: HTTP {} in {} ms", request.method(), request.template(),
            attempt, raw.status(), TimeUnit.NANOSECONDS.toMillis(took));
      }
      if (raw.status() >= 200 && raw.status() < 300) {
        return answers.success(request, raw, attempt);
      }
      throw answers.failure(request, raw, attempt);
    }

    /** The exception the call ends with once the retry gave up. */
    CampaignQueryException giveUp(Throwable cause) {
      if (cause instanceof FailedAttempt f) {
        CampaignQueryException e = f.failure();
        if (f.circuitOpened()) {
          ServiceUnavailableException open = CampaignQueryException.unavailable(
              Context.noResponse(request.campaignId(), sent));
          open.addSuppressed(e);
          LOG.debug("{} {} attempt {} failed and opened the circuit", request.method(),
              request.template(), sent);
          return open;
        }
        if (LOG.isDebugEnabled()) {
          LOG.debug("{} {} gives up after {} attempt(s): {}", request.method(), request.template(),
              sent, e.getClass().getSimpleName());
        }
        return e.attempts() == sent ? e : e.withAttempts(sent);
      }
      if (cause instanceof RejectedExecutionException && last != null) {
        // the wait before the next attempt was interrupted; the flag is set again
        return last.attempts() == sent ? last : last.withAttempts(sent);
      }
      return redactor.redact(CampaignQueryException.network(
          Context.noResponse(request.campaignId(), sent), NetworkException.Kind.OTHER, cause));
    }

    private void notifyListener(int status, long tookNanos) {
      if (listener == null) {
        return;
      }
      try {
        listener.onExchange(request.method(), request.template(), status, Duration.ofNanos(tookNanos),
            ExchangeListener.Outcome.of(status));
      } catch (RuntimeException e) {
        LOG.warn("exchange listener failed: {}", e.getClass().getName());
      }
    }
  }

  /**
   * The connection pool, for tests and diagnostics.
   *
   * @return the pool
   */
  org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager pool() {
    return transport.pool();
  }

  @Override
  public void close() {
    transport.close();
  }
}
