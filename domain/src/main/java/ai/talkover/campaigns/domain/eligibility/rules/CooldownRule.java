package ai.talkover.campaigns.domain.eligibility.rules;

import ai.talkover.campaigns.domain.campaign.CooldownPolicy;
import ai.talkover.campaigns.domain.eligibility.Reason;
import java.time.Instant;

/**
 * Rule 8, {@code COOLDOWN}: when {@code last} exists, the lower bound {@code last.at} + the cooldown
 * of its outcome ({@link CooldownPolicy#after}).
 */
public final class CooldownRule {

  private CooldownRule() {}

  /**
   * Applies the rule.
   *
   * @param history the contact's history
   * @param cooldowns the campaign's cooldowns by outcome
   * @param now the instant decided at
   * @return the bound while it is after now
   */
  public static Verdict check(History history, CooldownPolicy cooldowns, Instant now) {
    if (!history.hasAttempt()) {
      return Verdict.NO_OBJECTION;
    }
    return Verdict.notBefore(Reason.COOLDOWN, history.lastSecond(), history.lastNano(),
        cooldowns.after(history.lastGroup()), now);
  }
}
