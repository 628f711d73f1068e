package ai.talkover.campaigns.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A campaign's {@code calls[]} by normalised number, with each number's history summarised once, so a
 * decision reads one table entry instead of walking its attempts.
 *
 * <p>The table is open-addressed (linear probing, load at most one half) and flat: each slot holds
 * four longs, the number's {@link #key key}, the epoch second of its {@code last} attempt, that
 * attempt's nano, group and whether some attempt triggers auto-DNC, and the count of attempts with
 * their largest {@code retries}. A lookup touches one or two adjacent slots and no object. The attempts
 * themselves are kept per slot for the policies that need every one (the attempt cap) and for
 * {@link Campaign#history}.
 *
 * <p>Immutable once built and thread-safe.
 */
final class CallIndex {

  /** What {@link #find} answers for a number without calls. */
  static final int ABSENT = -1;

  /** Longs per slot. */
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

  /** {@code 10^i}. */
  private static final long[] POW10 = new long[16];

  static {
    POW10[0] = 1;
    for (int i = 1; i < POW10.length; i++) {
      POW10[i] = POW10[i - 1] * 10;
    }
  }

  private final long[] table;
  private final int mask;
  private final int shift;
  /** The attempts of the number in each slot, in {@code calls[]} order; null for an empty slot. */
  private final CallAttempt[][] attempts;

  /**
   * Indexes calls.
   *
   * @param calls the campaign's calls; entries whose {@code to} is null or not a valid number match no
   *     number
   * @param dnc the campaign's do-not-call index, against which each attempt's auto-add trigger is
   *     computed
   */
  CallIndex(List<CallRecord> calls, DncPolicy.Index dnc) {
    int n = calls.size();
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      String to = calls.get(i).to();
      String number = to == null ? null : PhoneNumber.normalise(to);
      keys[i] = number == null ? 0 : key(number);
    }
    int bits = tableBits(distinct(keys));
    this.mask = (1 << bits) - 1;
    this.shift = 64 - bits;
    this.table = new long[STRIDE << bits];
    this.attempts = new CallAttempt[1 << bits][];

    int[] slots = new int[n];
    int[] counts = new int[1 << bits];
    for (int i = 0; i < n; i++) {
      if (keys[i] == 0) {
        slots[i] = ABSENT;
        continue;
      }
      int slot = insert(keys[i]);
      slots[i] = slot;
      CallAttempt a = calls.get(i).attempt();
      add(slot, counts[slot] == 0, a.at(), a.group, a.retries(), dnc.triggers(a));
      counts[slot]++;
    }
    for (int i = 0; i < n; i++) {
      int slot = slots[i];
      if (slot != ABSENT) {
        CallAttempt[] list = attempts[slot];
        if (list == null) {
          list = new CallAttempt[counts[slot]];
          attempts[slot] = list;
          counts[slot] = 0;
        }
        list[counts[slot]++] = calls.get(i).attempt();
      }
    }
  }

  /** The count of distinct non-zero keys. */
  private static int distinct(long[] keys) {
    long[] sorted = keys.clone();
    Arrays.sort(sorted);
    int distinct = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (sorted[i] != 0 && (i == 0 || sorted[i] != sorted[i - 1])) {
        distinct++;
      }
    }
    return distinct;
  }

  /** The log2 of the slot count: at least twice the numbers, at least 2 slots. */
  private static int tableBits(int numbers) {
    int bits = 1;
    while ((1L << bits) < 2L * numbers) {
      bits++;
    }
    if (bits > 28) {
      // 2^27 distinct numbers: far beyond any campaign a Java heap holds.
      throw new IllegalArgumentException("too many distinct numbers to index: " + numbers);
    }
    return bits;
  }

  /**
   * The exact key of a normalised number, ordered like {@link String#compareTo} on the numbers: its
   * digits padded on the right with zeros to 15, times 16, plus the count of digits. Two numbers have
   * equal keys exactly when they are equal ({@code +1555000001} and {@code +15550000010} differ by the
   * count); the key is never 0.
   *
   * @param e164 a normalised number: {@code +} then 7 to 15 digits
   * @return the key
   */
  static long key(String e164) {
    int digits = e164.length() - 1;
    long value = 0;
    for (int i = 1; i <= digits; i++) {
      value = value * 10 + (e164.charAt(i) - '0');
    }
    return (value * POW10[15 - digits]) << 4 | digits;
  }

  /** The slot a key is probed from first. */
  static int homeSlot(long key, int bits) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> (64 - bits));
  }

  /** The log2 of this table's slot count. */
  int bits() {
    return 64 - shift;
  }

  /** The slot of a key, or {@link #ABSENT}. */
  int find(long key) {
    long[] t = table;
    int m = mask;
    int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
    while (true) {
      long k = t[slot * STRIDE];
      if (k == key) {
        return slot;
      }
      if (k == 0) {
        return ABSENT;
      }
      slot = (slot + 1) & m;
    }
  }

  private int insert(long key) {
    int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
    while (true) {
      long k = table[slot * STRIDE];
      if (k == key) {
        return slot;
      }
      if (k == 0) {
        table[slot * STRIDE + KEY] = key;
        return slot;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** Adds one attempt to a slot's summary; of attempts at the same instant, the later one is last. */
  private void add(int slot, boolean first, Instant at, CallStatus.Group group, int retries,
      boolean triggers) {
    int base = slot * STRIDE;
    long second = at.getEpochSecond();
    int nano = at.getNano();
    long last = table[base + LAST];
    long counts = table[base + COUNTS];
    int count = (int) counts;
    int maxRetries = first ? retries : Math.max((int) (counts >>> 32), retries);
    if (first || second > table[base + LAST_SECOND]
        || (second == table[base + LAST_SECOND] && nano >= (int) (last & NANO_MASK))) {
      table[base + LAST_SECOND] = second;
      last = (last & TRIGGERED) | ((long) group.ordinal() << GROUP_SHIFT) | nano;
    }
    if (triggers) {
      last |= TRIGGERED;
    }
    table[base + LAST] = last;
    table[base + COUNTS] = ((long) maxRetries << 32) | ((count + 1) & 0xFFFF_FFFFL);
  }

  /**
   * The epoch second of the {@code last} attempt of the number in a slot.
   *
   * @param slot a slot of {@link #find}, or {@link #ABSENT}
   * @return the second; 0 for {@link #ABSENT}
   */
  long lastSecond(int slot) {
    return slot == ABSENT ? 0 : table[slot * STRIDE + LAST_SECOND];
  }

  /**
   * The nano and group of the {@code last} attempt of the number in a slot, and whether some attempt
   * triggers auto-DNC; read with {@link #nano}, {@link #group} and {@link #triggered}.
   *
   * @param slot a slot of {@link #find}, or {@link #ABSENT}
   * @return the packed word; 0 for {@link #ABSENT}
   */
  long last(int slot) {
    return slot == ABSENT ? 0 : table[slot * STRIDE + LAST];
  }

  /**
   * The count of attempts of the number in a slot and their largest {@code retries}; read with
   * {@link #count} and {@link #maxRetries}.
   *
   * @param slot a slot of {@link #find}, or {@link #ABSENT}
   * @return the packed word; 0 (no attempt) for {@link #ABSENT}
   */
  long counts(int slot) {
    return slot == ABSENT ? 0 : table[slot * STRIDE + COUNTS];
  }

  /** The count of attempts in a word of {@link #counts}: 0 when the number has no call. */
  static int count(long counts) {
    return (int) counts;
  }

  /** The largest {@code retries} in a word of {@link #counts} that has attempts. */
  static int maxRetries(long counts) {
    return (int) (counts >>> 32);
  }

  /** The nano of the {@code last} attempt in a word of {@link #last}. */
  static int nano(long last) {
    return (int) (last & NANO_MASK);
  }

  /** The group of the {@code last} attempt in a word of {@link #last} whose number has attempts. */
  static CallStatus.Group group(long last) {
    return GROUPS[(int) (last >>> GROUP_SHIFT) & 7];
  }

  /** Whether some attempt has a status or error of the auto-DNC triggers, in a word of {@link #last}. */
  static boolean triggered(long last) {
    return (last & TRIGGERED) != 0;
  }

  /** The attempts of the number in a slot in {@code calls[]} order, shared and never modified. */
  CallAttempt[] attempts(int slot) {
    return slot == ABSENT ? NO_ATTEMPTS : attempts[slot];
  }
}
