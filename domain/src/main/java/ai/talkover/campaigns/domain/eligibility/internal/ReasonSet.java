package ai.talkover.campaigns.domain.eligibility.internal;

import ai.talkover.campaigns.domain.eligibility.Reason;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Predicate;

/**
 * An immutable set of reasons backed by a bit mask of their ordinals: iterates in rule order (the
 * declaration order of {@link Reason}), equals and hashes like any {@link Set} (so like an
 * {@link java.util.EnumSet} of the same reasons), and rejects every change with
 * {@link UnsupportedOperationException}.
 *
 * <p>Sets are interned by mask: {@link #of(int)} allocates each distinct set once, so a decision
 * costs no set allocation. Thread-safe: the interning race is benign (a set has one final field).
 */
public final class ReasonSet extends AbstractSet<Reason> {

  private static final Reason[] REASONS = Reason.values();
  /** Masks of at most this many low bits are interned; any others are allocated. */
  private static final int INTERNED_BITS = Math.min(REASONS.length, 16);
  private static final ReasonSet[] INTERNED = new ReasonSet[1 << INTERNED_BITS];

  /** The set with no reason. */
  public static final ReasonSet EMPTY = of(0);

  /** The mask of every permanent reason. */
  public static final int PERMANENT;

  static {
    int permanent = 0;
    for (Reason r : REASONS) {
      if (r.isPermanent()) {
        permanent |= bit(r);
      }
    }
    PERMANENT = permanent;
  }

  private final int mask;

  private ReasonSet(int mask) {
    this.mask = mask;
  }

  /**
   * The bit of a reason.
   *
   * @param reason the reason; not {@code null}
   * @return {@code 1 << reason.ordinal()}
   */
  public static int bit(Reason reason) {
    return 1 << reason.ordinal();
  }

  /**
   * The set of the reasons whose bits are set.
   *
   * @param mask bits of {@link #bit}; no bit beyond the last reason
   * @return the set, interned when it can be
   */
  public static ReasonSet of(int mask) {
    if ((mask >>> INTERNED_BITS) != 0) {
      if ((mask >>> REASONS.length) != 0) {
        throw new IllegalArgumentException("no reason has a bit of " + Integer.toBinaryString(mask));
      }
      return new ReasonSet(mask);
    }
    ReasonSet set = INTERNED[mask];
    if (set == null) {
      set = new ReasonSet(mask);
      INTERNED[mask] = set;
    }
    return set;
  }

  /**
   * The mask of a collection of reasons.
   *
   * @param reasons the reasons; not {@code null}, no {@code null} element
   * @return the mask
   * @throws NullPointerException when an element is {@code null}
   */
  public static int maskOf(Collection<Reason> reasons) {
    if (reasons instanceof ReasonSet set) {
      return set.mask;
    }
    int mask = 0;
    for (Reason r : reasons) {
      mask |= bit(r);
    }
    return mask;
  }

  /** The bit mask. */
  public int mask() {
    return mask;
  }

  @Override
  public int size() {
    return Integer.bitCount(mask);
  }

  @Override
  public boolean isEmpty() {
    return mask == 0;
  }

  @Override
  public boolean contains(Object o) {
    return o instanceof Reason reason && (mask & bit(reason)) != 0;
  }

  @Override
  public boolean containsAll(Collection<?> c) {
    if (c instanceof ReasonSet set) {
      int other = set.mask;
      return (mask & other) == other;
    }
    return super.containsAll(c);
  }

  @Override
  public Iterator<Reason> iterator() {
    return new Iterator<>() {
      private int remaining = mask;

      @Override
      public boolean hasNext() {
        return remaining != 0;
      }

      @Override
      public Reason next() {
        if (remaining == 0) {
          throw new NoSuchElementException();
        }
        int ordinal = Integer.numberOfTrailingZeros(remaining);
        remaining &= remaining - 1;
        return REASONS[ordinal];
      }
    };
  }

  @Override
  public boolean equals(Object o) {
    if (o instanceof ReasonSet set) {
      return mask == set.mask;
    }
    return super.equals(o);
  }

  @Override
  public int hashCode() {
    return super.hashCode();
  }

  @Override
  public boolean add(Reason e) {
    throw new UnsupportedOperationException();
  }

  @Override
  public boolean remove(Object o) {
    throw new UnsupportedOperationException();
  }

  @Override
  public boolean addAll(Collection<? extends Reason> c) {
    throw new UnsupportedOperationException();
  }

  @Override
  public boolean removeAll(Collection<?> c) {
    throw new UnsupportedOperationException();
  }

  @Override
  public boolean retainAll(Collection<?> c) {
    throw new UnsupportedOperationException();
  }

  @Override
  public boolean removeIf(Predicate<? super Reason> filter) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void clear() {
    throw new UnsupportedOperationException();
  }
}
