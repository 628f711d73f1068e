package ai.talkover.campaigns.domain.eligibility.internal;

import java.util.Arrays;

/**
 * The stable sort of rows (a plan's contacts, a campaign's calls) by a primitive key, so that sorting
 * reads arrays of longs and no object: a least-significant-digit radix sort on the bits that vary
 * between rows, linear in the rows, or an insertion sort for a few rows. The keys move with an int per
 * row (the row's index).
 *
 * <p>Stateless; each call works on its own arrays.
 */
public final class RowSort {

  /** From this many rows on, the radix sort is used. */
  public static final int RADIX_MIN = 64;
  private static final int DIGIT_BITS = 11;
  private static final int DIGIT_MASK = (1 << DIGIT_BITS) - 1;

  private RowSort() {}

  /**
   * Sorts rows by key, as signed longs; rows of equal keys keep their order.
   *
   * @param keys the key of each row; not {@code null}
   * @param rows the row of each key, as long as {@code keys}; not {@code null}
   * @param spareKeys an array of at least as many longs to work in; not {@code null}
   * @param spareRows an array of at least as many ints to work in; not {@code null}
   * @return the sorted keys and rows, in two of the four arrays given; the other two are spare
   */
  public static Sorted sort(long[] keys, int[] rows, long[] spareKeys, int[] spareRows) {
    int n = keys.length;
    if (rows.length != n || spareKeys.length < n || spareRows.length < n) {
      throw new IllegalArgumentException(n + " keys, " + rows.length + " rows, "
          + spareKeys.length + " and " + spareRows.length + " spare");
    }
    if (n < RADIX_MIN) {
      insertionSort(keys, rows);
      return new Sorted(keys, rows, spareKeys, spareRows);
    }
    return radixSort(keys, rows, spareKeys, spareRows);
  }

  /**
   * Sorted keys and their rows, and the two arrays the sort left spare.
   *
   * @param keys the sorted keys
   * @param rows the rows of the sorted keys
   * @param spareKeys a spare array of keys
   * @param spareRows a spare array of rows
   */
  public record Sorted(long[] keys, int[] rows, long[] spareKeys, int[] spareRows) {}

  private static void insertionSort(long[] k, int[] r) {
    for (int i = 1; i < k.length; i++) {
      long key = k[i];
      int row = r[i];
      int j = i - 1;
      while (j >= 0 && key < k[j]) {
        k[j + 1] = k[j];
        r[j + 1] = r[j];
        j--;
      }
      k[j + 1] = key;
      r[j + 1] = row;
    }
  }

  /**
   * Stable counting sorts by digits of {@link #DIGIT_BITS} bits, least significant first, over only the
   * bits in which some keys differ; keys compare as signed longs by flipping their sign bits.
   */
  private static Sorted radixSort(long[] keys, int[] rows, long[] spareKeys, int[] spareRows) {
    int n = keys.length;
    long[] k = keys;
    int[] r = rows;
    long[] k2 = spareKeys;
    int[] r2 = spareRows;
    boolean sorted = true;
    long varying = 0;
    long first = k[0] ^ Long.MIN_VALUE;
    long previous = Long.MIN_VALUE;
    for (int i = 0; i < n; i++) {
      long flipped = k[i] ^ Long.MIN_VALUE;
      k[i] = flipped;
      varying |= flipped ^ first;
      // Unsigned order of flipped keys is the signed order of the keys.
      sorted &= Long.compareUnsigned(previous, flipped) <= 0 || i == 0;
      previous = flipped;
    }
    if (!sorted) {
      int[] counts = new int[DIGIT_MASK + 1];
      while (varying != 0) {
        int shift = Long.numberOfTrailingZeros(varying);
        varying &= shift + DIGIT_BITS >= 64 ? 0 : -1L << (shift + DIGIT_BITS);
        Arrays.fill(counts, 0);
        for (int i = 0; i < n; i++) {
          counts[(int) (k[i] >>> shift) & DIGIT_MASK]++;
        }
        int total = 0;
        for (int d = 0; d <= DIGIT_MASK; d++) {
          int c = counts[d];
          counts[d] = total;
          total += c;
        }
        for (int i = 0; i < n; i++) {
          long key = k[i];
          int at = counts[(int) (key >>> shift) & DIGIT_MASK]++;
          k2[at] = key;
          r2[at] = r[i];
        }
        long[] tk = k;
        k = k2;
        k2 = tk;
        int[] tr = r;
        r = r2;
        r2 = tr;
      }
    }
    for (int i = 0; i < n; i++) {
      k[i] ^= Long.MIN_VALUE;
    }
    return new Sorted(k, r, k2, r2);
  }
}
