package ai.talkover.campaigns.application.port.out;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Why a {@link CampaignQuery} could not answer: the one unchecked base type of every infrastructure
 * failure, with a subclass per kind. Each carries the HTTP status (0 when there was none), the
 * campaign id asked for (when one was), the number of attempts made, the API's own message when it
 * sent one, and a body snippet of at most 512 characters. None ever carries the API token.
 *
 * <p>The family is sealed: a {@link CampaignQuery} lets no other exception leave it. Cancellation by
 * the call's deadline at any stage, a connection-pool state error, or an unexpected runtime
 * exception of the HTTP client or the JSON parser reaches the caller as one of these kinds, with the
 * original as its cause (redacted when its message held the token).
 *
 * <p>Instances are created by the static factories of this class.
 */
public abstract sealed class CampaignQueryException extends RuntimeException
    permits CampaignNotFoundException, UnauthorizedException, RateLimitedException,
        ServerErrorException, InvalidResponseException, InvalidCampaignResponseException,
        NetworkException, ServiceUnavailableException, ClientSaturatedException,
        DuplicateCallException, InvalidRequestException, CampaignNotActiveException,
        InvalidTransitionException {

  private static final long serialVersionUID = 1L;

  /** The longest body snippet kept. */
  public static final int MAX_SNIPPET = 512;

  /**
   * What is known of the failed exchange.
   *
   * @param status the HTTP status, or 0 when no response arrived
   * @param campaignId the campaign id asked for; nullable (a list call)
   * @param attempts requests sent, at least 0
   * @param apiMessage the API's {@code message} (or {@code error.message}); nullable
   * @param bodySnippet the first characters of the body, at most {@link #MAX_SNIPPET}; nullable
   */
  public record Context(
      int status, String campaignId, int attempts, String apiMessage, String bodySnippet) {

    /** Truncates the snippet. */
    public Context {
      if (attempts < 0) {
        throw new IllegalArgumentException("attempts: " + attempts + " is negative");
      }
      if (bodySnippet != null && bodySnippet.length() > MAX_SNIPPET) {
        bodySnippet = bodySnippet.substring(0, MAX_SNIPPET);
      }
      if (apiMessage != null && apiMessage.length() > MAX_SNIPPET) {
        apiMessage = apiMessage.substring(0, MAX_SNIPPET);
      }
    }

    /**
     * A context with no response.
     *
     * @param campaignId the campaign id; nullable
     * @param attempts requests sent
     * @return the context
     */
    public static Context noResponse(String campaignId, int attempts) {
      return new Context(0, campaignId, attempts, null, null);
    }

    /**
     * This context with another attempt count.
     *
     * @param n the attempts
     * @return a new context
     */
    public Context withAttempts(int n) {
      return new Context(status, campaignId, n, apiMessage, bodySnippet);
    }
  }

  private final Context context;

  /**
   * Creates the exception.
   *
   * @param what a short description, for example {@code "campaign not found"}
   * @param context the context; not {@code null}
   * @param cause the cause; nullable
   */
  protected CampaignQueryException(String what, Context context, Throwable cause) {
    super(message(what, Objects.requireNonNull(context, "context")), cause);
    this.context = context;
  }

  private static String message(String what, Context c) {
    StringBuilder sb = new StringBuilder(what);
    if (c.campaignId() != null) {
      sb.append(" (campaign '").append(c.campaignId()).append("')");
    }
    if (c.status() != 0) {
      sb.append(": HTTP ").append(c.status());
    }
    if (c.apiMessage() != null && !c.apiMessage().isBlank()) {
      sb.append(": ").append(c.apiMessage());
    }
    sb.append(" [").append(c.attempts()).append(c.attempts() == 1 ? " attempt]" : " attempts]");
    return sb.toString();
  }

  /**
   * The context of the failure.
   *
   * @return the context
   */
  public Context context() {
    return context;
  }

  /**
   * The HTTP status of the last response.
   *
   * @return the status, or 0 when no response arrived
   */
  public int status() {
    return context.status();
  }

  /**
   * The campaign id asked for.
   *
   * @return the id, or empty for list calls
   */
  public Optional<String> campaignId() {
    return Optional.ofNullable(context.campaignId());
  }

  /**
   * Requests sent before giving up.
   *
   * @return 0 or more
   */
  public int attempts() {
    return context.attempts();
  }

  /**
   * The API's own message.
   *
   * @return the message, or empty
   */
  public Optional<String> apiMessage() {
    return Optional.ofNullable(context.apiMessage());
  }

  /**
   * The first characters of the response body.
   *
   * @return at most {@link #MAX_SNIPPET} characters, or empty
   */
  public Optional<String> bodySnippet() {
    return Optional.ofNullable(context.bodySnippet());
  }

  /**
   * Whether trying again later may succeed: network failures, server errors, rate limiting and an
   * open circuit. A cache may serve a stale value on these.
   *
   * @return true for transient failures
   */
  public abstract boolean isRetryable();

  /**
   * This failure with another attempt count (the adapter fills it in once retries are over).
   *
   * @param attempts the attempts made
   * @return a new exception of the same kind, with the same cause
   */
  public abstract CampaignQueryException withAttempts(int attempts);

  // ----------------------------------------------------------------------------- factories

  /**
   * 401 or 403: the token is missing, wrong or lacks permission.
   *
   * @param context the context
   * @return the exception
   */
  public static UnauthorizedException unauthorized(Context context) {
    return new UnauthorizedException(context);
  }

  /**
   * 404: no such campaign.
   *
   * @param context the context
   * @return the exception
   */
  public static CampaignNotFoundException notFound(Context context) {
    return new CampaignNotFoundException(context);
  }

  /**
   * 429: too many requests.
   *
   * @param context the context
   * @param retryAfter the delay the API asked for; nullable
   * @return the exception
   */
  public static RateLimitedException rateLimited(Context context, Duration retryAfter) {
    return new RateLimitedException(context, retryAfter);
  }

  /**
   * The client's own request budget had no request left within the call's deadline: nothing was sent.
   *
   * @param context the context
   * @param retryAfter when the budget expects a request to be available; nullable
   * @return the exception, {@link RateLimitedException#isLocalBudget()} true
   */
  public static RateLimitedException localBudgetExhausted(Context context, Duration retryAfter) {
    return new RateLimitedException(context, retryAfter, true);
  }

  /**
   * 5xx (or 408): the server failed.
   *
   * @param context the context
   * @return the exception
   */
  public static ServerErrorException serverError(Context context) {
    return new ServerErrorException(context, null);
  }

  /**
   * 5xx (or 408) with the wait the server asked for ({@code Retry-After}).
   *
   * @param context the context
   * @param retryAfter the delay the server asked for; nullable
   * @return the exception
   */
  public static ServerErrorException serverError(Context context, Duration retryAfter) {
    return new ServerErrorException(context, retryAfter);
  }

  /**
   * A response that is not what the API documents: other 4xx, wrong content type, non-JSON,
   * truncated, too large or too deep, {@code success:false}, no {@code data}.
   *
   * @param context the context
   * @param detail what is wrong
   * @param cause the cause; nullable
   * @return the exception
   */
  public static InvalidResponseException invalidResponse(Context context, String detail, Throwable cause) {
    return new InvalidResponseException(context, detail, cause);
  }

  /**
   * No usable response: connection refused or reset, timeout, deadline passed.
   *
   * @param context the context
   * @param kind the kind of failure
   * @param cause the cause; nullable
   * @return the exception
   */
  public static NetworkException network(Context context, NetworkException.Kind kind, Throwable cause) {
    return new NetworkException(context, kind, cause);
  }

  /**
   * The circuit breaker is open: no request was sent.
   *
   * @param context the context
   * @return the exception
   */
  public static ServiceUnavailableException unavailable(Context context) {
    return new ServiceUnavailableException(context);
  }

  /**
   * The client is saturated: no pooled connection became free before the call's deadline (or the
   * pool lease timeout), so no request was sent. Local, not the API failing.
   *
   * @param context the context (status 0)
   * @param cause the HTTP client's lease timeout; nullable
   * @return the exception
   */
  public static ClientSaturatedException saturated(Context context, Throwable cause) {
    return new ClientSaturatedException(context, cause);
  }

  /**
   * The API answered with a campaign that breaks the domain's validation rules.
   *
   * @param context the context
   * @param cause the domain's exception, which lists every violation
   * @return the exception
   */
  public static InvalidCampaignResponseException invalidCampaign(
      Context context, ai.talkover.campaigns.domain.campaign.InvalidCampaignException cause) {
    return new InvalidCampaignResponseException(context, cause);
  }

  // ------------------------------------------------------------------ write-side factories

  /**
   * 409 on Make Campaign Call: the number already has an active or queued call in the campaign.
   *
   * @param context the context
   * @param existingCall the {@code existing_call} the API sent; nullable
   * @return the exception
   */
  public static DuplicateCallException duplicateCall(Context context, QueuedCall existingCall) {
    return new DuplicateCallException(context, existingCall);
  }

  /**
   * 422: the API rejected fields of the request.
   *
   * @param context the context
   * @param fieldErrors every field named by the API, with its messages; nullable (none named)
   * @return the exception
   */
  public static InvalidRequestException invalidRequest(
      Context context, java.util.Map<String, java.util.List<String>> fieldErrors) {
    return new InvalidRequestException(context, fieldErrors);
  }

  /**
   * 400 "Campaign is not active" on Make Campaign Call.
   *
   * @param context the context
   * @return the exception
   */
  public static CampaignNotActiveException campaignNotActive(Context context) {
    return new CampaignNotActiveException(context);
  }

  /**
   * A status transition the docs do not allow: refused locally, or by the API with 400.
   *
   * @param context the context ({@link Context#noResponse} when refused locally)
   * @param from the campaign's status; nullable (unknown)
   * @param to the status asked for; not {@code null}
   * @return the exception
   */
  public static InvalidTransitionException invalidTransition(
      Context context, ai.talkover.campaigns.domain.campaign.CampaignStatus from,
      ai.talkover.campaigns.domain.campaign.CampaignStatus.Known to) {
    return new InvalidTransitionException(context, from, to);
  }
}
