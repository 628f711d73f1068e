package ai.talkover.campaigns.application.service.call;

import ai.talkover.campaigns.application.port.out.CampaignNotFoundException;
import ai.talkover.campaigns.application.port.out.ClientSaturatedException;
import ai.talkover.campaigns.application.port.out.InvalidRequestException;
import ai.talkover.campaigns.application.port.out.NetworkException;
import ai.talkover.campaigns.application.port.out.RateLimitedException;
import ai.talkover.campaigns.application.port.out.ServiceUnavailableException;
import ai.talkover.campaigns.application.port.out.UnauthorizedException;

/**
 * Tells the failures of Make Campaign Call that certainly queued nothing from those after which the
 * call may exist. Certain: 401/403, 404, 422, 429, an open circuit or no free pooled connection
 * (nothing sent) and a connection that could not be made. Everything else (timeout, reset, 5xx, a damaged answer, an unexpected
 * exception) is uncertain.
 */
final class PostFailures {

  private PostFailures() {}

  static boolean certainlyNotProcessed(RuntimeException e) {
    if (e instanceof NetworkException) {
      return ((NetworkException) e).kind() == NetworkException.Kind.CONNECT;
    }
    return e instanceof UnauthorizedException
        || e instanceof ClientSaturatedException
        || e instanceof CampaignNotFoundException
        || e instanceof InvalidRequestException
        || e instanceof RateLimitedException
        || e instanceof ServiceUnavailableException;
  }
}
