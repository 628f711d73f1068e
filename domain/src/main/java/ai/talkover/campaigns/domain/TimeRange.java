package ai.talkover.campaigns.domain;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A daily call time range in the campaign's zone: start inclusive, end exclusive.
 *
 * @param start the first local time in the range; never {@code null}
 * @param end the first local time after the range; after {@code start}
 */
public record TimeRange(LocalTime start, LocalTime end) {

  private static final DateTimeFormatter HH_MM_SS = DateTimeFormatter.ofPattern("HH:mm:ss");

  /** Checks that {@code end} is after {@code start}. */
  public TimeRange {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (start.getNano() != 0 || end.getNano() != 0) {
      throw new IllegalArgumentException("time range " + start + "-" + end + ": whole seconds only");
    }
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException(
          "time range " + format(start) + "-" + format(end) + ": end is not after start");
    }
  }

  /**
   * Parses a range written {@code HH:MM} or {@code HH:MM:SS}.
   *
   * @param start the start, for example {@code "09:00"}; not {@code null}
   * @param end the end, for example {@code "17:00:00"}; not {@code null}
   * @return the range
   * @throws IllegalArgumentException when a time is not {@code HH:MM[:SS]} or end is not after start
   */
  public static TimeRange parse(String start, String end) {
    return new TimeRange(parseTime("start", start), parseTime("end", end));
  }

  /**
   * Parses a time of day written {@code HH:MM} or {@code HH:MM:SS} (24 h, two digits each).
   *
   * @param field the field name for the error message
   * @param text the time; not {@code null}
   * @return the local time
   * @throws IllegalArgumentException naming {@code field} when the text is not such a time
   */
  static LocalTime parseTime(String field, String text) {
    LocalTime time = tryParseTime(text);
    if (time == null) {
      throw new IllegalArgumentException(field + ": '" + text + "' is not a time HH:MM or HH:MM:SS");
    }
    return time;
  }

  /**
   * Parses {@code HH:MM} or {@code HH:MM:SS}, or answers {@code null}.
   *
   * @param text the text; not {@code null}
   * @return the time or {@code null}
   */
  static LocalTime tryParseTime(String text) {
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

  static String format(LocalTime time) {
    return time.format(HH_MM_SS);
  }

  /**
   * Whether {@code time} lies in this range.
   *
   * @param time a local time; not {@code null}
   * @return true when {@code start <= time < end}
   */
  public boolean contains(LocalTime time) {
    return !time.isBefore(start) && time.isBefore(end);
  }


  /**
   * The union of some ranges as sorted, disjoint, non-touching {@code [start, end)} seconds of day:
   * {@code result[0]} holds the starts, {@code result[1]} the ends.
   *
   * @param ranges the ranges, in any order, possibly overlapping or touching
   * @return the starts and ends of the union
   */
  static int[][] secondsOfUnion(List<TimeRange> ranges) {
    List<int[]> spans = new ArrayList<>();
    for (TimeRange r : ranges) {
      spans.add(new int[] {r.start().toSecondOfDay(), r.end().toSecondOfDay()});
    }
    spans.sort((a, b) -> Integer.compare(a[0], b[0]));
    List<int[]> merged = new ArrayList<>();
    for (int[] span : spans) {
      int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && span[0] <= last[1]) {
        last[1] = Math.max(last[1], span[1]);
      } else {
        merged.add(span.clone());
      }
    }
    int[] s = new int[merged.size()];
    int[] e = new int[merged.size()];
    for (int i = 0; i < s.length; i++) {
      s[i] = merged.get(i)[0];
      e[i] = merged.get(i)[1];
    }
    return new int[][] {s, e};
  }

  @Override
  public String toString() {
    return format(start) + "-" + format(end);
  }
}
