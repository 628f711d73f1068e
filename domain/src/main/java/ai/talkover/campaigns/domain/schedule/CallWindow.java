package ai.talkover.campaigns.domain.schedule;

import ai.talkover.campaigns.domain.internal.time.InstantSet;
import ai.talkover.campaigns.domain.internal.time.WindowSet;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * When a campaign may call: days of week, one or more daily time ranges, an IANA zone, a start date and
 * an optional inclusive end date (rule 9).
 *
 * <p>An instant is in the window when, with {@code d} and {@code h} its local date and time in the
 * zone, {@code start <= d <= end}, {@code d}'s day of week is one of the days, and {@code h} lies in
 * one of the ranges (start inclusive, end exclusive; overlapping ranges count as their union).
 * Daylight saving needs no special case: a local time skipped by a spring-forward gap contains no
 * instant, and a local time repeated by a fall-back overlap contains the instants of both occurrences.
 *
 * <p>Answers are computed with arithmetic on the zone's offsets: no day-by-day {@code ZonedDateTime}
 * loop and no allocation beyond the returned value. Immutable and thread-safe.
 */
public final class CallWindow {

  /** How far {@link #firstOpenAtOrAfter(Instant)} searches: 400 days, as rule 10 says. */
  public static final Duration SEARCH_HORIZON = Duration.ofDays(400);

  private final Set<DayOfWeek> days;
  private final List<TimeRange> ranges;
  private final ZoneId zone;
  private final LocalDate startDate;
  private final LocalDate endDate;

  /** The same instants as a set the engine reads: every question below is answered by it. */
  private final WindowSet set;

