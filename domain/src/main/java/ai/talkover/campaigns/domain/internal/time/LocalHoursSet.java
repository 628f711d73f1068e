package ai.talkover.campaigns.domain.internal.time;


/**
 * The instants whose local day of week and time, in one zone, lie in weekly allowed ranges: the
 * recipient hours of one of the recipient's zones.
 *
 * <p>Like {@link WindowSet}, answers use arithmetic on the zone's offsets ({@link ZoneTimeline}):
 * daylight saving needs no special case, a skipped local time holds no instant and a repeated one holds
 * both. Immutable, thread-safe, allocation-free.
 */
public final class LocalHoursSet implements InstantSet {

  private static final long DAY = 86_400L;

  /** Per ISO day - 1: the day's allowed ranges as sorted, disjoint [start, end) seconds of day. */
  private final int[][] starts;
  private final int[][] ends;
  private final ZoneTimeline timeline;

  /**
   * The set of weekly hours in one zone.
   *
   * @param starts per ISO day - 1 (Monday first), the sorted, disjoint starts of the day's ranges in
   *     seconds of day; shared, never modified; some day has a range
   * @param ends the matching ends
   * @param timeline the zone's offsets
   */
  public LocalHoursSet(int[][] starts, int[][] ends, ZoneTimeline timeline) {
    this.starts = starts;
    this.ends = ends;
    this.timeline = timeline;
  }

  @Override
  public boolean containsSecond(long epochSecond) {
    long local = epochSecond + timeline.offsetAt(epochSecond);
    long day = Math.floorDiv(local, DAY);
    return allows(isoDay(day), (int) (local - day * DAY));
  }

  @Override
  public long nextOpenSecond(long from, long limit) {
    long t = from;
    while (t <= limit) {
      int offset = timeline.offsetAt(t);
      long segmentEnd = timeline.segmentEnd(t);
      long candidate = nextOpenLocal(t + offset) - offset;
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
      long local = t + offset;
      long day = Math.floorDiv(local, DAY);
      int sod = (int) (local - day * DAY);
      int[] starts = this.starts[isoDay(day) - 1];
      int[] ends = this.ends[isoDay(day) - 1];
      int end = -1;
      for (int j = 0; j < starts.length; j++) {
        if (sod >= starts[j] && sod < ends[j]) {
          end = ends[j];
          break;
        }
      }
      if (end < 0) {
        return t;
      }
      long segmentEnd = timeline.segmentEnd(t);
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

  /** The first allowed local second at or after {@code local}; some day of any week has a range. */
  private long nextOpenLocal(long local) {
    long day = Math.floorDiv(local, DAY);
    int sod = (int) (local - day * DAY);
    while (true) {
      int[] starts = this.starts[isoDay(day) - 1];
      int[] ends = this.ends[isoDay(day) - 1];
      for (int j = 0; j < starts.length; j++) {
        if (sod < ends[j]) {
          return day * DAY + Math.max(sod, starts[j]);
        }
      }
      day++;
      sod = 0;
    }
  }

  private boolean allows(int isoDay, int sod) {
    int[] s = starts[isoDay - 1];
    int[] e = ends[isoDay - 1];
    for (int j = 0; j < s.length; j++) {
      if (sod < s[j]) {
        return false;
      }
      if (sod < e[j]) {
        return true;
      }
    }
    return false;
  }

  private static int isoDay(long epochDay) {
    return (int) Math.floorMod(epochDay + 3, 7L) + 1;
  }
}
