package ai.talkover.campaigns.domain.internal.time;


/**
 * The instants whose local day of week and time, in one zone, lie in weekly allowed ranges: the
 * recipient hours of one of the recipient's zones.
 *
 * <p>A {@link LocalTimeSet}: immutable, thread-safe, allocation-free.
 */
public final class LocalHoursSet extends LocalTimeSet {

  /** Per ISO day - 1: the day's allowed ranges as sorted, disjoint [start, end) seconds of day. */
  private final int[][] starts;
  private final int[][] ends;

  /**
   * The set of weekly hours in one zone.
   *
   * @param starts per ISO day - 1 (Monday first), the sorted, disjoint starts of the day's ranges in
   *     seconds of day; shared, never modified; some day has a range
   * @param ends the matching ends
   * @param timeline the zone's offsets
   */
  public LocalHoursSet(int[][] starts, int[][] ends, ZoneTimeline timeline) {
    super(timeline);
    this.starts = starts;
    this.ends = ends;
  }

  @Override
  protected boolean containsLocal(long local) {
    long day = Math.floorDiv(local, DAY);
    int sod = (int) (local - day * DAY);
    int[] s = starts[isoDay(day) - 1];
    int[] e = ends[isoDay(day) - 1];
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

  /** The first allowed local second at or after {@code local}; some day of any week has a range. */
  @Override
  protected long nextOpenLocal(long local) {
    long day = Math.floorDiv(local, DAY);
    int sod = (int) (local - day * DAY);
    while (true) {
      int[] s = starts[isoDay(day) - 1];
      int[] e = ends[isoDay(day) - 1];
      for (int j = 0; j < s.length; j++) {
        if (sod < e[j]) {
          return day * DAY + Math.max(sod, s[j]);
        }
      }
      day++;
      sod = 0;
    }
  }

  @Override
  protected long closesLocal(long local) {
    long day = Math.floorDiv(local, DAY);
    int sod = (int) (local - day * DAY);
    int[] s = starts[isoDay(day) - 1];
    int[] e = ends[isoDay(day) - 1];
    for (int j = 0; j < s.length; j++) {
      if (sod >= s[j] && sod < e[j]) {
        return day * DAY + e[j];
      }
    }
    return local;
  }
}
