package ai.talkover.campaigns.domain.internal.time;

/**
 * A set of instants, at whole-second resolution, that can say where it next opens and closes. Call
 * windows and the opt-in policies are such sets; the engine intersects them.
 *
 * <p>Implementations are immutable and thread-safe, and their methods allocate nothing.
 */
public interface InstantSet {

  /** Answer of {@link #nextOpenSecond} when no second qualifies. */
  long NONE = Long.MIN_VALUE;

  /**
   * Whether the second starting at {@code epochSecond} belongs to the set (a set never splits a
   * second, so the whole second does).
   *
   * @param epochSecond the second
   * @return true when it belongs
   */
  boolean containsSecond(long epochSecond);

  /**
   * The first second at or after {@code from} and at or before {@code limit} that belongs to the set.
   *
   * @param from the first candidate
   * @param limit the last candidate
   * @return the second, or {@link #NONE}
   */
  long nextOpenSecond(long from, long limit);

  /**
   * The first second at or after {@code from} that does not belong to the set.
   *
   * @param from the first candidate
   * @return the second, or {@link Long#MAX_VALUE} when every later second belongs
   */
  long nextClosedSecond(long from);

  /**
   * The first second in {@code [from, limit]} that belongs to every set.
   *
   * @param sets the sets; not empty
   * @param from the first candidate
   * @param limit the last candidate
   * @return the second, or {@link #NONE}
   */
  static long firstCommonSecond(InstantSet[] sets, int count, long from, long limit) {
    long t = from;
    int agreed = 0;
    int i = 0;
    while (agreed < count) {
      long next = sets[i].nextOpenSecond(t, limit);
      if (next == NONE) {
        return NONE;
      }
      if (next == t) {
        agreed++;
      } else {
        t = next;
        agreed = 1;
      }
      i = i + 1 == count ? 0 : i + 1;
    }
    return t;
  }
}
