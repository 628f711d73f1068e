package ai.talkover.campaigns.domain.eligibility;

import ai.talkover.campaigns.domain.eligibility.internal.ReasonSet;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a number may be called now and, if not, when next (rules 10 to 12). An immutable value.
 *
 * <ul>
 *   <li>{@link #callable()}: true exactly when there is no permanent block and the next eligible
 *       instant is now;
 *   <li>{@link #nextEligibleAt()}: the first instant at or after the earliest allowed one that is in
 *       the window; empty with any permanent block or when no window opens within 400 days;
 *   <li>{@link #reasons()}: every rule that fails at now, in rule order; empty exactly when callable.
 * </ul>
 */
public final class Decision {

  private final boolean callable;
  private final Instant nextEligibleAt;
  /** Interned and immutable: iterates in rule order, equals and hashes like any set. */
  private final ReasonSet reasons;

  private Decision(boolean callable, Instant nextEligibleAt, ReasonSet reasons) {
    this.callable = callable;
    this.nextEligibleAt = nextEligibleAt;
    this.reasons = reasons;
  }

  /**
   * A decision.
   *
   * @param callable whether the number may be called now
   * @param nextEligibleAt the next eligible instant; nullable (none)
   * @param reasons the failing rules; not {@code null}; empty exactly when callable
   * @return the decision
   * @throws IllegalArgumentException when a callable decision has reasons or no next instant
   */
  public static Decision of(boolean callable, Instant nextEligibleAt, Set<Reason> reasons) {
    Objects.requireNonNull(reasons, "reasons");
    if (callable && (!reasons.isEmpty() || nextEligibleAt == null)) {
      throw new IllegalArgumentException("a callable decision has a next instant and no reasons");
    }
    if (!callable && reasons.isEmpty()) {
      throw new IllegalArgumentException("a decision that is not callable has a reason");
    }
    return new Decision(callable, nextEligibleAt, ReasonSet.of(ReasonSet.maskOf(reasons)));
  }

  /** For the engine, which has checked the invariants: {@code reasons} holds bits of {@link ReasonSet}. */
  static Decision owned(Instant nextEligibleAt, int reasons, boolean callable) {
    return new Decision(callable, nextEligibleAt, ReasonSet.of(reasons));
  }

  /**
   * Whether the number may be called now.
   *
   * @return true when callable
   */
  public boolean callable() {
    return callable;
  }

  /**
   * When the number may next be called.
   *
   * @return the instant (equal to now when callable), or empty
   */
  public Optional<Instant> nextEligibleAt() {
    return Optional.ofNullable(nextEligibleAt);
  }

  /** The reasons' {@link ReasonSet} bits, for the planner's columns. */
  int reasonBits() {
    return reasons.mask();
  }

  /** The next eligible instant without an {@code Optional}, for sorting. */
  Instant next() {
    return nextEligibleAt;
  }

  /**
   * The failing rules, in rule order.
   *
   * @return an unmodifiable set; empty exactly when callable
   */
  public Set<Reason> reasons() {
    return reasons;
  }

  /**
   * Whether the decision holds a reason.
   *
   * @param reason the reason; not {@code null}
   * @return true when it does
   */
  public boolean has(Reason reason) {
    return reasons.contains(reason);
  }

  /**
   * Whether a permanent block applies (waiting will not make the number callable).
   *
   * @return true when some reason is permanent
   */
  public boolean isBlocked() {
    return (reasons.mask() & ReasonSet.PERMANENT) != 0;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Decision d)) {
      return false;
    }
    return callable == d.callable
        && Objects.equals(nextEligibleAt, d.nextEligibleAt)
        && reasons.equals(d.reasons);
  }

  @Override
  public int hashCode() {
    return Objects.hash(callable, nextEligibleAt, reasons);
  }

  @Override
  public String toString() {
    return "Decision[callable=" + callable + ", nextEligibleAt=" + nextEligibleAt + ", reasons="
        + reasons + "]";
  }
}
