package ai.talkover.campaigns.adapter.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.apache.hc.client5.http.utils.DateUtils;

/**
 * Reads an HTTP {@code Retry-After} header: delta-seconds or an HTTP date (RFC 9110 section 10.2.3,
 * parsed by HttpClient's {@link DateUtils}: IMF-fixdate and the two obsolete forms). A date in the
 * past means "now" (zero); a negative, fractional or unparsable value is ignored, so the normal
 * backoff applies. Stateless and thread-safe.
 */
final class RetryAfter {

  /** Stands for a wait so long that no deadline can cover it. */
  static final Duration FOREVER = Duration.ofSeconds(Long.MAX_VALUE / 1000);

  private RetryAfter() {}

  /**
   * Parses a header value.
   *
   * @param value the header value; nullable
   * @param clock the clock an HTTP date is measured against; not {@code null}
   * @return the wait asked for, or {@code null} when the value is absent or not usable
   */
  static Duration parse(String value, Clock clock) {
    if (value == null) {
      return null;
    }
    String v = value.trim();
    if (v.isEmpty()) {
      return null;
    }
    if (v.chars().allMatch(c -> c >= '0' && c <= '9')) {
      if (v.length() > 15) {
        return FOREVER;
      }
      return Duration.ofSeconds(Long.parseLong(v));
    }
    Instant at = DateUtils.parseStandardDate(v);
    if (at == null) {
      return null;
    }
    Duration wait = Duration.between(clock.instant(), at);
    return wait.isNegative() ? Duration.ZERO : wait;
  }
}
