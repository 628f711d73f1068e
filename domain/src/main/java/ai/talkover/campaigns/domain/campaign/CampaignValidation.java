package ai.talkover.campaigns.domain.campaign;

import ai.talkover.campaigns.domain.contact.CallAttempt;
import ai.talkover.campaigns.domain.contact.CallStatus;
import ai.talkover.campaigns.domain.internal.input.E164;
import ai.talkover.campaigns.domain.internal.input.IsoInstants;
import ai.talkover.campaigns.domain.internal.input.TimesOfDay;
import ai.talkover.campaigns.domain.schedule.CallWindow;
import ai.talkover.campaigns.domain.schedule.TimeRange;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.zone.ZoneRulesProvider;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the fields a {@link Campaign.Builder} collected ({@link CampaignInput}), as the API writes
 * them, and validates them all at once: every bad field is one violation naming it as the API spells
 * it (rules' "Invalid campaigns"), and the campaign is built only when there is none. Used once per
 * build; not thread-safe.
 */
final class CampaignValidation {

  private final CampaignInput b;
  private final List<InvalidCampaignException.Violation> v = new ArrayList<>();
  /** Entries of calls[] that match no contact and are no violation either. */
  private final List<Campaign.CallInput> unreadableCalls = new ArrayList<>();

  CampaignValidation(CampaignInput b) {
    this.b = b;
  }

  /**
   * Validates every field and builds the campaign.
   *
   * @return the campaign
   * @throws InvalidCampaignException holding every violation, each naming its JSON field
   */
  Campaign build() {
    CampaignId campaignId = null;
    if (b.id == null || b.id.isBlank()) {
      v.add(violation("id", b.id == null ? "missing" : "is blank"));
    } else {
      campaignId = new CampaignId(b.id);
    }
    ZoneId zone = zone();
    LocalDate start = date("start_date", b.startDate);
    LocalDate end = date("end_date", b.endDate);
    if (start != null && end != null && end.isBefore(start)) {
      v.add(violation("end_date", end + " is before start_date " + start));
    }
    Set<DayOfWeek> days = dayset();
    List<TimeRange> ranges = ranges();
    int retries = b.maxRetries == null ? RetryPolicy.DEFAULT_MAX_RETRIES : b.maxRetries;
    if (retries < 0 || retries > 10) {
      v.add(violation("max_retries", retries + " is outside 0..10"));
    }
    if (b.initialCallDelay != null && b.initialCallDelay < 0) {
      v.add(violation("initial_call_delay", b.initialCallDelay + " is negative"));
    }
    Duration retryCooldown = hours("retry_cooldown_hours", b.retryCooldownHours);
    Duration postCompletion = hours("post_completion_cooldown_hours", b.postCompletionCooldownHours);
    Map<CallStatus.Group, Duration> perOutcome = new EnumMap<>(CallStatus.Group.class);
    putHours(perOutcome, CallStatus.Group.COMPLETED, b.successCooldownHours);
    putHours(perOutcome, CallStatus.Group.VOICEMAIL, b.voicemailCooldownHours);
    putHours(perOutcome, CallStatus.Group.NO_ANSWER, b.noAnswerCooldownHours);
    putHours(perOutcome, CallStatus.Group.BUSY, b.busyCooldownHours);
    putHours(perOutcome, CallStatus.Group.FAILED, b.failedCooldownHours);
    List<String> custom = strings("do_not_call_custom_list", b.doNotCallCustomList);
    List<String> triggerStatuses = strings("auto_dnc_trigger_statuses", b.autoDncTriggerStatuses);
    List<String> triggerErrors = strings("auto_dnc_trigger_errors", b.autoDncTriggerErrors);
    List<CallRecord> records = callRecords();
    Instant created = instant("created_at", b.createdAt);
    Instant updated = instant("updated_at", b.updatedAt);

    if (!v.isEmpty()) {
      throw new InvalidCampaignException(b.id, v);
    }
    CallWindow window = CallWindow.of(days, ranges, zone, start, end);
    RetryPolicy retryPolicy = new RetryPolicy(retries,
        Duration.ofSeconds(b.initialCallDelay == null ? 0 : b.initialCallDelay),
        Boolean.TRUE.equals(b.retryOnNoConversion), b.autoComplete, b.enablePostCompletionCooldown,
        postCompletion);
    CooldownPolicy cooldowns = CooldownPolicy.of(
        retryCooldown == null ? CooldownPolicy.DEFAULT_RETRY_COOLDOWN : retryCooldown, perOutcome);
    DncPolicy dnc = new DncPolicy(Boolean.TRUE.equals(b.doNotCallEnabled),
        b.doNotCallListSource == null ? null : new DncListSource(b.doNotCallListSource), custom,
        Boolean.TRUE.equals(b.autoAddToDncEnabled), triggerStatuses, triggerErrors);
    CampaignDetails details = new CampaignDetails(b.name, b.description,
        b.campaignType == null ? null : new CampaignType(b.campaignType), b.agentId, b.agent, b.files,
        b.stats, created, updated);
    return new Campaign(b, campaignId, details, window, retryPolicy, cooldowns, dnc, records,
        unreadableCalls);
  }

  private static InvalidCampaignException.Violation violation(String field, String message) {
    return new InvalidCampaignException.Violation(field, message);
  }

  private ZoneId zone() {
    if (b.timezone == null) {
      v.add(violation("timezone", "missing"));
      return null;
    }
    // The provider's own set: ZoneId.getAvailableZoneIds() returns a fresh copy of it (600 ids).
    if (!ZoneRulesProvider.getAvailableZoneIds().contains(b.timezone)) {
      v.add(violation("timezone", "'" + b.timezone + "' is not an IANA time zone"));
      return null;
    }
    return ZoneId.of(b.timezone);
  }

  private LocalDate date(String field, String text) {
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeException e) {
      v.add(violation(field, "'" + text + "' is not a date YYYY-MM-DD"));
      return null;
    }
  }

  private Instant instant(String field, String text) {
    if (text == null) {
      return null;
    }
    Instant at = parseInstant(text);
    if (at == null) {
      v.add(instantViolation(field, text));
    }
    return at;
  }

  /** The instant {@link OffsetDateTime#parse} reads, or {@code null} when it rejects the text. */
  private static Instant parseInstant(String text) {
    try {
      return IsoInstants.parse(text);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static InvalidCampaignException.Violation instantViolation(String field, String text) {
    return violation(field, "'" + text + "' is not an ISO-8601 instant");
  }

  private Set<DayOfWeek> dayset() {
    if (b.daysOfWeek == null) {
      v.add(violation("days_of_week", "missing"));
      return null;
    }
    if (b.daysOfWeek.isEmpty()) {
      v.add(violation("days_of_week", "at least one day is required"));
      return null;
    }
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (int i = 0; i < b.daysOfWeek.size(); i++) {
      Integer d = b.daysOfWeek.get(i);
      String field = "days_of_week[" + i + "]";
      if (d == null) {
        v.add(violation(field, "missing"));
      } else if (d < 1 || d > 7) {
        v.add(violation(field, d + " is outside 1..7"));
      } else {
        days.add(DayOfWeek.of(d));
      }
    }
    return days;
  }

  private List<TimeRange> ranges() {
    List<TimeRange> out = new ArrayList<>();
    if (b.callTimeRanges != null && !b.callTimeRanges.isEmpty()) {
      for (int i = 0; i < b.callTimeRanges.size(); i++) {
        Campaign.TimeRangeInput r = b.callTimeRanges.get(i);
        String field = "call_time_ranges[" + i + "]";
        if (r == null) {
          v.add(violation(field, "missing"));
          continue;
        }
        TimeRange range = range(field + ".start", r.start(), field + ".end", r.end(), "start");
        if (range != null) {
          out.add(range);
        }
      }
      return out;
    }
    if (b.earliestCallTime == null && b.latestCallTime == null) {
      v.add(violation("call_time_ranges",
          "no call time range (neither call_time_ranges nor earliest_call_time/latest_call_time)"));
      return out;
    }
    TimeRange range = range("earliest_call_time", b.earliestCallTime, "latest_call_time",
        b.latestCallTime, "earliest_call_time");
    if (range != null) {
      out.add(range);
    }
    return out;
  }

  private TimeRange range(String startField,
      String start, String endField, String end, String startName) {
    LocalTime s = time(startField, start);
    LocalTime e = time(endField, end);
    if (s == null || e == null) {
      return null;
    }
    if (!e.isAfter(s)) {
      v.add(violation(endField, TimesOfDay.format(e) + " is not after " + startName + " "
          + TimesOfDay.format(s)));
      return null;
    }
    return new TimeRange(s, e);
  }

  private LocalTime time(String field, String text) {
    if (text == null) {
      v.add(violation(field, "missing"));
      return null;
    }
    LocalTime t = TimesOfDay.tryParse(text);
    if (t == null) {
      v.add(violation(field, "'" + text + "' is not a time HH:MM or HH:MM:SS"));
    }
    return t;
  }

  private Duration hours(String field, Integer h) {
    if (h == null) {
      return null;
    }
    if (h < 0) {
      v.add(violation(field, h + " is negative"));
      return null;
    }
    return Duration.ofHours(h);
  }

  private void putHours(Map<CallStatus.Group, Duration> into, CallStatus.Group group, Integer h) {
    Duration d = hours(CooldownPolicy.fieldOf(group), h);
    if (d != null) {
      into.put(group, d);
    }
  }

  private List<String> strings(String field,
      List<String> list) {
    if (list == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) == null) {
        v.add(violation(field + "[" + i + "]", "missing"));
      } else {
        out.add(list.get(i));
      }
    }
    return out;
  }

  private List<CallRecord> callRecords() {
    if (b.calls == null) {
      return List.of();
    }
    // Runs once per call (tens of thousands per campaign): field names are built only for a
    // violation, and the violations of one entry are added in the order status, retries,
    // created_at.
    int size = b.calls.size();
    List<CallRecord> out = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      Campaign.CallInput c = b.calls.get(i);
      if (c == null) {
        v.add(violation(callField(i, ""), "missing"));
        continue;
      }
      String status = c.status();
      Integer retries = c.retries();
      String createdAt = c.createdAt();
      Instant at = createdAt == null ? null : parseInstant(createdAt);
      if (status == null || retries != null && retries < 0 || at == null) {
        if (c.to() == null || E164.normalise(c.to()) == null) {
          unreadableCalls.add(c);
          continue;
        }
        if (status == null) {
          v.add(violation(callField(i, ".status"), "missing"));
        }
        if (retries != null && retries < 0) {
          v.add(violation(callField(i, ".retries"), retries + " is negative"));
        }
        if (createdAt == null) {
          v.add(violation(callField(i, ".created_at"), "missing"));
        } else if (at == null) {
          v.add(instantViolation(callField(i, ".created_at"), createdAt));
        }
        continue;
      }
      CallAttempt attempt = CallAttempt.of(at, CallStatus.of(status), c.error(),
          retries == null ? 0 : retries);
      out.add(new CallRecord(c.id(), c.to(), attempt, c.unknownFields()));
    }
    return out;
  }

  /** {@code calls[i]} followed by {@code member}. */
  private static String callField(int i, String member) {
    return "calls[" + i + "]" + member;
  }
}
