package ai.talkover.campaigns.domain.internal.time;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;

/**
 * The instants whose local date, in one zone, is not a blackout date. Answers use arithmetic on the
 * zone's offsets ({@link ZoneTimeline}); immutable, thread-safe, allocation-free.
 */
public final class BlackoutSet implements InstantSet {

  private static final long DAY = 86_400L;

  /** Blackout dates as epoch days, ascending, distinct. */
  private final long[] days;
  /** runEnd[i]: the last epoch day of the run of consecutive blackout days holding days[i]. */
  private final long[] runEnd;
  private final ZoneTimeline timeline;

  public BlackoutSet(Collection<LocalDate> dates, ZoneTimeline timeline) {
    this.timeline = timeline;
    long[] d = new long[dates.size()];
    int n = 0;
    for (LocalDate date : dates) {
      d[n++] = date.toEpochDay();
    }
    Arrays.sort(d);
    this.days = d;
    this.runEnd = new long[n];
    for (int i = n - 1; i >= 0; i--) {
      runEnd[i] = i + 1 < n && d[i + 1] == d[i] + 1 ? runEnd[i + 1] : d[i];
    }
  }

  @Override
  public boolean containsSecond(long epochSecond) {
    return Arrays.binarySearch(days, localDay(epochSecond, timeline.offsetAt(epochSecond))) < 0;
  }

  @Override
  public long nextOpenSecond(long from, long limit) {
    long t = from;
    while (t <= limit) {
      int offset = timeline.offsetAt(t);
      int i = Arrays.binarySearch(days, localDay(t, offset));
      if (i < 0) {
        return t;
      }
      long segmentEnd = timeline.segmentEnd(t);
      long candidate = (runEnd[i] + 1) * DAY - offset;
      if (candidate < segmentEnd) {
        return candidate <= limit ? candidate : NONE;
      }
      t = segmentEnd;
    }
    return NONE;
  }

  @Override
  public long nextClosedSecond(long from) {
    long t = from;
    while (true) {
      int offset = timeline.offsetAt(t);
      long day = localDay(t, offset);
      int i = Arrays.binarySearch(days, day);
      if (i >= 0) {
        return t;
      }
      int later = -i - 1;
      if (later == days.length && (days.length == 0 || days[days.length - 1] < day - 2)) {
        // No blackout day ahead, and no offset change moves a local date back by two days.
        return Long.MAX_VALUE;
      }
      long segmentEnd = timeline.segmentEnd(t);
      if (later < days.length) {
        long closes = days[later] * DAY - offset;
        if (closes < segmentEnd) {
          return closes;
        }
      }
      if (segmentEnd == Long.MAX_VALUE) {
        return Long.MAX_VALUE;
      }
      t = segmentEnd;
    }
  }

  private static long localDay(long epochSecond, int offset) {
    return Math.floorDiv(epochSecond + offset, DAY);
  }
}
