package ai.talkover.campaigns.domain.eligibility.rules;

import ai.talkover.campaigns.domain.eligibility.Reason;

/**
 * Opt-in policy {@code RECIPIENT_ZONE_UNKNOWN}: a policy reads the recipient's zone, the number's zone
 * is unknown and unknown zones are refused (no fallback zone). A permanent block.
 */
public final class RecipientZoneRule {

  private RecipientZoneRule() {}

  /**
   * Applies the policy.
   *
   * @param zoneRefused whether the number's zone is unknown and refused
   * @return blocked when it is
   */
  public static Verdict check(boolean zoneRefused) {
    return zoneRefused ? Verdict.blocked(Reason.RECIPIENT_ZONE_UNKNOWN) : Verdict.NO_OBJECTION;
  }
}
