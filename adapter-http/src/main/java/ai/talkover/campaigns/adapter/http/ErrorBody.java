package ai.talkover.campaigns.adapter.http;

import java.time.Duration;

/**
 * What an error body says.
 *
 * @param apiMessage {@code message} or {@code error.message}; nullable
 * @param retryAfter {@code details.retry_after} (or {@code error.details.retry_after}); nullable
 * @param summary the error code and field errors of a 4xx body; nullable
 */
record ErrorBody(String apiMessage, Duration retryAfter, String summary) {

  /** A body that says nothing usable. */
  static final ErrorBody NONE = new ErrorBody(null, null, null);
}
