package ai.talkover.campaigns.domain.internal.time;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A zone's UTC offsets as flat arrays, so that the offset at an epoch second and the next offset
 * change cost one binary search and no allocation.
 *
 * <p>Transitions are tabulated from 1900 to 2200; outside that span the zone's {@link ZoneRules}
 * answer directly. One instance per zone is shared; instances are immutable and thread-safe.
 */
public final class ZoneTimeline {

  /** 1900-01-01T00:00:00Z. */
  public static final long LOW = -2_208_988_800L;
  /** 2200-01-01T00:00:00Z. */
  public static final long HIGH = 7_258_118_400L;

  private static final Map<ZoneId, ZoneTimeline> CACHE = new ConcurrentHashMap<>();

  private final ZoneRules rules;
  /** Epoch seconds at which the offset changes, ascending, all within [LOW, HIGH). */
  private final long[] transitions;
  /** offsets[i] is in force before transitions[i] (and after transitions[i - 1]). */
  private final int[] offsets;
  /**
   * For each bucket of 2^21 seconds (about 24 days) from {@link #LOW}, the index of the first
   * transition after the bucket's first second: a lookup reads one entry and steps over the few
   * transitions inside the bucket, so it costs the same whatever the zone's history.
   */
  private final int[] bucketFirst;

  private static final int BUCKET_SHIFT = 21;

  private ZoneTimeline(ZoneRules rules) {
    this.rules = rules;
    long[] t = new long[64];
    int[] o = new int[65];
    int n = 0;
    o[0] = rules.getOffset(Instant.ofEpochSecond(LOW)).getTotalSeconds();
    if (!rules.isFixedOffset()) {
      Instant cursor = Instant.ofEpochSecond(LOW);
      while (true) {
        ZoneOffsetTransition next = rules.nextTransition(cursor);
        if (next == null || next.toEpochSecond() >= HIGH) {
          break;
        }
        if (n == t.length) {
          t = Arrays.copyOf(t, n * 2);
          o = Arrays.copyOf(o, n * 2 + 1);
        }
        t[n] = next.toEpochSecond();
        o[n + 1] = next.getOffsetAfter().getTotalSeconds();
        n++;
        cursor = next.getInstant();
      }
    }
    this.transitions = Arrays.copyOf(t, n);
    this.offsets = Arrays.copyOf(o, n + 1);
    int buckets = (int) ((HIGH - LOW) >>> BUCKET_SHIFT) + 1;
    this.bucketFirst = new int[buckets];
    int i = 0;
    for (int b = 0; b < buckets; b++) {
      long first = LOW + ((long) b << BUCKET_SHIFT);
      while (i < n && transitions[i] <= first) {
        i++;
      }
      bucketFirst[b] = i;
    }
  }

  /**
   * The shared timeline of a zone.
   *
   * @param zone the zone; not {@code null}
   * @return its timeline
   */
  public static ZoneTimeline of(ZoneId zone) {
    ZoneTimeline cached = CACHE.get(zone);
    if (cached != null) {
      return cached;
    }
    return CACHE.computeIfAbsent(zone, z -> new ZoneTimeline(z.getRules()));
  }

  /**
   * The offset in force at an instant, in seconds.
   *
   * @param epochSecond the instant
   * @return the total offset seconds
   */
  public int offsetAt(long epochSecond) {
    if (epochSecond < LOW || epochSecond >= HIGH) {
      return rules.getOffset(Instant.ofEpochSecond(epochSecond)).getTotalSeconds();
    }
    return offsets[index(epochSecond)];
  }

  /**
   * The first instant after {@code epochSecond} at which the offset may change. Within the table this
   * is the next transition (or {@link #HIGH}); outside it, the zone rules' next transition.
   *
   * @param epochSecond the instant
   * @return the end of the constant-offset segment holding {@code epochSecond}, or
   *     {@link Long#MAX_VALUE} when the offset never changes again
   */
  public long segmentEnd(long epochSecond) {
    if (epochSecond >= LOW && epochSecond < HIGH) {
      int i = index(epochSecond);
      return i < transitions.length ? transitions[i] : HIGH;
    }
    ZoneOffsetTransition next = rules.nextTransition(Instant.ofEpochSecond(epochSecond));
    long end = next == null ? Long.MAX_VALUE : next.toEpochSecond();
    return epochSecond < LOW ? Math.min(end, LOW) : end;
  }

  /** The index of the first transition after {@code epochSecond}, which is also its offset's index. */
  private int index(long epochSecond) {
    int i = bucketFirst[(int) ((epochSecond - LOW) >>> BUCKET_SHIFT)];
    int n = transitions.length;
    while (i < n && transitions[i] <= epochSecond) {
      i++;
    }
    return i;
  }

  /**
   * The offset as a {@link ZoneOffset}.
   *
   * @param epochSecond the instant
   * @return the offset
   */
  public ZoneOffset zoneOffsetAt(long epochSecond) {
    return ZoneOffset.ofTotalSeconds(offsetAt(epochSecond));
  }
}
