package ai.talkover.campaigns.application.port.out;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * A request rate: at most {@code requests} per {@code period}, as the Talkover plans state it
 * ({@code 100/min} for Standard, {@code 1000/min} for Professional).
 *
 * @param requests the requests allowed per period; at least 1
 * @param period the period; positive
 */
public record RateLimit(long requests, Duration period) {

  /** The Standard plan's limit, 100 requests per minute: the default. */
  public static final RateLimit STANDARD = new RateLimit(100, Duration.ofMinutes(1));

  /** Checks the values. */
  public RateLimit {
    if (requests < 1) {
      throw new IllegalArgumentException("rate limit: " + requests + " requests is not at least 1");
    }
    Objects.requireNonNull(period, "period");
    if (period.isZero() || period.isNegative()) {
      throw new IllegalArgumentException("rate limit: period " + period + " is not positive");
    }
  }

  /**
   * Parses {@code N/s}, {@code N/min} or {@code N/h} (also {@code N/sec}, {@code N/m},
   * {@code N/minute}, {@code N/hour}), for example {@code 100/min} or {@code 10/s}.
   *
   * @param field the name of the setting as the user wrote it, for the message (for example
   *     {@code TALKOVER_RATE_LIMIT}); not {@code null}
   * @param text the text; not {@code null}
   * @return the limit
   * @throws IllegalArgumentException naming {@code field} and the text when it is not such a rate
   */
  public static RateLimit parse(String field, String text) {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(text, "text");
    String t = text.trim().toLowerCase(Locale.ROOT);
    int slash = t.indexOf('/');
    Duration period = slash < 0 ? null : switch (t.substring(slash + 1).trim()) {
      case "s", "sec", "second" -> Duration.ofSeconds(1);
      case "m", "min", "minute" -> Duration.ofMinutes(1);
      case "h", "hour" -> Duration.ofHours(1);
      default -> null;
    };
    long n = -1;
    if (period != null) {
      String count = t.substring(0, slash).trim();
      if (!count.isEmpty() && count.length() <= 9 && count.chars().allMatch(Character::isDigit)) {
        n = Long.parseLong(count);
      }
    }
    if (period == null || n < 1) {
      throw new IllegalArgumentException(field + ": '" + text + "' is not a rate: write a positive"
          + " whole number of requests per s, min or h, such as 100/min, 1000/min or 10/s");
    }
    return new RateLimit(n, period);
  }

  @Override
  public String toString() {
    String unit = period.equals(Duration.ofSeconds(1)) ? "s"
        : period.equals(Duration.ofMinutes(1)) ? "min"
        : period.equals(Duration.ofHours(1)) ? "h" : period.toString();
    return requests + "/" + unit;
  }
}
