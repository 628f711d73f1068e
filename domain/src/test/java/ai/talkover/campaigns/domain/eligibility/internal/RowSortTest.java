package ai.talkover.campaigns.domain.eligibility.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The plan's primitive sort: stable, signed, the same as a comparator sort. */
class RowSortTest {

  private static long randomKey(Random random, int kind) {
    switch (kind) {
      case 0:
        return random.nextInt(8);
      case 1:
        return random.nextLong();
      case 2:
        return (long) random.nextInt(200_000) << 30 | random.nextInt(3) * 500_000_000L;
      default:
        long[] edges = {Long.MIN_VALUE, Long.MAX_VALUE, -1, 0, 1, Long.MIN_VALUE + 1};
        return random.nextBoolean() ? edges[random.nextInt(edges.length)] : random.nextLong() >> 20;
    }
  }

  private static void assertSortsLikeAStableComparatorSort(long[] keys) {
    int n = keys.length;
    Integer[] expected = IntStream.range(0, n).boxed().toArray(Integer[]::new);
    Arrays.sort(expected, Comparator.comparingLong(i -> keys[i]));
    int[] rows = IntStream.range(0, n).toArray();

    RowSort.Sorted sorted = RowSort.sort(keys.clone(), rows, new long[n], new int[n]);

    assertThat(sorted.rows()).containsExactly(Arrays.stream(expected).mapToInt(Integer::intValue).toArray());
    long[] sortedKeys = Arrays.stream(expected).mapToLong(i -> keys[i]).toArray();
    assertThat(sorted.keys()).containsExactly(sortedKeys);
    assertThat(sorted.spareKeys()).isNotSameAs(sorted.keys()).hasSizeGreaterThanOrEqualTo(n);
    assertThat(sorted.spareRows()).isNotSameAs(sorted.rows()).hasSizeGreaterThanOrEqualTo(n);
  }

  @Test
  void sortsByKey_keepingTheOrderOfEqualKeys_atEverySize() {
    Random random = new Random(17);
    int[] sizes = {0, 1, 2, 5, RowSort.RADIX_MIN - 1, RowSort.RADIX_MIN, RowSort.RADIX_MIN + 1, 300, 5000};
    for (int size : sizes) {
      for (int kind = 0; kind < 4; kind++) {
        long[] keys = new long[size];
        for (int i = 0; i < size; i++) {
          keys[i] = randomKey(random, kind);
        }
        assertSortsLikeAStableComparatorSort(keys);
      }
    }
  }

  @Test
  void sortedOrReversedInput_isSortedToo() {
    long[] ascending = ascending(3000);
    assertSortsLikeAStableComparatorSort(ascending);
    long[] descending = new long[ascending.length];
    for (int i = 0; i < ascending.length; i++) {
      descending[i] = -ascending[i];
    }
    assertSortsLikeAStableComparatorSort(descending);
    assertSortsLikeAStableComparatorSort(new long[3000]);
  }

  private static long[] ascending(int n) {
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      keys[i] = (long) i * 7 / 3 - 500;
    }
    return keys;
  }
}
