package ai.talkover.campaigns.json;

import java.time.Duration;

/**
 * What an error body says, in any of its documented shapes.
 *
 * @param apiMessage {@code message} or {@code error.message}; nullable
 * @param retryAfter {@code details.retry_after} (or {@code error.details.retry_after}), rounded up
 *     to the millisecond and capped at {@link #FOREVER}; nullable
 * @param summary the error code and field errors of a 4xx body; nullable
 */
public record ErrorDetails(String apiMessage, Duration retryAfter, String summary) {

  /** A body that says nothing usable. */
  public static final ErrorDetails NONE = new ErrorDetails(null, null, null);

  /** The longest wait a body can ask for: larger values are capped to it. */
  public static final Duration FOREVER = Duration.ofSeconds(Long.MAX_VALUE / 1000);
}
