package ai.talkover.campaigns.domain.eligibility.rules;

import ai.talkover.campaigns.domain.eligibility.Reason;
import ai.talkover.campaigns.domain.internal.time.WindowSet;

/**
 * Rule 9, the window: now's local date before {@code start_date} is {@code BEFORE_START_DATE}; now's
 * local day of week or time of day outside {@code days_of_week} and the ranges is
 * {@code OUTSIDE_CALL_WINDOW} (the end date is rule 6). The window as a set of instants is the
 * campaign's {@link WindowSet}, which rule 10 searches.
 */
public final class CallWindowRule {

  private CallWindowRule() {}

  /**
   * The start-date part of the rule.
   *
   * @param windowAtNow {@link WindowSet#flagsAt} of the campaign's window at now
   * @return closed before the start date
   */
  public static Verdict beforeStartDate(int windowAtNow) {
    return (windowAtNow & WindowSet.BEFORE_START) != 0
        ? Verdict.closed(Reason.BEFORE_START_DATE)
        : Verdict.NO_OBJECTION;
  }

  /**
   * The day-of-week and time-of-day part of the rule.
   *
   * @param windowAtNow {@link WindowSet#flagsAt} of the campaign's window at now
   * @return closed outside the days and ranges
   */
  public static Verdict daysAndTimes(int windowAtNow) {
    return (windowAtNow & WindowSet.OUTSIDE_DAYS_OR_TIMES) != 0
        ? Verdict.closed(Reason.OUTSIDE_CALL_WINDOW)
        : Verdict.NO_OBJECTION;
  }
}
