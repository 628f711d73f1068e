package ai.talkover.campaigns.domain.eligibility.rules;

import ai.talkover.campaigns.domain.contact.PhoneNumber;
import ai.talkover.campaigns.domain.eligibility.DoNotCallList;
import ai.talkover.campaigns.domain.eligibility.Reason;
import ai.talkover.campaigns.domain.eligibility.internal.DncIndex;

/**
 * Rule 2, {@code DO_NOT_CALL}: with {@code do_not_call_enabled}, the number is on the caller's list or
 * on {@code do_not_call_custom_list}, or auto-add is enabled and some attempt's status or error is a
 * trigger. A permanent block; with do-not-call disabled no part of it applies.
 */
public final class DoNotCallRule {

  private DoNotCallRule() {}

  /**
   * Applies the rule; the caller's list is asked last, only when the rule is still open.
   *
   * @param dnc the campaign's do-not-call keys
   * @param history the contact's history
   * @param number the contact's number
   * @param list the caller's do-not-call list
   * @return blocked when the number must not be called
   */
  public static Verdict check(DncIndex dnc, History history, PhoneNumber number, DoNotCallList list) {
    if (!dnc.enabled) {
      return Verdict.NO_OBJECTION;
    }
    boolean listed = history.autoDncTriggered() || dnc.customListHolds(number.e164())
        || list.contains(number);
    return listed ? Verdict.blocked(Reason.DO_NOT_CALL) : Verdict.NO_OBJECTION;
  }
}
