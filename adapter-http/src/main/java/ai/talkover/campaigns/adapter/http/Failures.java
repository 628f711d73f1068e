package ai.talkover.campaigns.adapter.http;

import ai.talkover.campaigns.application.port.out.CampaignNotActiveException;
import ai.talkover.campaigns.application.port.out.CampaignNotFoundException;
import ai.talkover.campaigns.application.port.out.CampaignQueryException;
import ai.talkover.campaigns.application.port.out.CampaignQueryException.Context;
import ai.talkover.campaigns.application.port.out.ClientSaturatedException;
import ai.talkover.campaigns.application.port.out.DuplicateCallException;
import ai.talkover.campaigns.application.port.out.InvalidCampaignResponseException;
import ai.talkover.campaigns.application.port.out.InvalidRequestException;
import ai.talkover.campaigns.application.port.out.InvalidResponseException;
import ai.talkover.campaigns.application.port.out.InvalidTransitionException;
import ai.talkover.campaigns.application.port.out.NetworkException;
import ai.talkover.campaigns.application.port.out.RateLimitedException;
import ai.talkover.campaigns.application.port.out.ServerErrorException;
import ai.talkover.campaigns.application.port.out.ServiceUnavailableException;
import ai.talkover.campaigns.application.port.out.UnauthorizedException;
import ai.talkover.campaigns.domain.campaign.InvalidCampaignException;
import java.time.Duration;
import java.util.Optional;

/**
 * The adapter's classification of failures: how an exchange that went wrong becomes one of the
 * port's {@link CampaignQueryException} kinds, and which kinds the retry and the circuit breaker
 * act on.
 *
 * <table>
 *   <caption>What each kind does</caption>
 *   <tr><th>kind</th><th>from</th><th>retried</th><th>breaker</th></tr>
 *   <tr><td>{@link NetworkException}</td><td>refused, reset, timed out, deadline, unexpected client
 *       failure</td><td>yes</td><td>failure</td></tr>
 *   <tr><td>{@link ServerErrorException}</td><td>5xx, 408</td><td>yes</td><td>failure</td></tr>
 *   <tr><td>{@link RateLimitedException}</td><td>429</td><td>yes</td><td>not counted</td></tr>
 *   <tr><td>{@link ClientSaturatedException}</td><td>no pooled connection in time</td><td>no</td>
 *       <td>not counted</td></tr>
 *   <tr><td>{@link UnauthorizedException}, {@link CampaignNotFoundException},
 *       {@link InvalidResponseException}, {@link InvalidCampaignResponseException}</td><td>401/403,
 *       404, other statuses and bad bodies, a campaign that breaks the rules</td><td>no</td>
 *       <td>not counted</td></tr>
 *   <tr><td>{@link ServiceUnavailableException}</td><td>the breaker refused the attempt</td>
 *       <td>no</td><td>-</td></tr>
 * </table>
 *
 * <p>Stateless and thread-safe.
 */
final class Failures {

  private Failures() {}

  /** Network failures, timeouts, 5xx and 408 open the circuit; nothing else counts either way. */
  static boolean countsAsFailure(Throwable t) {
    return t instanceof NetworkException || t instanceof ServerErrorException;
  }

  /** Network failures, 408, 429 and 5xx are retried; everything else is not. */
  static boolean isRetried(CampaignQueryException e) {
    return e instanceof NetworkException || e instanceof ServerErrorException
        || e instanceof RateLimitedException;
  }

  /**
   * The wait the server asked for, carried by the failure.
   *
   * @param e the failure
   * @return the {@code Retry-After} (or body {@code retry_after}) of a 429 or 5xx, else empty
   */
  static Optional<Duration> serverWait(CampaignQueryException e) {
    if (e instanceof RateLimitedException r) {
      return r.retryAfter();
    }
    if (e instanceof ServerErrorException s) {
      return s.retryAfter();
    }
    return Optional.empty();
  }

  /**
   * The failure of an attempt that got no usable response.
   *
   * @param f the transport's failure
   * @param campaignId the campaign asked for; nullable
   * @param attempts requests sent so far (a saturated attempt sent none)
   * @return the port's exception, with the transport's cause
   */
  static CampaignQueryException fromTransport(TransportFailure f, String campaignId, int attempts) {
    Throwable cause = f.getCause() == null ? f : f.getCause();
    return switch (f.kind()) {
      case SATURATED -> CampaignQueryException.saturated(Context.noResponse(campaignId, attempts), cause);
      case CONNECT -> CampaignQueryException.network(Context.noResponse(campaignId, attempts),
          NetworkException.Kind.CONNECT, cause);
      case RESET -> CampaignQueryException.network(Context.noResponse(campaignId, attempts),
          NetworkException.Kind.RESET, cause);
      case TIMEOUT -> CampaignQueryException.network(Context.noResponse(campaignId, attempts),
          NetworkException.Kind.TIMEOUT, cause);
      case OTHER -> CampaignQueryException.network(Context.noResponse(campaignId, attempts),
          NetworkException.Kind.OTHER, cause);
    };
  }

