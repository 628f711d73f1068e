package ai.talkover.campaigns.domain.oracle;

import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.contact.CallAttempt;
import ai.talkover.campaigns.domain.contact.CallStatus;
import ai.talkover.campaigns.domain.contact.Contact;
import ai.talkover.campaigns.domain.eligibility.DoNotCallList;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One generated eligibility question written only in raw, API-spelled values: the campaign fields as
 * strings and numbers, the contact's number as a person would write it, attempts, the caller's
 * do-not-call list and now. The oracle reads these values itself; {@link #toCampaign()},
 * {@link #toContact()} and {@link #lookup()} hand the same values to the library under test.
 */
record Scenario(
    String zone,
    String status,
    List<Integer> daysOfWeek,
    List<Range> callTimeRanges,
    String earliestCallTime,
    String latestCallTime,
    String startDate,
    String endDate,
    Integer initialCallDelay,
    Integer maxRetries,
    Integer retryCooldownHours,
    Integer successCooldownHours,
    Integer voicemailCooldownHours,
    Integer noAnswerCooldownHours,
    Integer busyCooldownHours,
    Integer failedCooldownHours,
    Boolean retryOnNoConversion,
    Boolean doNotCallEnabled,
    String doNotCallListSource,
    List<String> doNotCallCustomList,
    Boolean autoAddToDncEnabled,
    List<String> autoDncTriggerStatuses,
    List<String> autoDncTriggerErrors,
    List<Call> calls,
    String contactNumber,
    List<Attempt> knownAttempts,
    Instant enqueuedAt,
    Set<String> callerList,
    Instant now,
    String anchor) {

  /** One entry of {@code call_time_ranges}. */
  record Range(String start, String end) {
    @Override
    public String toString() {
      return start + "-" + end;
    }
  }

  /** One entry of {@code calls[]}. */
  record Call(String to, String status, Integer retries, String createdAt, String error) {
    @Override
    public String toString() {
      return "{to=" + quote(to) + ", status=" + quote(status) + ", retries=" + retries + ", created_at="
          + createdAt + ", error=" + quote(error) + "}";
    }
  }

  /** An attempt the caller knows of. */
  record Attempt(Instant at, String status, String error, int retries) {
    @Override
    public String toString() {
      return "{at=" + at + ", status=" + quote(status) + ", error=" + quote(error) + ", retries=" + retries + "}";
    }
  }

  private static String quote(String s) {
    return s == null ? "null" : "'" + s + "'";
  }

  Campaign toCampaign() {
    List<Campaign.TimeRangeInput> ranges = null;
    if (callTimeRanges != null) {
      ranges = new ArrayList<>();
      for (Range r : callTimeRanges) {
        ranges.add(new Campaign.TimeRangeInput(r.start(), r.end()));
      }
    }
    List<Campaign.CallInput> inputs = new ArrayList<>();
    for (int i = 0; i < calls.size(); i++) {
      Call c = calls.get(i);
      inputs.add(new Campaign.CallInput("call_" + i, c.to(), c.status(), c.retries(), c.createdAt(), c.error()));
    }
    return Campaign.builder()
        .id("cmp_property")
        .status(status)
        .timezone(zone)
        .daysOfWeek(daysOfWeek)
        .callTimeRanges(ranges)
        .earliestCallTime(earliestCallTime)
        .latestCallTime(latestCallTime)
        .startDate(startDate)
        .endDate(endDate)
        .initialCallDelay(initialCallDelay)
        .maxRetries(maxRetries)
        .retryCooldownHours(retryCooldownHours)
        .successCooldownHours(successCooldownHours)
        .voicemailCooldownHours(voicemailCooldownHours)
        .noAnswerCooldownHours(noAnswerCooldownHours)
        .busyCooldownHours(busyCooldownHours)
        .failedCooldownHours(failedCooldownHours)
        .retryOnNoConversion(retryOnNoConversion)
        .doNotCallEnabled(doNotCallEnabled)
        .doNotCallListSource(doNotCallListSource)
        .doNotCallCustomList(doNotCallCustomList)
        .autoAddToDncEnabled(autoAddToDncEnabled)
        .autoDncTriggerStatuses(autoDncTriggerStatuses)
        .autoDncTriggerErrors(autoDncTriggerErrors)
        .calls(inputs)
        .build();
  }

  Contact toContact() {
    List<CallAttempt> known = new ArrayList<>();
    for (Attempt a : knownAttempts) {
      known.add(CallAttempt.of(a.at(), CallStatus.of(a.status()), a.error(), a.retries()));
    }
    return Contact.of(contactNumber).withEnqueuedAt(enqueuedAt).withKnownAttempts(known);
  }

  DoNotCallList lookup() {
    Set<String> listed = Set.copyOf(callerList);
    return number -> listed.contains(number.e164());
  }

  @Override
  public String toString() {
    return "Scenario{\n"
        + "  now=" + now + " (" + now.atZone(ZoneId.of(zone)) + "), anchor=" + anchor + "\n"
        + "  zone=" + zone + ", status=" + quote(status) + ", days_of_week=" + daysOfWeek + "\n"
        + "  call_time_ranges=" + callTimeRanges + ", earliest/latest=" + earliestCallTime + "/" + latestCallTime
        + "\n"
        + "  start_date=" + startDate + ", end_date=" + endDate + ", initial_call_delay=" + initialCallDelay
        + ", max_retries=" + maxRetries + "\n"
        + "  cooldowns retry/success/voicemail/no_answer/busy/failed=" + retryCooldownHours + "/"
        + successCooldownHours + "/" + voicemailCooldownHours + "/" + noAnswerCooldownHours + "/"
        + busyCooldownHours + "/" + failedCooldownHours + ", retry_on_no_conversion=" + retryOnNoConversion + "\n"
        + "  dnc enabled=" + doNotCallEnabled + ", source=" + quote(doNotCallListSource) + ", custom="
        + doNotCallCustomList + ", auto_add=" + autoAddToDncEnabled + ", statuses=" + autoDncTriggerStatuses
        + ", errors=" + autoDncTriggerErrors + ", caller list=" + callerList + "\n"
        + "  contact=" + quote(contactNumber) + ", enqueued_at=" + enqueuedAt + "\n"
        + "  calls=" + calls + "\n"
        + "  known attempts=" + knownAttempts + "\n}";
  }
}
