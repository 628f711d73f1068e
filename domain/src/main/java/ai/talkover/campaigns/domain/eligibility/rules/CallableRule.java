package ai.talkover.campaigns.domain.eligibility.rules;

import java.time.Instant;

/**
 * Rule 11: {@code callable} is true exactly when there is no permanent block and
 * {@code next_eligible_at} is now.
 */
public final class CallableRule {

  private CallableRule() {}

  /**
   * Applies the rule.
   *
   * @param blocks the reasons of the permanent blocks (rules 1 to 6 and the unknown-zone policy)
   * @param next the next eligible instant of rule 10; nullable (none)
   * @param now the instant decided at
   * @return whether the number may be called now
   */
  public static boolean check(int blocks, Instant next, Instant now) {
    return blocks == 0 && next != null && next.equals(now);
  }
}
