package ai.talkover.campaigns.domain.eligibility;

/**
 * Why a number is not callable now: one code per rule of {@code eligibility-rules.md}, with exactly
 * the spec's names. Declared in rule order.
 */
public enum Reason {
  /** Rule 1: {@code status} is not {@code active}. Permanent. */
  CAMPAIGN_NOT_ACTIVE(true),
  /** Rule 2: the number is on a do-not-call list, or an attempt triggered auto-add. Permanent. */
  DO_NOT_CALL(true),
  /** Rule 3: the latest attempt is still in flight. Permanent. */
  CALL_IN_PROGRESS(true),
  /** Rule 4: the latest attempt completed and {@code retry_on_no_conversion} is not true. Permanent. */
  CONTACT_COMPLETED(true),
  /** Rule 5: the contact has had {@code 1 + max_retries} attempts. Permanent. */
  MAX_RETRIES_REACHED(true),
  /** Rule 6: now's local date is after {@code end_date}. Permanent. */
  CAMPAIGN_ENDED(true),
  /** Rule 7: no attempt yet and {@code initial_call_delay} has not passed since enqueueing. */
  INITIAL_DELAY(false),
  /** Rule 8: the cooldown of the latest attempt's outcome has not passed. */
  COOLDOWN(false),
  /** Rule 9: now's local date is before {@code start_date}. */
  BEFORE_START_DATE(false),
  /** Rule 9: now's local day of week or time of day is outside the window. */
  OUTSIDE_CALL_WINDOW(false),
  /** Rule 10: the window does not open within 400 days of the earliest allowed instant. */
  NO_WINDOW_AVAILABLE(false),
  /** Opt-in policy: now is outside the allowed hours in one of the recipient's time zones. */
  RECIPIENT_QUIET_HOURS(false),
  /** Opt-in policy: the recipient's time zone is unknown and no fallback zone is configured. Permanent. */
  RECIPIENT_ZONE_UNKNOWN(true),
  /** Opt-in policy: now's date is a blackout date. */
  BLACKOUT_DATE(false),
  /** Opt-in policy: the contact has had the allowed number of attempts in the rolling period. */
  ATTEMPT_CAP(false);

  private final boolean permanent;

  Reason(boolean permanent) {
    this.permanent = permanent;
  }

  /**
   * Whether this reason blocks the number with no next eligible instant.
   *
   * @return true for permanent blocks
   */
  public boolean isPermanent() {
    return permanent;
  }
}
