package ai.talkover.campaigns.domain.internal.time;

import java.util.ArrayList;
import java.util.List;

/** Daily ranges as seconds of day, the form in which the instant sets read them. Stateless. */
public final class SecondsOfDay {

  private SecondsOfDay() {}

  /**
   * The union of some ranges as sorted, disjoint, non-touching {@code [start, end)} seconds of day:
   * {@code result[0]} holds the starts, {@code result[1]} the ends.
   *
   * @param ranges the ranges as {@code {start, end}} seconds of day, in any order, possibly
   *     overlapping or touching; not modified
   * @return the starts and ends of the union
   */
  public static int[][] union(List<int[]> ranges) {
    List<int[]> spans = new ArrayList<>(ranges);
    spans.sort((a, b) -> Integer.compare(a[0], b[0]));
    List<int[]> merged = new ArrayList<>();
    for (int[] span : spans) {
      int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && span[0] <= last[1]) {
        last[1] = Math.max(last[1], span[1]);
      } else {
        merged.add(span.clone());
      }
    }
    int[] s = new int[merged.size()];
    int[] e = new int[merged.size()];
    for (int i = 0; i < s.length; i++) {
      s[i] = merged.get(i)[0];
      e[i] = merged.get(i)[1];
    }
    return new int[][] {s, e};
  }
}
