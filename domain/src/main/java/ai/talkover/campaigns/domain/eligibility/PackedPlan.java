package ai.talkover.campaigns.domain.eligibility;

import ai.talkover.campaigns.domain.contact.Contact;
import java.time.Instant;
import java.util.AbstractList;
import java.util.Comparator;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * A plan held as columns, for {@link Planner}: the contacts in plan order, each row's next eligible
 * instant packed as a sort key relative to now, and each row's reasons. A row's
 * {@link PlannedContact} and {@link Decision} are made when it is read, so a plan of a million rows
 * is three arrays rather than millions of objects that live as long as the plan (which the young
 * collections would copy while the plan is made).
 *
 * <p>An unmodifiable list like those of {@code List.of}: every mutator throws
 * {@link UnsupportedOperationException}, and {@code contains(null)} throws
 * {@link NullPointerException}. Rows read twice are equal, not the same object. Immutable and
 * thread-safe.
 */
final class PackedPlan extends AbstractList<PlannedContact> implements RandomAccess {

  /** The bit of a row's reasons that says the row is callable (no reason uses it). */
  static final int CALLABLE = 1 << 31;

  /** How many low bits of a key hold the nano of second. */
  static final int NANO_BITS = 30;

  private static final long NANO_MASK = (1L << NANO_BITS) - 1;

  private final Contact[] contacts;
  private final long[] keys;
  private final int[] reasons;
  private final long nowSecond;
  private final long noneKey;

  /**
   * A plan of columns that the caller hands over (they are not copied).
   *
   * @param contacts the contacts, in plan order
   * @param keys each row's key: its next instant as {@code (seconds after nowSecond) << NANO_BITS |
   *     nano}, or {@code noneKey} for none; as long as {@code contacts}
   * @param reasons each row's {@code ReasonSet} bits, with {@link #CALLABLE} when callable; as long
   *     as {@code contacts}
   * @param nowSecond the epoch second the keys count from
   * @param noneKey the key of the rows without next instant
   */
  PackedPlan(Contact[] contacts, long[] keys, int[] reasons, long nowSecond, long noneKey) {
    this.contacts = contacts;
    this.keys = keys;
    this.reasons = reasons;
    this.nowSecond = nowSecond;
    this.noneKey = noneKey;
  }

  @Override
  public PlannedContact get(int index) {
    Objects.checkIndex(index, contacts.length);
    long key = keys[index];
    Instant next = key == noneKey ? null : instant(nowSecond, key);
    return new PlannedContact(contacts[index], decision(next, reasons[index]));
  }

  /**
   * The instant of a key.
   *
   * @param nowSecond the epoch second the key counts from
   * @param key {@code (seconds after nowSecond) << NANO_BITS | nano}
   * @return the instant
   */
  static Instant instant(long nowSecond, long key) {
    return Instant.ofEpochSecond(nowSecond + (key >>> NANO_BITS), key & NANO_MASK);
  }

  /**
   * The decision of a row.
   *
   * @param next its next eligible instant; nullable
   * @param bits its reasons' bits, with {@link #CALLABLE} when callable
   * @return the decision
   */
  static Decision decision(Instant next, int bits) {
    return Decision.owned(next, bits & ~CALLABLE, (bits & CALLABLE) != 0);
  }

  @Override
  public int size() {
    return contacts.length;
  }

  @Override
  public boolean contains(Object o) {
    return indexOf(o) >= 0;
  }

  @Override
  public int indexOf(Object o) {
    return super.indexOf(Objects.requireNonNull(o));
  }

  @Override
  public int lastIndexOf(Object o) {
    return super.lastIndexOf(Objects.requireNonNull(o));
  }

  @Override
  public boolean removeIf(Predicate<? super PlannedContact> filter) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void replaceAll(UnaryOperator<PlannedContact> operator) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void sort(Comparator<? super PlannedContact> c) {
    throw new UnsupportedOperationException();
  }
}