  private CallWindow(
      Set<DayOfWeek> days, List<TimeRange> ranges, ZoneId zone, LocalDate startDate, LocalDate endDate) {
    Objects.requireNonNull(days, "days");
    Objects.requireNonNull(ranges, "ranges");
    this.zone = Objects.requireNonNull(zone, "zone");
    if (days.isEmpty()) {
      throw new IllegalArgumentException("days_of_week: at least one day is required");
    }
    if (ranges.isEmpty()) {
      throw new IllegalArgumentException("call_time_ranges: at least one range is required");
    }
    if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
      throw new IllegalArgumentException(
          "end_date: " + endDate + " is before start_date " + startDate);
    }
    EnumSet<DayOfWeek> copy = EnumSet.noneOf(DayOfWeek.class);
    for (DayOfWeek d : days) {
      copy.add(Objects.requireNonNull(d, "days element"));
    }
    this.days = Collections.unmodifiableSet(copy);
    this.ranges = List.copyOf(ranges);
    this.startDate = startDate;
    this.endDate = endDate;
    this.set = WindowSet.of(this.days, spans(this.ranges), zone, startDate, endDate);
  }

  /**
   * A window.
   *
   * @param days the allowed days of week; not empty
   * @param ranges the daily ranges; not empty; may overlap
   * @param zone the zone in which days, dates and times are read; not {@code null}
   * @param startDate the first allowed local date; nullable (no lower bound)
   * @param endDate the last allowed local date, inclusive; nullable (no end); not before
   *     {@code startDate}
   * @return the window
   * @throws IllegalArgumentException when days or ranges are empty or the end date is before the start
   */
  public static CallWindow of(
      Set<DayOfWeek> days, List<TimeRange> ranges, ZoneId zone, LocalDate startDate, LocalDate endDate) {
    return new CallWindow(days, ranges, zone, startDate, endDate);
  }

  /**
   * The allowed days of week.
   *
   * @return an unmodifiable, non-empty set
   */
  public Set<DayOfWeek> days() {
    return days;
  }

  /**
   * The daily ranges, as given.
   *
   * @return an unmodifiable, non-empty list
   */
  public List<TimeRange> ranges() {
    return ranges;
  }

  /**
   * The zone in which the window is read.
   *
   * @return the zone
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * The first allowed local date.
   *
   * @return the date, or empty when there is none
   */
  public Optional<LocalDate> startDate() {
    return Optional.ofNullable(startDate);
  }

  /**
   * The last allowed local date (inclusive).
   *
   * @return the date, or empty when the window never ends
   */
  public Optional<LocalDate> endDate() {
    return Optional.ofNullable(endDate);
  }

  // ---------------------------------------------------------------- questions about one instant

  /**
   * Whether an instant is in the window.
   *
   * @param instant the instant; not {@code null}
   * @return true when it is
   */
  public boolean contains(Instant instant) {
    return set.containsSecond(instant.getEpochSecond());
  }

  /**
   * The local date of an instant in the window's zone.
   *
   * @param instant the instant; not {@code null}
   * @return its local date
   */
  public LocalDate localDate(Instant instant) {
    return LocalDate.ofEpochDay(set.localDay(instant.getEpochSecond()));
  }

  /**
   * Whether an instant's local date is before the start date ({@code BEFORE_START_DATE}).
   *
   * @param instant the instant; not {@code null}
   * @return true when the start date is set and not yet reached
   */
  public boolean isBeforeStartDate(Instant instant) {
    return set.isBeforeStart(instant.getEpochSecond());
  }

  /**
   * Whether an instant's local date is after the end date (rule 6, {@code CAMPAIGN_ENDED}).
   *
   * @param instant the instant; not {@code null}
   * @return true when the end date is set and passed
   */
  public boolean isAfterEndDate(Instant instant) {
    return set.isAfterEnd(instant.getEpochSecond());
  }

  /**
   * Whether an instant's local day of week or time of day is outside the window
   * ({@code OUTSIDE_CALL_WINDOW}), whatever the dates.
   *
   * @param instant the instant; not {@code null}
   * @return true when the day is not allowed or the time is in no range
   */
  public boolean isOutsideDaysOrTimes(Instant instant) {
    return (set.flagsAt(instant.getEpochSecond()) & WindowSet.OUTSIDE_DAYS_OR_TIMES) != 0;
  }

  // ---------------------------------------------------------------- searches

  /**
   * The first instant at or after {@code from} that is in the window, searched up to
   * {@link #SEARCH_HORIZON} after {@code from} (inclusive).
   *
   * @param from where the search starts; not {@code null}
   * @return {@code from} itself when it is in the window, else the start of the next open second; or
   *     empty when the window does not open within the horizon
   */
  public Optional<Instant> firstOpenAtOrAfter(Instant from) {
    return firstOpenAtOrAfter(from, from.plus(SEARCH_HORIZON));
  }

  /**
   * The first instant in {@code [from, limit]} that is in the window.
   *
   * @param from where the search starts; not {@code null}
   * @param limit the last instant to consider; not {@code null}
   * @return the instant, or empty
   */
  public Optional<Instant> firstOpenAtOrAfter(Instant from, Instant limit) {
    long second = set.nextOpenSecond(from.getEpochSecond(), limit.getEpochSecond());
    if (second == InstantSet.NONE) {
      return Optional.empty();
    }
    if (second == from.getEpochSecond()) {
      return Optional.of(from);
    }
    return Optional.of(Instant.ofEpochSecond(second));
  }

  /**
   * The open intervals of the window between two instants, clipped to {@code [from, to)}, in order.
   * A run of open instants that crosses an offset change is one interval; the two occurrences of a
   * repeated fall-back hour are two intervals when the window closes between them.
   *
   * @param from the start of the span; not {@code null}
   * @param to the end of the span (exclusive); not before {@code from}
   * @return the intervals, unmodifiable; empty when the window is closed throughout
   * @throws IllegalArgumentException when {@code to} is before {@code from}
   */
  public List<Interval> openIntervals(Instant from, Instant to) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to " + to + " is before from " + from);
    }
    List<Interval> out = new ArrayList<>();
    Instant cursor = from;
    while (cursor.isBefore(to)) {
      Optional<Instant> open = firstOpenAtOrAfter(cursor, to);
      if (open.isEmpty() || !open.get().isBefore(to)) {
        break;
      }
      long closed = set.nextClosedSecond(open.get().getEpochSecond());
      Instant end = closed == Long.MAX_VALUE ? to : Instant.ofEpochSecond(closed);
      if (end.isAfter(to)) {
        end = to;
      }
      out.add(new Interval(open.get(), end));
      cursor = end;
    }
    return Collections.unmodifiableList(out);
  }

  /** The ranges as {@code {start, end}} seconds of day. */
  private static List<int[]> spans(List<TimeRange> ranges) {
    List<int[]> spans = new ArrayList<>(ranges.size());
    for (TimeRange r : ranges) {
      spans.add(new int[] {r.start().toSecondOfDay(), r.end().toSecondOfDay()});
    }
    return spans;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof CallWindow other)) {
      return false;
    }
    return days.equals(other.days)
        && ranges.equals(other.ranges)
        && zone.equals(other.zone)
        && Objects.equals(startDate, other.startDate)
        && Objects.equals(endDate, other.endDate);
  }

  @Override
  public int hashCode() {
    return Objects.hash(days, ranges, zone, startDate, endDate);
  }

  @Override
  public String toString() {
    return "CallWindow[days=" + days + ", ranges=" + ranges + ", zone=" + zone
        + (startDate == null ? "" : ", start=" + startDate)
        + (endDate == null ? "" : ", end=" + endDate) + "]";
  }
}
