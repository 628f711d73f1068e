package ai.talkover.campaigns.adapter.http;

import java.time.Clock;
import java.time.Duration;

/**
 * Reads Talkover's {@code X-RateLimit-Remaining} and {@code X-RateLimit-Reset} headers. The spec
 * leaves the reset's format open ("time when the rate limit resets"), so a number above 10^9 is read
 * as the Unix second of the reset and a smaller one as seconds until it; anything else is ignored.
 */
final class RateLimitHeaders {

  static final String REMAINING = "X-RateLimit-Remaining";
  static final String RESET = "X-RateLimit-Reset";

  private static final long EPOCH_SECONDS_FROM = 1_000_000_000L;

  private RateLimitHeaders() {}

  /** The remaining count, or -1 when the header is absent or not a non-negative whole number. */
  static long remaining(String value) {
    return number(value);
  }

  /** How long until the window resets (0 when already past), or null when the value is unusable. */
  static Duration untilReset(String value, Clock clock) {
    long n = number(value);
    if (n < 0) {
      return null;
    }
    if (n >= EPOCH_SECONDS_FROM) {
      long millis = Math.multiplyExact(n, 1000L) - clock.millis();
      return Duration.ofMillis(Math.max(0, millis));
    }
    return Duration.ofSeconds(n);
  }

  private static long number(String value) {
    if (value == null) {
      return -1;
    }
    String v = value.trim();
    if (v.isEmpty() || v.length() > 15 || !v.chars().allMatch(Character::isDigit)) {
      return -1;
    }
    return Long.parseLong(v);
  }
}
