package ai.talkover.campaigns.domain.eligibility.internal;

import ai.talkover.campaigns.domain.campaign.CallRecord;
import ai.talkover.campaigns.domain.contact.CallAttempt;
import ai.talkover.campaigns.domain.contact.CallStatus;
import ai.talkover.campaigns.domain.internal.input.E164;
import java.time.Instant;
import java.util.List;

/**
 * A campaign's {@code calls[]} by normalised number, with each number's history summarised once, so a
 * decision reads four longs instead of walking its attempts.
 *
 * <p>The numbers are kept in ascending order of their {@link E164#sortKey sort key} (the order of
 * their E.164 strings) in one flat array of four longs each: the key, the epoch second of the number's
 * {@code last} attempt, that attempt's nano and group with whether some attempt triggers auto-DNC, and
 * the count of attempts with their largest {@code retries}. A plan, whose contacts are sorted by key,
 * walks that array in order ({@link #seek}); a single decision finds its number by the hash of its
 * E.164 string (which the string caches) in an open-addressing table of hashes and positions
 * ({@link #find}, linear probing, load at most one half), checked against the number's string. The
 * attempts themselves are kept per number for the policies that need every one (the attempt cap) and
 * for the attempt cap.
 *
 * <p>Immutable once built and thread-safe.
 */
public final class CallIndex {

  /** What {@link #find} answers for a number without calls; the position of no number. */
  public static final int ABSENT = -1;

  /** Longs per number. */
  private static final int STRIDE = 4;
  private static final int KEY = 0;
  private static final int LAST_SECOND = 1;
  /** Nano in bits 0-29, group ordinal in bits 30-32, triggered in bit 33. */
  private static final int LAST = 2;
  /** Count in the low 32 bits, largest retries in the high 32 bits. */
  private static final int COUNTS = 3;

  private static final int GROUP_SHIFT = 30;
  private static final long NANO_MASK = (1L << GROUP_SHIFT) - 1;
  private static final long TRIGGERED = 1L << 33;
  private static final CallStatus.Group[] GROUPS = CallStatus.Group.values();
  private static final CallAttempt[] NO_ATTEMPTS = new CallAttempt[0];
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  /** The numbers in key order, {@link #STRIDE} longs each. */
  private final long[] entries;
  private final int size;
  /** The normalised number at each position. */
  private final String[] numbers;
  /**
   * Open addressing by {@link String#hashCode()} of the number: the hash in the high 32 bits, the
   * position + 1 in the low 32 bits; 0 for an empty slot.
   */
  private final long[] table;
  private final int shift;
  /** The attempts of each number in {@code calls[]} order. */
  private final CallAttempt[][] attempts;

  /**
   * Indexes calls.
   *
   * @param calls the campaign's calls; entries whose {@code to} is null or not a valid number match no
   *     number
   * @param dnc the campaign's do-not-call index, against which each attempt's auto-add trigger is
   *     computed
   */
  public CallIndex(List<CallRecord> calls, DncIndex dnc) {
    int n = calls.size();
    String[] normalised = new String[n];
    // Each call's key (0 for no valid number) and index, sorted: equal keys then follow calls[].
    long[] keys = new long[n];
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      String to = calls.get(i).to();
      normalised[i] = to == null ? null : E164.normalise(to);
      keys[i] = normalised[i] == null ? 0 : E164.sortKey(normalised[i]);
      order[i] = i;
    }
    RowSort.Sorted sorted = RowSort.sort(keys, order, new long[n], new int[n]);
    int[] positions = new int[n];
    int distinct = 0;
    for (int k = 0; k < n; k++) {
      long key = sorted.keys()[k];
      if (key != 0 && (distinct == 0 || key != sorted.keys()[k - 1])) {
        distinct++;
      }
      positions[sorted.rows()[k]] = key == 0 ? ABSENT : distinct - 1;
    }
    this.size = distinct;
    this.entries = new long[STRIDE * distinct];
    for (int k = 0; k < n; k++) {
      int p = positions[sorted.rows()[k]];
      if (p != ABSENT) {
        entries[p * STRIDE + KEY] = sorted.keys()[k];
      }
    }
    this.numbers = new String[distinct];
    for (int i = 0; i < n; i++) {
      int p = positions[i];
      if (p != ABSENT && numbers[p] == null) {
        numbers[p] = normalised[i];
      }
    }
    int bits = tableBits(distinct);
    this.shift = 64 - bits;
    this.table = new long[1 << bits];
    for (int p = 0; p < distinct; p++) {
      int hash = numbers[p].hashCode();
      int slot = homeSlot(hash, bits);
      while (table[slot] != 0) {
        slot = (slot + 1) & (table.length - 1);
      }
      table[slot] = (long) hash << 32 | (p + 1);
    }

