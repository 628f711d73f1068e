package ai.talkover.campaigns.domain.internal.input;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/**
 * Times of day as the API writes them, {@code HH:MM} or {@code HH:MM:SS}: read without a formatter
 * (a campaign's ranges and every recipient-hours setting are read through here) and written as
 * {@code HH:MM:SS}. Stateless and thread-safe.
 */
public final class TimesOfDay {

  private static final DateTimeFormatter HH_MM_SS = DateTimeFormatter.ofPattern("HH:mm:ss");

  private TimesOfDay() {}

  /**
   * Parses {@code HH:MM} or {@code HH:MM:SS}, or answers {@code null}.
   *
   * @param text the text; not {@code null}
   * @return the time or {@code null}
   */
  public static LocalTime tryParse(String text) {
    int n = text.length();
    if (n != 5 && n != 8) {
      return null;
    }
    if (text.charAt(2) != ':' || (n == 8 && text.charAt(5) != ':')) {
      return null;
    }
    int hour = twoDigits(text, 0);
    int minute = twoDigits(text, 3);
    int second = n == 8 ? twoDigits(text, 6) : 0;
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
      return null;
    }
    return LocalTime.of(hour, minute, second);
  }

  private static int twoDigits(String text, int at) {
    char a = text.charAt(at);
    char b = text.charAt(at + 1);
    if (a < '0' || a > '9' || b < '0' || b > '9') {
      return -1;
    }
    return (a - '0') * 10 + (b - '0');
  }

  /**
   * Writes a time as {@code HH:MM:SS}.
   *
   * @param time the time; not {@code null}
   * @return the text
   */
  public static String format(LocalTime time) {
    return time.format(HH_MM_SS);
  }
}
