package ai.talkover.campaigns.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
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
public final class CallWindow implements InstantSet {

  /** How far {@link #firstOpenAtOrAfter(Instant)} searches: 400 days, as rule 10 says. */
  public static final Duration SEARCH_HORIZON = Duration.ofDays(400);

  private static final long DAY = 86_400L;

  private final Set<DayOfWeek> days;
  private final List<TimeRange> ranges;
  private final ZoneId zone;
  private final LocalDate startDate;
  private final LocalDate endDate;

  private final ZoneTimeline timeline;
  /** Bit {@code d - 1} set when ISO day {@code d} is allowed. */
  private final int dayMask;
  /** The union of the ranges as sorted, disjoint, non-touching [start, end) seconds of day. */
  private final int[] starts;
  private final int[] ends;
  private final long startDay;
  private final long endDay;

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
    this.timeline = ZoneTimeline.of(zone);
    int mask = 0;
    for (DayOfWeek d : copy) {
      mask |= 1 << (d.getValue() - 1);
    }
    this.dayMask = mask;
    int[][] merged = TimeRange.secondsOfUnion(this.ranges);
    this.starts = merged[0];
    this.ends = merged[1];
    this.startDay = startDate == null ? Long.MIN_VALUE / 4 : startDate.toEpochDay();
    this.endDay = endDate == null ? Long.MAX_VALUE / 4 : endDate.toEpochDay();
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
    return containsSecond(instant.getEpochSecond());
  }

  /**
   * The local date of an instant in the window's zone.
   *
   * @param instant the instant; not {@code null}
   * @return its local date
   */
  public LocalDate localDate(Instant instant) {
    return LocalDate.ofEpochDay(localDay(instant.getEpochSecond()));
  }

  /**
   * Whether an instant's local date is before the start date ({@code BEFORE_START_DATE}).
   *
   * @param instant the instant; not {@code null}
   * @return true when the start date is set and not yet reached
   */
  public boolean isBeforeStartDate(Instant instant) {
    return localDay(instant.getEpochSecond()) < startDay;
  }

  /**
   * Whether an instant's local date is after the end date (rule 6, {@code CAMPAIGN_ENDED}).
   *
   * @param instant the instant; not {@code null}
   * @return true when the end date is set and passed
   */
  public boolean isAfterEndDate(Instant instant) {
    return localDay(instant.getEpochSecond()) > endDay;
  }

  /**
   * Whether an instant's local day of week or time of day is outside the window
   * ({@code OUTSIDE_CALL_WINDOW}), whatever the dates.
   *
   * @param instant the instant; not {@code null}
   * @return true when the day is not allowed or the time is in no range
   */
  public boolean isOutsideDaysOrTimes(Instant instant) {
    long sec = instant.getEpochSecond();
    long local = sec + timeline.offsetAt(sec);
    long day = Math.floorDiv(local, DAY);
    return !dayAllowed(day) || !timeAllowed((int) (local - day * DAY));
  }

  /** {@link #flagsAt} bit: the local date is before the start date. */
  static final int BEFORE_START = 1;
  /** {@link #flagsAt} bit: the local date is after the end date. */
  static final int AFTER_END = 2;
  /** {@link #flagsAt} bit: the local day of week or time of day is outside the window. */
  static final int OUTSIDE_DAYS_OR_TIMES = 4;

  /**
   * What fails at one second, with a single offset lookup: {@link #BEFORE_START},
   * {@link #AFTER_END} and {@link #OUTSIDE_DAYS_OR_TIMES} combined; 0 when the second is in the window.
   */
  int flagsAt(long epochSecond) {
    long local = epochSecond + timeline.offsetAt(epochSecond);
    long day = Math.floorDiv(local, DAY);
    int flags = 0;
    if (day < startDay) {
      flags |= BEFORE_START;
    }
    if (day > endDay) {
      flags |= AFTER_END;
    }
    if (!dayAllowed(day) || !timeAllowed((int) (local - day * DAY))) {
      flags |= OUTSIDE_DAYS_OR_TIMES;
    }
    return flags;
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
    long second = nextOpenSecond(from.getEpochSecond(), limit.getEpochSecond());
    if (second == NONE) {
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
      long closed = nextClosedSecond(open.get().getEpochSecond());
      Instant end = closed == Long.MAX_VALUE ? to : Instant.ofEpochSecond(closed);
      if (end.isAfter(to)) {
        end = to;
      }
      out.add(new Interval(open.get(), end));
      cursor = end;
    }
    return Collections.unmodifiableList(out);
  }

  // ---------------------------------------------------------------- InstantSet

  @Override
  public boolean containsSecond(long epochSecond) {
    long local = epochSecond + timeline.offsetAt(epochSecond);
    long day = Math.floorDiv(local, DAY);
    return day >= startDay && day <= endDay && dayAllowed(day) && timeAllowed((int) (local - day * DAY));
  }

  @Override
  public long nextOpenSecond(long from, long limit) {
    long t = from;
    while (t <= limit) {
      int offset = timeline.offsetAt(t);
      long segmentEnd = timeline.segmentEnd(t);
      long local = nextOpenLocal(t + offset);
      if (local != NONE) {
        long candidate = local - offset;
        if (candidate < segmentEnd) {
          return candidate <= limit ? candidate : NONE;
        }
      }
      // Nothing opens while this offset holds. Even past the end date, keep going: an offset change
      // can set the local date back (America/St_Johns fell back from 00:01 to 23:01 the day before).
      t = segmentEnd;
    }
    return NONE;
  }

  @Override
  public long nextClosedSecond(long from) {
    long t = from;
    while (true) {
      if (!containsSecond(t)) {
        return t;
      }
      int offset = timeline.offsetAt(t);
      long segmentEnd = timeline.segmentEnd(t);
      long local = t + offset;
      long day = Math.floorDiv(local, DAY);
      int sod = (int) (local - day * DAY);
      int end = 0;
      for (int j = 0; j < starts.length; j++) {
        if (sod >= starts[j] && sod < ends[j]) {
          end = ends[j];
          break;
        }
      }
      long closes = day * DAY + end - offset;
      if (closes < segmentEnd) {
        return closes;
      }
      if (segmentEnd == Long.MAX_VALUE) {
        return Long.MAX_VALUE;
      }
      t = segmentEnd;
    }
  }

  /** The first local second at or after {@code local} in the local-time window, or NONE. */
  private long nextOpenLocal(long local) {
    long day = Math.floorDiv(local, DAY);
    int sod = (int) (local - day * DAY);
    if (day < startDay) {
      day = startDay;
      sod = 0;
    }
    for (int k = 0; k < 8; k++, day++, sod = 0) {
      if (day > endDay) {
        return NONE;
      }
      if (!dayAllowed(day)) {
        continue;
      }
      for (int j = 0; j < starts.length; j++) {
        if (sod < ends[j]) {
          return day * DAY + Math.max(sod, starts[j]);
        }
      }
    }
    return NONE;
  }

  private long localDay(long epochSecond) {
    return Math.floorDiv(epochSecond + timeline.offsetAt(epochSecond), DAY);
  }

  private boolean dayAllowed(long epochDay) {
    int iso = (int) Math.floorMod(epochDay + 3, 7L) + 1;
    return (dayMask & (1 << (iso - 1))) != 0;
  }

  private boolean timeAllowed(int secondOfDay) {
    for (int j = 0; j < starts.length; j++) {
      if (secondOfDay < starts[j]) {
        return false;
      }
      if (secondOfDay < ends[j]) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof CallWindow)) {
      return false;
    }
    CallWindow other = (CallWindow) o;
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

  /**
   * Convenience for the builder: the days of a collection of ISO numbers.
   *
   * @param iso ISO day numbers 1..7
   * @return the days
   */
  static Set<DayOfWeek> daysOf(Collection<Integer> iso) {
    EnumSet<DayOfWeek> set = EnumSet.noneOf(DayOfWeek.class);
    for (Integer d : iso) {
      set.add(DayOfWeek.of(d));
    }
    return set;
  }
}
