package ai.talkover.campaigns.domain.internal.time;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;

/**
 * The instants whose local date, in one zone, is not a blackout date. Answers use arithmetic on the
 * zone's offsets ({@link ZoneTimeline}); immutable, thread-safe, allocation-free.
 */
public final class BlackoutSet extends LocalTimeSet {

  /** Blackout dates as epoch days, ascending, distinct. */
  private final long[] days;
  /** runEnd[i]: the last epoch day of the run of consecutive blackout days holding days[i]. */
  private final long[] runEnd;

  /**
   * The days that are no blackout in one zone.
   *
   * @param dates the blackout dates; distinct
   * @param timeline the zone's offsets
   */
  public BlackoutSet(Collection<LocalDate> dates, ZoneTimeline timeline) {
    super(timeline);
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
  protected boolean containsLocal(long local) {
    return Arrays.binarySearch(days, Math.floorDiv(local, DAY)) < 0;
  }

  @Override
  protected long nextOpenLocal(long local) {
    int i = Arrays.binarySearch(days, Math.floorDiv(local, DAY));
    return i < 0 ? local : (runEnd[i] + 1) * DAY;
  }

  @Override
  protected long closesLocal(long local) {
    int later = -Arrays.binarySearch(days, Math.floorDiv(local, DAY)) - 1;
    return later < days.length ? days[later] * DAY : Long.MAX_VALUE;
  }

  /** No blackout day ahead, and no offset change moves a local date back by two days. */
  @Override
  protected boolean openForEverFrom(long local) {
    long day = Math.floorDiv(local, DAY);
    return days.length == 0 || days[days.length - 1] < day - 2;
  }
}
