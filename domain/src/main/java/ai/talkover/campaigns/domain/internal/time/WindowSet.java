package ai.talkover.campaigns.domain.internal.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The instants of a campaign's call window (rule 9) as an {@link InstantSet}: local days of week,
 * daily ranges of seconds, and first and last local dates, read in one zone with arithmetic on the
 * zone's offsets ({@link LocalTimeSet}). The public face is
 * {@link ai.talkover.campaigns.domain.schedule.CallWindow}; the engine builds its own from the
 * window's values. Immutable, thread-safe, allocation-free.
 */
public final class WindowSet extends LocalTimeSet {

  /** {@link #flagsAt} bit: the local date is before the start date. */
  public static final int BEFORE_START = 1;
  /** {@link #flagsAt} bit: the local date is after the end date. */
  public static final int AFTER_END = 2;
  /** {@link #flagsAt} bit: the local day of week or time of day is outside the window. */
  public static final int OUTSIDE_DAYS_OR_TIMES = 4;

  /** Bit {@code d - 1} set when ISO day {@code d} is allowed. */
  private final int dayMask;
  /** The union of the ranges as sorted, disjoint, non-touching [start, end) seconds of day. */
  private final int[] starts;
  private final int[] ends;
  private final long startDay;
  private final long endDay;

  private WindowSet(ZoneTimeline timeline, int dayMask, int[][] union, long startDay, long endDay) {
    super(timeline);
    this.dayMask = dayMask;
    this.starts = union[0];
    this.ends = union[1];
    this.startDay = startDay;
    this.endDay = endDay;
  }

  /**
   * The set of a window.
   *
   * @param days the allowed days of week; not empty
   * @param ranges the daily ranges as {@code {start, end}} seconds of day; not empty; may overlap
   * @param zone the zone; not {@code null}
   * @param startDate the first allowed local date; nullable
   * @param endDate the last allowed local date; nullable
   * @return the set
   */
  public static WindowSet of(
      Set<DayOfWeek> days, List<int[]> ranges, ZoneId zone, LocalDate startDate, LocalDate endDate) {
    int mask = 0;
    for (DayOfWeek d : days) {
      mask |= 1 << (d.getValue() - 1);
    }
    return new WindowSet(ZoneTimeline.of(Objects.requireNonNull(zone, "zone")), mask,
        SecondsOfDay.union(ranges),
        startDate == null ? Long.MIN_VALUE / 4 : startDate.toEpochDay(),
        endDate == null ? Long.MAX_VALUE / 4 : endDate.toEpochDay());
  }

  /**
   * The local epoch day of an instant.
   *
   * @param epochSecond the instant
   * @return its local date as an epoch day
   */
  public long localDay(long epochSecond) {
    return Math.floorDiv(epochSecond + timeline.offsetAt(epochSecond), DAY);
  }

  /**
   * What fails at one second, with a single offset lookup.
   *
   * @param epochSecond the second
   * @return {@link #BEFORE_START}, {@link #AFTER_END} and {@link #OUTSIDE_DAYS_OR_TIMES} combined; 0
   *     when the second is in the window
   */
  public int flagsAt(long epochSecond) {
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

  /**
   * Whether the local date of an instant is before the start date.
   *
   * @param epochSecond the instant
   * @return true when it is
   */
  public boolean isBeforeStart(long epochSecond) {
    return localDay(epochSecond) < startDay;
  }

  /**
   * Whether the local date of an instant is after the end date.
   *
   * @param epochSecond the instant
   * @return true when it is
   */
  public boolean isAfterEnd(long epochSecond) {
    return localDay(epochSecond) > endDay;
  }

  @Override
  protected boolean containsLocal(long local) {
    long day = Math.floorDiv(local, DAY);
    return day >= startDay && day <= endDay && dayAllowed(day) && timeAllowed((int) (local - day * DAY));
  }

  @Override
  protected long closesLocal(long local) {
    long day = Math.floorDiv(local, DAY);
    int sod = (int) (local - day * DAY);
    for (int j = 0; j < starts.length; j++) {
      if (sod >= starts[j] && sod < ends[j]) {
        return day * DAY + ends[j];
      }
    }
    return local;
  }

  @Override
  protected long nextOpenLocal(long local) {
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

  private boolean dayAllowed(long epochDay) {
    return (dayMask & (1 << (isoDay(epochDay) - 1))) != 0;
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
}
