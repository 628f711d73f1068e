package ai.talkover.campaigns.domain.eligibility.rules;

import ai.talkover.campaigns.domain.eligibility.Reason;
import ai.talkover.campaigns.domain.eligibility.internal.ComplianceEvaluator;
import ai.talkover.campaigns.domain.eligibility.internal.PlanMemo;
import ai.talkover.campaigns.domain.internal.time.InstantSet;
import ai.talkover.campaigns.domain.internal.time.WindowSet;
import ai.talkover.campaigns.domain.schedule.CallWindow;
import java.time.Instant;

/**
 * Rule 10: {@code next_eligible_at} is the first instant at or after {@code earliest} (the latest of
 * now and the lower bounds) that is in the window, and in every opt-in policy set, searched up to 400
 * days ahead; none found is {@code NO_WINDOW_AVAILABLE}. With a permanent block there is none.
 */
public final class NextEligibleRule {

  private static final long HORIZON_SECONDS = CallWindow.SEARCH_HORIZON.getSeconds();

  private NextEligibleRule() {}

  /**
   * The next eligible instant of a contact that no rule blocks.
   *
   * @param window the campaign's window
   * @param policies the opt-in policies' sets for the contact; nullable (none configured)
   * @param earliest the latest of now and the bounds that apply
   * @param now the instant decided at
   * @param memo what a plan computed once at now; nullable (a single decision)
   * @return the instant ({@code earliest} itself when it is open), or {@code null} when none opens
   *     within the horizon
   */
  public static Instant first(WindowSet window, ComplianceEvaluator.Check policies, Instant earliest,
      Instant now, PlanMemo memo) {
    if (policies != null) {
      return policies.firstOpenAtOrAfter(window, earliest);
    }
    long from = earliest.getEpochSecond();
    long second = memo != null && from == now.getEpochSecond()
        ? memo.openFromNow(window, from)
        : window.nextOpenSecond(from, from + HORIZON_SECONDS);
    if (second == from) {
      return earliest;
    }
    if (second == InstantSet.NONE) {
      return null;
    }
    return memo == null ? Instant.ofEpochSecond(second) : memo.instant(second);
  }

  /**
   * The reason of the rule.
   *
   * @param blocks the reasons of the permanent blocks
   * @param next the next eligible instant; nullable
   * @return closed when nothing blocks and yet no instant was found
   */
  public static Verdict check(int blocks, Instant next) {
    return blocks == 0 && next == null
        ? Verdict.closed(Reason.NO_WINDOW_AVAILABLE)
        : Verdict.NO_OBJECTION;
  }
}