    int[] counts = new int[distinct];
    for (int i = 0; i < n; i++) {
      int p = positions[i];
      if (p != ABSENT) {
        CallAttempt a = calls.get(i).attempt();
        add(p, counts[p] == 0, a.at(), a.group(), a.retries(), dnc.triggers(a));
        counts[p]++;
      }
    }
    this.attempts = new CallAttempt[distinct][];
    for (int p = 0; p < distinct; p++) {
      attempts[p] = new CallAttempt[counts[p]];
      counts[p] = 0;
    }
    for (int i = 0; i < n; i++) {
      int p = positions[i];
      if (p != ABSENT) {
        attempts[p][counts[p]++] = calls.get(i).attempt();
      }
    }
  }

  /** The log2 of the slot count: at least twice the numbers, at least 2 slots. */
  private static int tableBits(int numbers) {
    int bits = 1;
    while ((1L << bits) < 2L * numbers) {
      bits++;
    }
    return bits;
  }

  /**
   * The slot of the table a number is probed from first.
   *
   * @param hash the {@link String#hashCode()} of the normalised number
   * @param bits the log2 of the table's slot count
   * @return the slot
   */
  public static int homeSlot(int hash, int bits) {
    return (int) ((hash * GOLDEN) >>> (64 - bits));
  }

  /** The log2 of the table's slot count. */
  public int tableBits() {
    return 64 - shift;
  }

  /** The count of numbers. */
  public int size() {
    return size;
  }

  /**
   * The position of a number, through the table.
   *
   * @param e164 a normalised number
   * @return its position, or {@link #ABSENT}
   */
  public int find(String e164) {
    long[] t = table;
    int mask = t.length - 1;
    int hash = e164.hashCode();
    int slot = (int) ((hash * GOLDEN) >>> shift);
    while (true) {
      long e = t[slot];
      if (e == 0) {
        return ABSENT;
      }
      int p = (int) e - 1;
      if ((int) (e >>> 32) == hash && numbers[p].equals(e164)) {
        return p;
      }
      slot = (slot + 1) & mask;
    }
  }

  /**
   * The first position at or after {@code from} whose key is not below {@code key}, found by galloping
   * from {@code from}: for keys looked up in ascending order, a walk of the numbers in order.
   *
   * @param key a {@link E164#sortKey sort key}
   * @param from a position at or before the answer, from 0 to {@link #size()}
   * @return the position, {@link #size()} when every key from {@code from} on is below {@code key}
   */
  public int seek(long key, int from) {
    if (from >= size || entries[from * STRIDE + KEY] >= key) {
      return from;
    }
    // entries[lo] < key; find hi with entries[hi] >= key or hi = size.
    int lo = from;
    int step = 1;
    int hi = from + 1;
    while (hi < size && entries[hi * STRIDE + KEY] < key) {
      lo = hi;
      step <<= 1;
      hi = lo + step;
    }
    if (hi > size) {
      hi = size;
    }
    while (hi - lo > 1) {
      int mid = (lo + hi) >>> 1;
      if (entries[mid * STRIDE + KEY] < key) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return hi;
  }

  /**
   * The key at a position.
   *
   * @param position from 0 to {@link #size()} - 1
   * @return the key
   */
  public long keyAt(int position) {
    return entries[position * STRIDE + KEY];
  }

  /** Adds one attempt to a number's summary; of attempts at the same instant, the later one is last. */
  private void add(int p, boolean first, Instant at, CallStatus.Group group, int retries,
      boolean triggers) {
    int base = p * STRIDE;
    long second = at.getEpochSecond();
    int nano = at.getNano();
    long last = entries[base + LAST];
    long counts = entries[base + COUNTS];
    int count = (int) counts;
    int maxRetries = first ? retries : Math.max((int) (counts >>> 32), retries);
    if (first || second > entries[base + LAST_SECOND]
        || (second == entries[base + LAST_SECOND] && nano >= (int) (last & NANO_MASK))) {
      entries[base + LAST_SECOND] = second;
      last = (last & TRIGGERED) | ((long) group.ordinal() << GROUP_SHIFT) | nano;
    }
    if (triggers) {
      last |= TRIGGERED;
    }
    entries[base + LAST] = last;
    entries[base + COUNTS] = ((long) maxRetries << 32) | ((count + 1) & 0xFFFF_FFFFL);
  }

  /**
   * The epoch second of the {@code last} attempt of the number at a position.
   *
   * @param p a position, or {@link #ABSENT}
   * @return the second; 0 for {@link #ABSENT}
   */
  public long lastSecond(int p) {
    return p == ABSENT ? 0 : entries[p * STRIDE + LAST_SECOND];
  }

  /**
   * The nano and group of the {@code last} attempt of the number at a position, and whether some
   * attempt triggers auto-DNC; read with {@link #nano}, {@link #group} and {@link #triggered}.
   *
   * @param p a position, or {@link #ABSENT}
   * @return the packed word; 0 for {@link #ABSENT}
   */
  public long last(int p) {
    return p == ABSENT ? 0 : entries[p * STRIDE + LAST];
  }

  /**
   * The count of attempts of the number at a position and their largest {@code retries}; read with
   * {@link #count} and {@link #maxRetries}.
   *
   * @param p a position, or {@link #ABSENT}
   * @return the packed word; 0 (no attempt) for {@link #ABSENT}
   */
  public long counts(int p) {
    return p == ABSENT ? 0 : entries[p * STRIDE + COUNTS];
  }

  /** The count of attempts in a word of {@link #counts}: 0 when the number has no call. */
  public static int count(long counts) {
    return (int) counts;
  }

  /** The largest {@code retries} in a word of {@link #counts} that has attempts. */
  public static int maxRetries(long counts) {
    return (int) (counts >>> 32);
  }

  /** The nano of the {@code last} attempt in a word of {@link #last}. */
  public static int nano(long last) {
    return (int) (last & NANO_MASK);
  }

  /** The group of the {@code last} attempt in a word of {@link #last} whose number has attempts. */
  public static CallStatus.Group group(long last) {
    return GROUPS[(int) (last >>> GROUP_SHIFT) & 7];
  }

  /** Whether some attempt has a status or error of the auto-DNC triggers, in a word of {@link #last}. */
  public static boolean triggered(long last) {
    return (last & TRIGGERED) != 0;
  }

  /**
   * The attempts of the number at a position.
   *
   * @param p a position, or {@link #ABSENT}
   * @return the attempts in {@code calls[]} order, shared and never modified; empty for
   *     {@link #ABSENT}
   */
  public CallAttempt[] attempts(int p) {
    return p == ABSENT ? NO_ATTEMPTS : attempts[p];
  }
}
