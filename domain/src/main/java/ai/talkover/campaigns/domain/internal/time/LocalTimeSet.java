package ai.talkover.campaigns.domain.internal.time;

/**
 * The base of the sets of instants defined in local time (a call window, recipient hours in one zone,
 * the days that are no blackout): a subclass says which local seconds belong, and this class walks
 * the zone's constant-offset segments ({@link ZoneTimeline}) to answer for instants. Daylight saving
 * needs no special case: a local time skipped by a gap holds no instant, one repeated by an overlap
 * holds the instants of both occurrences.
 *
 * <p>A local second is an epoch second plus the offset in force. Subclasses are immutable,
 * thread-safe and allocation-free; so are the walks.
 */
public abstract class LocalTimeSet implements InstantSet {

  /** Seconds per day. */
  protected static final long DAY = 86_400L;

  /** The zone's offsets. */
  protected final ZoneTimeline timeline;

  /**
   * A set read in one zone.
   *
   * @param timeline the zone's offsets
   */
  protected LocalTimeSet(ZoneTimeline timeline) {
    this.timeline = timeline;
  }

  /**
   * Whether a local second belongs.
   *
   * @param local the local second
   * @return true when it does
   */
  protected abstract boolean containsLocal(long local);

  /**
   * The first local second at or after {@code local} that belongs, as if the offset never changed.
   *
   * @param local the local second
   * @return the local second, or {@link #NONE} when none belongs
   */
  protected abstract long nextOpenLocal(long local);

  /**
   * The first local second after {@code local}, which belongs, that does not, as if the offset never
   * changed.
   *
   * @param local a local second that belongs
   * @return the local second, or {@link Long#MAX_VALUE} when every later one belongs
   */
  protected abstract long closesLocal(long local);

  /**
   * Whether no local second from {@code local} on (and none a day or two before it, where an offset
   * change could set the local date back) fails to belong: the walk of {@link #nextClosedSecond}
   * then stops at once instead of visiting every later offset segment. By default false.
   *
   * @param local a local second that belongs
   * @return true when the set stays open for ever
   */
  protected boolean openForEverFrom(long local) {
    return false;
  }

  /**
   * The ISO day of week of an epoch day.
   *
   * @param epochDay the day
   * @return 1 (Monday) to 7 (Sunday)
   */
  protected static int isoDay(long epochDay) {
    return (int) Math.floorMod(epochDay + 3, 7L) + 1;
  }

  @Override
  public final boolean containsSecond(long epochSecond) {
    return containsLocal(epochSecond + timeline.offsetAt(epochSecond));
  }

  @Override
  public final long nextOpenSecond(long from, long limit) {
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
      // Nothing opens while this offset holds. Even past an end date, keep going: an offset change
      // can set the local date back (America/St_Johns fell back from 00:01 to 23:01 the day before).
      t = segmentEnd;
    }
    return NONE;
  }

  @Override
  public final long nextClosedSecond(long from) {
    long t = from;
    while (true) {
      int offset = timeline.offsetAt(t);
      long local = t + offset;
      if (!containsLocal(local)) {
        return t;
      }
      if (openForEverFrom(local)) {
        return Long.MAX_VALUE;
      }
      long segmentEnd = timeline.segmentEnd(t);
      long closes = closesLocal(local);
      if (closes != Long.MAX_VALUE && closes - offset < segmentEnd) {
        return closes - offset;
      }
      if (segmentEnd == Long.MAX_VALUE) {
        return Long.MAX_VALUE;
      }
      t = segmentEnd;
    }
  }
}