  /**
   * The failure an answer other than 2xx stands for.
   *
   * @param status the HTTP status
   * @param context what is known of the exchange (API message and snippet already masked)
   * @param asked the wait the server asked for; nullable
   * @param location the masked {@code Location} header of a redirect; nullable
   * @param summary the masked error code and field errors of the body; nullable
   * @param isGet whether the request was Get Campaign (a 404 then means "no such campaign")
   * @return the port's exception
   */
  static CampaignQueryException fromStatus(int status, Context context, Duration asked,
      String location, String summary, boolean isGet) {
    if (status == 401 || status == 403) {
      return CampaignQueryException.unauthorized(context);
    }
    if (status == 404 && isGet) {
      return CampaignQueryException.notFound(context);
    }
    if (status == 429) {
      return CampaignQueryException.rateLimited(context, asked);
    }
    if (status == 408 || status >= 500) {
      return CampaignQueryException.serverError(context, asked);
    }
    if (status >= 300 && status < 400) {
      return CampaignQueryException.invalidResponse(context, "unexpected redirect (HTTP " + status
          + (location == null ? "" : " to " + location) + "); redirects are not followed", null);
    }
    if (status == 404) {
      return CampaignQueryException.invalidResponse(context,
          "HTTP 404 from List Campaigns (is the base URL right?)", null);
    }
    StringBuilder detail = new StringBuilder("HTTP ").append(status);
    if (context.apiMessage() != null) {
      detail.append(": ").append(context.apiMessage());
    }
    if (summary != null) {
      detail.append(" (").append(summary).append(')');
    }
    return CampaignQueryException.invalidResponse(context, detail.toString(), null);
  }

  /**
   * The same kind of failure with another context and cause (the message is rebuilt from them).
   * Used to add a body snippet to a failure read from a 2xx body, and to mask the token (where
   * {@link Redactor} rebuilds {@link InvalidResponseException} and
   * {@link InvalidCampaignResponseException} itself, since their detail and violations need masking
   * too). An {@link InvalidCampaignResponseException} keeps its kind when {@code cause} is the
   * domain's {@link InvalidCampaignException}.
   *
   * @param e the failure
   * @param context the new context
   * @param cause the new cause; nullable
   * @return a new exception of the same kind
   */
  static CampaignQueryException withContext(CampaignQueryException e, Context context, Throwable cause) {
    if (e instanceof CampaignNotFoundException) {
      return CampaignQueryException.notFound(context);
    }
    if (e instanceof UnauthorizedException) {
      return CampaignQueryException.unauthorized(context);
    }
    if (e instanceof RateLimitedException r) {
      return CampaignQueryException.rateLimited(context, r.retryAfter().orElse(null));
    }
    if (e instanceof ServerErrorException s) {
      return CampaignQueryException.serverError(context, s.retryAfter().orElse(null));
    }
    if (e instanceof NetworkException n) {
      return CampaignQueryException.network(context, n.kind(), cause);
    }
    if (e instanceof ServiceUnavailableException) {
      return CampaignQueryException.unavailable(context);
    }
    if (e instanceof ClientSaturatedException) {
      return CampaignQueryException.saturated(context, cause);
    }
    if (e instanceof InvalidResponseException i) {
      return CampaignQueryException.invalidResponse(context, i.detail(), cause);
    }
    if (e instanceof InvalidCampaignResponseException && cause instanceof InvalidCampaignException c) {
      return CampaignQueryException.invalidCampaign(context, c);
    }
    if (e instanceof DuplicateCallException d) {
      return CampaignQueryException.duplicateCall(context, d.existingCall().orElse(null));
    }
    if (e instanceof InvalidRequestException r) {
      return CampaignQueryException.invalidRequest(context, r.fieldErrors());
    }
    if (e instanceof CampaignNotActiveException) {
      return CampaignQueryException.campaignNotActive(context);
    }
    if (e instanceof InvalidTransitionException t) {
      return CampaignQueryException.invalidTransition(context, t.from().orElse(null), t.to());
    }
    return e.withAttempts(context.attempts());
  }
}
