package ai.talkover.campaigns.domain.eligibility.rules;

import ai.talkover.campaigns.domain.eligibility.Reason;
import ai.talkover.campaigns.domain.eligibility.internal.ReasonSet;
import java.time.Duration;
import java.time.Instant;

/**
 * What one rule says about a contact at now: no objection, a permanent block, a lower bound on the
 * next eligible instant, or "now is outside this set of instants" (the window and the policy sets,
 * which the search of rule 10 then intersects). Each verdict but no objection carries the reason of
 * its rule, which rule 12 lists.
 *
 * <p>The verdicts without an instant are shared constants, so a rule that finds nothing to object to,
 * or blocks, allocates nothing; a lower bound is made only when it binds (it is after now).
 */
public sealed interface Verdict
    permits Verdict.NoObjection, Verdict.Blocked, Verdict.NotBefore, Verdict.Closed {

  /** The rule has nothing against calling now. */
  Verdict NO_OBJECTION = NoObjection.INSTANCE;

  /**
   * The reasons this verdict adds to the decision (rule 12).
   *
   * @return bits of {@link ReasonSet}; 0 for no objection
   */
  int reasons();

  /**
   * The permanent block of a reason.
   *
   * @param reason a permanent reason; not {@code null}
   * @return the shared verdict
   */
  static Verdict blocked(Reason reason) {
    return Constants.BLOCKED[reason.ordinal()];
  }

  /**
   * Now outside a set of instants, for a reason.
   *
   * @param reason a reason that is not permanent; not {@code null}
   * @return the shared verdict
   */
  static Verdict closed(Reason reason) {
    return Constants.CLOSED[reason.ordinal()];
  }

  /**
   * The lower bound {@code base + wait}, when it is after now.
   *
   * @param reason the reason of the bound; not {@code null}
   * @param baseSecond the epoch second of the instant the wait starts at
   * @param baseNano its nano of second
   * @param wait how long after it; not negative
   * @param now the instant decided at; not {@code null}
   * @return {@link NotBefore} when the bound is after now, else {@link #NO_OBJECTION}
   * @throws java.time.DateTimeException when the bound is after {@link Instant#MAX}
   */
  static Verdict notBefore(Reason reason, long baseSecond, int baseNano, Duration wait, Instant now) {
    long second = baseSecond + wait.getSeconds();
    int nano = baseNano + wait.getNano();
    if (nano >= 1_000_000_000) {
      second++;
      nano -= 1_000_000_000;
    }
    long nowSecond = now.getEpochSecond();
    if (second < nowSecond || (second == nowSecond && nano <= now.getNano())) {
      return NO_OBJECTION;
    }
    return new NotBefore(reason, Instant.ofEpochSecond(second, nano));
  }

  /**
   * The later of an earliest instant so far and a verdict's bound (rule 10's {@code earliest} is the
   * latest of now and every bound).
   *
   * @param earliest now or a later bound; not {@code null}
   * @param verdict a verdict; not {@code null}
   * @return the verdict's bound when it is a later one, else {@code earliest}
   */
  static Instant later(Instant earliest, Verdict verdict) {
    return verdict instanceof NotBefore bound && bound.at().isAfter(earliest) ? bound.at() : earliest;
  }

  /** No objection. */
  enum NoObjection implements Verdict {
    /** The only one. */
    INSTANCE;

    @Override
    public int reasons() {
      return 0;
    }
  }

  /**
   * A permanent block: no next eligible instant.
   *
   * @param reason the rule's reason; permanent
   */
  record Blocked(Reason reason) implements Verdict {
    @Override
    public int reasons() {
      return ReasonSet.bit(reason);
    }
  }

  /**
   * A lower bound: not callable before {@code at}, which is after now.
   *
   * @param reason the rule's reason
   * @param at the earliest instant the rule allows
   */
  record NotBefore(Reason reason, Instant at) implements Verdict {
    @Override
    public int reasons() {
      return ReasonSet.bit(reason);
    }
  }

  /**
   * Now is outside the rule's set of instants; the next eligible instant is searched in it.
   *
   * @param reason the rule's reason
   */
  record Closed(Reason reason) implements Verdict {
    @Override
    public int reasons() {
      return ReasonSet.bit(reason);
    }
  }

  /** The shared verdicts, by reason ordinal. */
  final class Constants {
    private static final Verdict[] BLOCKED = new Verdict[Reason.values().length];
    private static final Verdict[] CLOSED = new Verdict[Reason.values().length];

    static {
      for (Reason r : Reason.values()) {
        BLOCKED[r.ordinal()] = r.isPermanent() ? new Blocked(r) : null;
        CLOSED[r.ordinal()] = r.isPermanent() ? null : new Closed(r);
      }
    }

    private Constants() {}
  }
}
