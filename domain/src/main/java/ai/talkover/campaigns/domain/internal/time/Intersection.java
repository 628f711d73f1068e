package ai.talkover.campaigns.domain.internal.time;

import java.util.List;

/**
 * The instants that belong to every one of several sets: the recipient hours in every zone of a number,
 * or the days that are a blackout in none of its zones. Immutable, thread-safe, allocation-free.
 */
public final class Intersection implements InstantSet {

  private final InstantSet[] members;

  private Intersection(InstantSet[] members) {
    this.members = members;
  }

  /**
   * The intersection of sets.
   *
   * @param sets the sets; not empty
   * @return the only set when there is one, else their intersection
   */
  public static InstantSet of(List<InstantSet> sets) {
    if (sets.isEmpty()) {
      throw new IllegalArgumentException("an intersection needs at least one set");
    }
    return sets.size() == 1 ? sets.get(0) : new Intersection(sets.toArray(new InstantSet[0]));
  }

  @Override
  public boolean containsSecond(long epochSecond) {
    for (InstantSet s : members) {
      if (!s.containsSecond(epochSecond)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public long nextOpenSecond(long from, long limit) {
    return InstantSet.firstCommonSecond(members, members.length, from, limit);
  }

  @Override
  public long nextClosedSecond(long from) {
    long first = Long.MAX_VALUE;
    for (InstantSet s : members) {
      first = Math.min(first, s.nextClosedSecond(from));
    }
    return first;
  }
}
