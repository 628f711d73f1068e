package ai.talkover.campaigns.domain.eligibility.rules;

import ai.talkover.campaigns.domain.compliance.AttemptCap;
import ai.talkover.campaigns.domain.contact.CallAttempt;
import ai.talkover.campaigns.domain.eligibility.Reason;
import java.time.Instant;
import java.util.List;

/**
 * Opt-in policy {@code ATTEMPT_CAP}: at most N attempts in any rolling period, a lower bound like rule
 * 8. With the attempts sorted ascending {@code a1..ak} and {@code k >= N}, the cap releases at
 * {@code a(k-N+1) + period}, the N-th latest attempt plus the period.
 */
public final class AttemptCapRule {

  private AttemptCapRule() {}

  /**
   * Applies the policy.
   *
   * @param cap the cap
   * @param api the contact's attempts from the campaign's {@code calls[]}
   * @param known the attempts the caller knows of
   * @param now the instant decided at
   * @return the bound while it is after now
   */
  public static Verdict check(AttemptCap cap, CallAttempt[] api, List<CallAttempt> known, Instant now) {
    Instant bound = releaseOf(cap, api, known);
    return bound != null && now.isBefore(bound)
        ? new Verdict.NotBefore(Reason.ATTEMPT_CAP, bound)
        : Verdict.NO_OBJECTION;
  }

  /** When the cap releases, or null when fewer than N attempts exist. */
  private static Instant releaseOf(AttemptCap cap, CallAttempt[] api, List<CallAttempt> known) {
    int n = cap.maxAttempts();
    int k = api.length + known.size();
    if (k < n) {
      return null;
    }
    // The n latest instants, latest first (insertion into a sorted array of size n).
    Instant[] latest = new Instant[n];
    int filled = 0;
    for (int i = 0; i < k; i++) {
      Instant at = i < api.length ? api[i].at() : known.get(i - api.length).at();
      if (filled == n && !at.isAfter(latest[n - 1])) {
        continue;
      }
      int j = filled == n ? n - 1 : filled++;
      while (j > 0 && at.isAfter(latest[j - 1])) {
        latest[j] = latest[j - 1];
        j--;
      }
      latest[j] = at;
    }
    return latest[n - 1].plus(cap.period());
  }
}
