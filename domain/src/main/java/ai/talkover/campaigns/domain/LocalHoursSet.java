package ai.talkover.campaigns.domain;

/**
 * The instants whose local day of week and time, in one zone, are allowed by {@link QuietHours}: the
 * recipient hours of one of the recipient's zones.
 *
 * <p>Like {@link CallWindow}, answers use arithmetic on the zone's offsets ({@link ZoneTimeline}):
 * daylight saving needs no special case, a skipped local time holds no instant and a repeated one holds
 * both. Immutable, thread-safe, allocation-free.
 */
final class LocalHoursSet implements InstantSet {

  private static final long DAY = 86_400L;

  private final QuietHours hours;
  private final ZoneTimeline timeline;

  LocalHoursSet(QuietHours hours, ZoneTimeline timeline) {
    this.hours = hours;
    this.timeline = timeline;
  }

  @Override
  public boolean containsSecond(long epochSecond) {
    long local = epochSecond + timeline.offsetAt(epochSecond);
    long day = Math.floorDiv(local, DAY);
    return hours.allowsSecond(isoDay(day), (int) (local - day * DAY));
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
      int[] starts = hours.startsOf(isoDay(day));
      int[] ends = hours.endsOf(isoDay(day));
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
      int[] starts = hours.startsOf(isoDay(day));
      int[] ends = hours.endsOf(isoDay(day));
      for (int j = 0; j < starts.length; j++) {
        if (sod < ends[j]) {
          return day * DAY + Math.max(sod, starts[j]);
        }
      }
      day++;
      sod = 0;
    }
  }

  private static int isoDay(long epochDay) {
    return (int) Math.floorMod(epochDay + 3, 7L) + 1;
  }
}
