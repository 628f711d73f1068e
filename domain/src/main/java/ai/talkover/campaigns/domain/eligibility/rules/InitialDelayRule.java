package ai.talkover.campaigns.domain.eligibility.rules;

import ai.talkover.campaigns.domain.campaign.RetryPolicy;
import ai.talkover.campaigns.domain.eligibility.Reason;
import java.time.Instant;

/**
 * Rule 7, {@code INITIAL_DELAY}: with no attempt yet and enqueued-at known, the lower bound
 * enqueued-at + {@code initial_call_delay}.
 */
public final class InitialDelayRule {

  private InitialDelayRule() {}

  /**
   * Applies the rule.
   *
   * @param history the contact's history
   * @param enqueuedAt when the contact entered the campaign; nullable (unknown)
   * @param retry the campaign's retry policy
   * @param now the instant decided at
   * @return the bound while it is after now
   */
  public static Verdict check(History history, Instant enqueuedAt, RetryPolicy retry, Instant now) {
    if (history.attempts() > 0 || enqueuedAt == null) {
      return Verdict.NO_OBJECTION;
    }
    return Verdict.notBefore(Reason.INITIAL_DELAY, enqueuedAt.getEpochSecond(), enqueuedAt.getNano(),
        retry.initialCallDelay(), now);
  }
}
