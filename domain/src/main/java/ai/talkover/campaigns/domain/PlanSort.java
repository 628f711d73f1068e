package ai.talkover.campaigns.domain;

/**
 * The stable sort of a plan's rows by two primitive keys, so comparisons read two arrays of longs and
 * no object: a bottom-up merge sort (insertion sort on short runs) that moves the keys with the row
 * indexes, reading and writing memory in order.
 *
 * <p>Stateless; each call works on its own arrays.
 */
final class PlanSort {

  /** Runs this short are sorted by insertion. */
  private static final int RUN = 32;

  private PlanSort() {}

  /**
   * The order of the rows by {@code primary}, then {@code secondary}, then row index (stable), each
   * key compared as a signed long.
   *
   * @param primary the first key of each row; reordered in place
   * @param secondary the second key of each row, as long as {@code primary}; reordered in place
   * @return the row indexes in sorted order
   */
  static int[] sort(long[] primary, long[] secondary) {
    int n = primary.length;
    if (secondary.length != n) {
      throw new IllegalArgumentException("keys of " + n + " and " + secondary.length + " rows");
    }
    int[] rows = new int[n];
    for (int i = 0; i < n; i++) {
      rows[i] = i;
    }
    if (isSorted(primary, secondary)) {
      return rows;
    }
    return n < RADIX_MIN ? mergeSort(primary, secondary, rows) : radixSort(primary, secondary, rows);
  }

  /** From this many rows on, the radix sort is used. */
  static final int RADIX_MIN = 1024;
  private static final int DIGIT_BITS = 11;
  private static final int DIGIT_MASK = (1 << DIGIT_BITS) - 1;

  /**
   * A least-significant-digit radix sort on the bits that vary between rows: the digits of the
   * secondary key, then those of the primary key, each pass a stable counting sort that moves keys
   * and rows. Keys are compared as signed longs by flipping their sign bits.
   */
  private static int[] radixSort(long[] primary, long[] secondary, int[] rows) {
    int n = rows.length;
    long[] p = primary;
    long[] s = secondary;
    int[] r = rows;
    for (int i = 0; i < n; i++) {
      p[i] ^= Long.MIN_VALUE;
      s[i] ^= Long.MIN_VALUE;
    }
    long pVarying = 0;
    long sVarying = 0;
    for (int i = 1; i < n; i++) {
      pVarying |= p[i] ^ p[0];
      sVarying |= s[i] ^ s[0];
    }
    long[] p2 = new long[n];
    long[] s2 = new long[n];
    int[] r2 = new int[n];
    int[] counts = new int[DIGIT_MASK + 1];
    for (int key = 0; key < 2; key++) {
      long varying = key == 0 ? sVarying : pVarying;
      while (varying != 0) {
        int shift = Long.numberOfTrailingZeros(varying);
        varying &= shift + DIGIT_BITS >= 64 ? 0 : -1L << (shift + DIGIT_BITS);
        long[] k = key == 0 ? s : p;
        java.util.Arrays.fill(counts, 0);
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
          int at = counts[(int) (k[i] >>> shift) & DIGIT_MASK]++;
          p2[at] = p[i];
          s2[at] = s[i];
          r2[at] = r[i];
        }
        long[] tp = p;
        p = p2;
        p2 = tp;
        long[] ts = s;
        s = s2;
        s2 = ts;
        int[] tr = r;
        r = r2;
        r2 = tr;
      }
    }
    return r;
  }

  private static int[] mergeSort(long[] primary, long[] secondary, int[] rows) {
    int n = rows.length;
    for (int lo = 0; lo < n; lo += RUN) {
      insertionSort(primary, secondary, rows, lo, Math.min(lo + RUN, n));
    }
    if (n <= RUN) {
      return rows;
    }
    long[] p = primary;
    long[] s = secondary;
    int[] r = rows;
    long[] p2 = new long[n];
    long[] s2 = new long[n];
    int[] r2 = new int[n];
    for (int width = RUN; width < n; width <<= 1) {
      for (int lo = 0; lo < n; lo += width << 1) {
        int mid = Math.min(lo + width, n);
        int hi = Math.min(lo + (width << 1), n);
        merge(p, s, r, p2, s2, r2, lo, mid, hi);
      }
      long[] tp = p;
      p = p2;
      p2 = tp;
      long[] ts = s;
      s = s2;
      s2 = ts;
      int[] tr = r;
      r = r2;
      r2 = tr;
    }
    return r;
  }

  private static boolean isSorted(long[] p, long[] s) {
    for (int i = 1; i < p.length; i++) {
      if (p[i] < p[i - 1] || (p[i] == p[i - 1] && s[i] < s[i - 1])) {
        return false;
      }
    }
    return true;
  }

  private static void insertionSort(long[] p, long[] s, int[] r, int lo, int hi) {
    for (int i = lo + 1; i < hi; i++) {
      long kp = p[i];
      long ks = s[i];
      int kr = r[i];
      int j = i - 1;
      while (j >= lo && (kp < p[j] || (kp == p[j] && ks < s[j]))) {
        p[j + 1] = p[j];
        s[j + 1] = s[j];
        r[j + 1] = r[j];
        j--;
      }
      p[j + 1] = kp;
      s[j + 1] = ks;
      r[j + 1] = kr;
    }
  }

  /** Merges {@code [lo, mid)} and {@code [mid, hi)} of the sources into the targets; left first on ties. */
  private static void merge(long[] p, long[] s, int[] r, long[] tp, long[] ts, int[] tr,
      int lo, int mid, int hi) {
    int i = lo;
    int j = mid;
    int k = lo;
    if (mid < hi && (p[mid - 1] < p[mid] || (p[mid - 1] == p[mid] && s[mid - 1] <= s[mid]))) {
      // Already in order: copy.
      System.arraycopy(p, lo, tp, lo, hi - lo);
      System.arraycopy(s, lo, ts, lo, hi - lo);
      System.arraycopy(r, lo, tr, lo, hi - lo);
      return;
    }
    while (i < mid && j < hi) {
      long pi = p[i];
      long pj = p[j];
      if (pj < pi || (pj == pi && s[j] < s[i])) {
        tp[k] = pj;
        ts[k] = s[j];
        tr[k++] = r[j++];
      } else {
        tp[k] = pi;
        ts[k] = s[i];
        tr[k++] = r[i++];
      }
    }
    if (i < mid) {
      System.arraycopy(p, i, tp, k, mid - i);
      System.arraycopy(s, i, ts, k, mid - i);
      System.arraycopy(r, i, tr, k, mid - i);
    } else if (j < hi) {
      System.arraycopy(p, j, tp, k, hi - j);
      System.arraycopy(s, j, ts, k, hi - j);
      System.arraycopy(r, j, tr, k, hi - j);
    }
  }
}
