package ai.talkover.campaigns.domain.compliance;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;

/**
 * At most {@code maxAttempts} attempts in any rolling {@code period} (the {@code ATTEMPT_CAP} policy).
 *
 * <p>An attempt counts while it is less than {@code period} old, so a call at {@code t} is allowed when
 * fewer than {@code maxAttempts} attempts are newer than {@code t - period}. With the contact's
 * {@code k} attempts sorted ascending {@code a1 <= ... <= ak} and {@code k >= maxAttempts}, the cap
 * releases at {@code a(k - maxAttempts + 1) + period}: a lower bound, like a cooldown (a calendar-day
 * counter would reset at midnight; this one does not).
 *
 * @param maxAttempts the attempts allowed per period; at least 1
 * @param period the rolling period; positive
 */
public record AttemptCap(int maxAttempts, Duration period) {

  /** Checks the values. */
  public AttemptCap {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("max attempts: " + maxAttempts + " is not at least 1");
    }
    Objects.requireNonNull(period, "period");
    if (period.isNegative() || period.isZero()) {
      throw new IllegalArgumentException("period: " + period + " is not positive");
    }
  }

  /**
   * Parses a period as the command line writes it ({@code --per}): a positive whole number followed by
   * {@code s}, {@code m}, {@code h} or {@code d} (seconds, minutes, hours, days of 24 hours), such as
   * {@code 24h}, {@code 90m} or {@code 7d}; or an ISO-8601 duration such as {@code PT24H} or
   * {@code P1DT12H}.
   *
   * @param text the period; not {@code null}
   * @return the duration, positive
   * @throws IllegalArgumentException naming the text when it is not such a period or not positive
   */
  public static Duration parsePeriod(String text) {
    Objects.requireNonNull(text, "text");
    String t = text.trim();
    Duration d = null;
    if (!t.isEmpty() && (t.charAt(0) == 'P' || t.charAt(0) == 'p')) {
      try {
        d = Duration.parse(t.toUpperCase(Locale.ROOT));
      } catch (DateTimeParseException e) {
        d = null;
      }
    } else if (t.length() >= 2) {
      d = shortForm(t);
    }
    if (d == null) {
      throw new IllegalArgumentException("period: '" + text + "' is not a duration: write a whole"
          + " number followed by s, m, h or d (24h, 90m, 7d) or an ISO-8601 duration (PT24H)");
    }
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException("period: '" + text + "' is not positive");
    }
    return d;
  }

  private static Duration shortForm(String t) {
    int n = t.length() - 1;
    long value = 0;
    for (int i = 0; i < n; i++) {
      char c = t.charAt(i);
      if (c < '0' || c > '9' || value > 1_000_000_000L) {
        return null;
      }
      value = value * 10 + (c - '0');
    }
    return switch (Character.toLowerCase(t.charAt(n))) {
      case 's' -> Duration.ofSeconds(value);
      case 'm' -> Duration.ofMinutes(value);
      case 'h' -> Duration.ofHours(value);
      case 'd' -> Duration.ofDays(value);
      default -> null;
    };
  }
}
