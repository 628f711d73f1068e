package ai.talkover.campaigns.domain.eligibility.rules;

import ai.talkover.campaigns.domain.contact.CallAttempt;
import ai.talkover.campaigns.domain.contact.CallStatus;
import ai.talkover.campaigns.domain.eligibility.internal.CallIndex;
import ai.talkover.campaigns.domain.eligibility.internal.DncIndex;
import java.util.List;

/**
 * A contact's history as the rules read it: {@code attempts}, the group and instant of {@code last},
 * and whether some attempt triggers the campaign's auto-add to do-not-call. A value, made once per
 * decision from the campaign's summary of the number's {@code calls[]} and the attempts the caller
 * knows of.
 *
 * @param attempts the larger of the number of attempts and the largest {@code retries} + 1 among them
 * @param lastGroup the group of {@code last}, the attempt with the latest instant (of several at that
 *     instant, the one given last, API calls first); {@code null} when there is no attempt
 * @param lastSecond the epoch second of {@code last}; 0 when there is none
 * @param lastNano the nano of second of {@code last}; 0 when there is none
 * @param autoDncTriggered whether the campaign enables do-not-call with auto-add and some attempt's
 *     status or error is one of its triggers
 */
public record History(
    int attempts, CallStatus.Group lastGroup, long lastSecond, int lastNano, boolean autoDncTriggered) {

  /**
   * The history of a number.
   *
   * @param apiCounts {@link CallIndex#counts} of the number's position in the campaign's index
   * @param apiLastSecond {@link CallIndex#lastSecond} of the position
   * @param apiLast {@link CallIndex#last} of the position
   * @param known the attempts the caller knows of, after the API's; not {@code null}
   * @param dnc the campaign's do-not-call keys; not {@code null}
   * @return the history
   */
  public static History of(
      long apiCounts, long apiLastSecond, long apiLast, List<CallAttempt> known, DncIndex dnc) {
    boolean checkTriggers = dnc.enabled && dnc.autoAdd;
    int count = CallIndex.count(apiCounts);
    int maxRetriesSeen = -1;
    CallStatus.Group lastGroup = null;
    long lastSecond = 0;
    int lastNano = 0;
    boolean triggered = false;
    if (count > 0) {
      maxRetriesSeen = CallIndex.maxRetries(apiCounts);
      lastGroup = CallIndex.group(apiLast);
      lastSecond = apiLastSecond;
      lastNano = CallIndex.nano(apiLast);
      triggered = checkTriggers && CallIndex.triggered(apiLast);
    }
    for (int i = 0, n = known.size(); i < n; i++) {
      CallAttempt a = known.get(i);
      count++;
      maxRetriesSeen = Math.max(maxRetriesSeen, a.retries());
      long second = a.at().getEpochSecond();
      int nano = a.at().getNano();
      if (lastGroup == null || second > lastSecond || (second == lastSecond && nano >= lastNano)) {
        lastGroup = a.group();
        lastSecond = second;
        lastNano = nano;
      }
      triggered = triggered || (checkTriggers && dnc.triggers(a));
    }
    return new History(Math.max(count, maxRetriesSeen + 1), lastGroup, lastSecond, lastNano, triggered);
  }

  /**
   * Whether there is an attempt at all.
   *
   * @return true when {@code last} exists
   */
  public boolean hasAttempt() {
    return lastGroup != null;
  }
}
