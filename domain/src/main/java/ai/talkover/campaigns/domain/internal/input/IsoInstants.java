package ai.talkover.campaigns.domain.internal.input;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * Reads the API's ISO-8601 instants ({@code created_at}, {@code updated_at}) exactly as
 * {@link OffsetDateTime#parse(CharSequence)} does, but fast for the shape the API writes:
 * {@code YYYY-MM-DDTHH:MM:SS}, an optional fraction of 1 to 9 digits, then {@code Z} or
 * {@code +00:00}. That shape is read digit by digit and its epoch second computed arithmetically
 * (a campaign may hold tens of thousands of calls, and the general parser costs about a
 * microsecond each); any other text, and any out-of-range field in that shape, goes to the general
 * parser, which accepts or rejects it as it always did.
 *
 * <p>Stateless and thread-safe.
 */
public final class IsoInstants {

  /** Days from 0000-01-01 to 1970-01-01 in the proleptic ISO calendar. */
  private static final long DAYS_0000_TO_1970 = 719_528L;
  private static final int SECONDS_PER_DAY = 86_400;
  /** Multipliers turning a fraction of {@code n} digits into nanoseconds, by {@code n}. */
  private static final int[] NANO_SCALE =
      {0, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1};

  private IsoInstants() {}

  /**
   * Reads an instant with an offset.
   *
   * @param text the text; not {@code null}
   * @return the instant
   * @throws DateTimeException when {@link OffsetDateTime#parse(CharSequence)} rejects the text
   */
  public static Instant parse(String text) {
    Instant fast = parseCommon(text);
    return fast != null ? fast : OffsetDateTime.parse(text).toInstant();
  }

  /**
   * Reads the common shape {@code YYYY-MM-DDTHH:MM:SS[.f{1,9}](Z|+00:00)}, every field in range.
   *
   * @param s the text; not {@code null}
   * @return the instant, or {@code null} when the text is not of that shape or a field is out of
   *     range (then only the general parser can tell whether, and why, it is wrong)
   */
  public static Instant parseCommon(String s) {
    int n = s.length();
    if (n < 20 || n > 35) {
      return null;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 2);
    int day = digits(s, 8, 2);
    int hour = digits(s, 11, 2);
    int minute = digits(s, 14, 2);
    int second = digits(s, 17, 2);
    if ((year | month | day | hour | minute | second) < 0
        || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T'
        || s.charAt(13) != ':' || s.charAt(16) != ':') {
      return null;
    }
    int pos = 19;
    int nano = 0;
    if (s.charAt(pos) == '.') {
      int start = ++pos;
      int fraction = 0;
      while (pos < n && pos - start < 10) {
        int d = s.charAt(pos) - '0';
        if (d < 0 || d > 9) {
          break;
        }
        fraction = fraction * 10 + d;
        pos++;
      }
      int count = pos - start;
      if (count == 0 || count > 9) {
        return null;
      }
      nano = fraction * NANO_SCALE[count];
    }
    if (!isUtcDesignator(s, pos)) {
      return null;
    }
    if (month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month)
        || hour > 23 || minute > 59 || second > 59) {
      return null;
    }
    long seconds = epochDay(year, month, day) * SECONDS_PER_DAY
        + hour * 3600 + minute * 60 + second;
    return Instant.ofEpochSecond(seconds, nano);
  }

  /** {@code Z} or {@code +00:00} from {@code pos} to the end. */
  private static boolean isUtcDesignator(String s, int pos) {
    int left = s.length() - pos;
    if (left == 1) {
      return s.charAt(pos) == 'Z';
    }
    return left == 6 && s.charAt(pos) == '+' && s.charAt(pos + 1) == '0' && s.charAt(pos + 2) == '0'
        && s.charAt(pos + 3) == ':' && s.charAt(pos + 4) == '0' && s.charAt(pos + 5) == '0';
  }

  /** The value of {@code count} ASCII digits at {@code from}, or -1 when one is not a digit. */
  private static int digits(String s, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      int d = s.charAt(i) - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      value = value * 10 + d;
    }
    return value;
  }

  private static boolean isLeap(int year) {
    return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
  }

  private static int lengthOfMonth(int year, int month) {
    return switch (month) {
      case 2 -> isLeap(year) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }

  /** As {@link java.time.LocalDate#toEpochDay()} for a year of 0 to 9999 and a valid date. */
  private static long epochDay(int year, int month, int day) {
    long y = year;
    long total = 365 * y + (y + 3) / 4 - (y + 99) / 100 + (y + 399) / 400;
    total += (367 * month - 362) / 12;
    total += day - 1;
    if (month > 2) {
      total--;
      if (!isLeap(year)) {
        total--;
      }
    }
    return total - DAYS_0000_TO_1970;
  }
}
