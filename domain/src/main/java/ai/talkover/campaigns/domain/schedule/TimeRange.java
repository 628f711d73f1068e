package ai.talkover.campaigns.domain.schedule;

import ai.talkover.campaigns.domain.internal.input.TimesOfDay;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A daily call time range in the campaign's zone: start inclusive, end exclusive.
 *
 * @param start the first local time in the range; never {@code null}
 * @param end the first local time after the range; after {@code start}
 */
public record TimeRange(LocalTime start, LocalTime end) {

  /** Checks that {@code end} is after {@code start}. */
  public TimeRange {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (start.getNano() != 0 || end.getNano() != 0) {
      throw new IllegalArgumentException("time range " + start + "-" + end + ": whole seconds only");
    }
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException(
          "time range " + TimesOfDay.format(start) + "-" + TimesOfDay.format(end) + ": end is not after start");
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
    LocalTime time = TimesOfDay.tryParse(text);
    if (time == null) {
      throw new IllegalArgumentException(field + ": '" + text + "' is not a time HH:MM or HH:MM:SS");
    }
    return time;
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

  @Override
  public String toString() {
    return TimesOfDay.format(start) + "-" + TimesOfDay.format(end);
  }
}
