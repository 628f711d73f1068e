package ai.talkover.campaigns.domain;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A Talkover campaign: its schedule, retry and cooldown policies, do-not-call rules, the calls made so
 * far, and the read-only parts a person wants to see (agent, files, stats, timestamps).
 *
 * <p>Built only through {@link #builder()}, which takes the fields as the API writes them and
 * validates them all at once: a campaign that exists is valid. Fields the library does not model are
 * kept in {@link #unknownFields()}. Immutable and thread-safe.
 */
public final class Campaign {

  private final CampaignId id;
  private final String name;
  private final String description;
  private final CampaignStatus status;
  /** Rule 1, computed once: the engine asks on every decision. */
  private final boolean active;
  private final CampaignType type;
  private final String agentId;
  private final Agent agent;
  private final CallWindow window;
  private final RetryPolicy retryPolicy;
  private final CooldownPolicy cooldownPolicy;
  private final DncPolicy dncPolicy;
  private final List<CallRecord> calls;
  private final List<CampaignFile> files;
  private final CampaignStats stats;
  private final Instant createdAt;
  private final Instant updatedAt;
  private final Map<String, Object> unknownFields;

  final DncPolicy.Index dncIndex;
  /** Attempts by normalised number, in the order of {@code calls[]}, and their summaries. */
  final CallIndex callIndex;

  private Campaign(Builder b, CampaignId id, ZoneId zone, CallWindow window, RetryPolicy retryPolicy,
      CooldownPolicy cooldownPolicy, DncPolicy dncPolicy, List<CallRecord> calls, Instant createdAt,
      Instant updatedAt) {
    this.id = id;
    this.name = b.name;
    this.description = b.description;
    this.status = b.status == null ? null : new CampaignStatus(b.status);
    this.active = status != null && status.isActive();
    this.type = b.campaignType == null ? null : new CampaignType(b.campaignType);
    this.agentId = b.agentId;
    this.agent = b.agent;
    this.window = window;
    this.retryPolicy = retryPolicy;
    this.cooldownPolicy = cooldownPolicy;
    this.dncPolicy = dncPolicy;
    this.calls = List.copyOf(calls);
    this.files = b.files == null ? List.of() : List.copyOf(b.files);
    this.stats = b.stats;
    this.createdAt = createdAt;
    this.updatedAt = updatedAt;
    this.unknownFields = b.unknownFields == null
        ? Map.of()
        : Collections.unmodifiableMap(new LinkedHashMap<>(b.unknownFields));
    this.dncIndex = new DncPolicy.Index(dncPolicy);
    this.callIndex = new CallIndex(this.calls, dncIndex);
  }

  /**
   * A builder that takes the fields as the API writes them.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** The attempts of {@code calls[]} made to a number, in API order; shared, never modified. */
  CallAttempt[] attemptsOf(PhoneNumber number) {
    return callIndex.attempts(callIndex.find(number.e164()));
  }

  /**
   * The attempts of {@code calls[]} made to a number.
   *
   * @param number the number; not {@code null}
   * @return the attempts in API order; unmodifiable, empty when there are none
   */
  public List<CallAttempt> history(PhoneNumber number) {
    return List.of(attemptsOf(number));
  }

  /**
   * The campaign id.
   *
   * @return the id
   */
  public CampaignId id() {
    return id;
  }

  /**
   * The campaign name.
   *
   * @return the name, or empty
   */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /**
   * The campaign description.
   *
   * @return the description, or empty
   */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /**
   * The campaign status. A campaign without status is not active (rule 1).
   *
   * @return the status, or empty when the API sent none
   */
  public Optional<CampaignStatus> status() {
    return Optional.ofNullable(status);
  }

  /**
   * Whether the status is {@code active}.
   *
   * @return true when calls may be dispatched at all
   */
  public boolean isActive() {
    return active;
  }

  /**
   * The campaign type.
   *
   * @return the type, or empty
   */
  public Optional<CampaignType> type() {
    return Optional.ofNullable(type);
  }

  /**
   * The agent id.
   *
   * @return the id, or empty
   */
  public Optional<String> agentId() {
    return Optional.ofNullable(agentId);
  }

  /**
   * The agent block of Get Campaign.
   *
   * @return the agent, or empty
   */
  public Optional<Agent> agent() {
    return Optional.ofNullable(agent);
  }

  /**
   * When the campaign may call.
   *
   * @return the window
   */
  public CallWindow window() {
    return window;
  }

  /**
   * The retry policy.
   *
   * @return the policy
   */
  public RetryPolicy retryPolicy() {
    return retryPolicy;
  }

  /**
   * The cooldowns by outcome.
   *
   * @return the policy
   */
  public CooldownPolicy cooldownPolicy() {
    return cooldownPolicy;
  }

  /**
   * The do-not-call rules.
   *
   * @return the policy
   */
  public DncPolicy dncPolicy() {
    return dncPolicy;
  }

  /**
   * The campaign's calls, as the API listed them.
   *
   * @return an unmodifiable list
   */
  public List<CallRecord> calls() {
    return calls;
  }

  /**
   * The campaign's contact files.
   *
   * @return an unmodifiable list
   */
  public List<CampaignFile> files() {
    return files;
  }

  /**
   * The campaign's statistics.
   *
   * @return the stats, or empty
   */
  public Optional<CampaignStats> stats() {
    return Optional.ofNullable(stats);
  }

  /**
   * When the campaign was created.
   *
   * @return the instant, or empty
   */
  public Optional<Instant> createdAt() {
    return Optional.ofNullable(createdAt);
  }

  /**
   * When the campaign was last updated.
   *
   * @return the instant, or empty
   */
  public Optional<Instant> updatedAt() {
    return Optional.ofNullable(updatedAt);
  }

  /**
   * Fields of the API's campaign object that this library does not model, kept as plain Java values
   * (String, Number, Boolean, List, Map or null).
   *
   * @return an unmodifiable map in input order
   */
  public Map<String, Object> unknownFields() {
    return unknownFields;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Campaign)) {
      return false;
    }
    Campaign c = (Campaign) o;
    return id.equals(c.id)
        && Objects.equals(name, c.name)
        && Objects.equals(description, c.description)
        && Objects.equals(status, c.status)
        && Objects.equals(type, c.type)
        && Objects.equals(agentId, c.agentId)
        && Objects.equals(agent, c.agent)
        && window.equals(c.window)
        && retryPolicy.equals(c.retryPolicy)
        && cooldownPolicy.equals(c.cooldownPolicy)
        && dncPolicy.equals(c.dncPolicy)
        && calls.equals(c.calls)
        && files.equals(c.files)
        && Objects.equals(stats, c.stats)
        && Objects.equals(createdAt, c.createdAt)
        && Objects.equals(updatedAt, c.updatedAt)
        && unknownFields.equals(c.unknownFields);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, status, window, updatedAt);
  }

  @Override
  public String toString() {
    return "Campaign[id=" + id + ", name=" + name + ", status=" + status + ", window=" + window
        + ", calls=" + calls.size() + "]";
  }

  /**
   * A daily range as the API writes it.
   *
   * @param start {@code HH:MM} or {@code HH:MM:SS}; nullable (a violation)
   * @param end {@code HH:MM} or {@code HH:MM:SS}; nullable (a violation)
   */
  public record TimeRangeInput(String start, String end) {}

  /**
   * One entry of {@code calls[]} as the API writes it.
   *
   * @param id the call id; nullable
   * @param to the number called; nullable (matches no contact)
   * @param status the call status; required
   * @param retries the retry count; nullable (0)
   * @param createdAt ISO-8601 instant; required
   * @param error the call's error; nullable
   */
  public record CallInput(
      String id, String to, String status, Integer retries, String createdAt, String error) {}

  /**
   * Collects a campaign's fields as the API writes them; {@link #build()} validates them all.
   *
   * <p>Every setter accepts {@code null} (the field is absent). Not thread-safe; use one builder per
   * campaign.
   */
  public static final class Builder {
    private String id;
    private String name;
    private String description;
    private String status;
    private String campaignType;
    private String agentId;
    private Agent agent;
    private String startDate;
    private String endDate;
    private List<Integer> daysOfWeek;
    private List<TimeRangeInput> callTimeRanges;
    private String earliestCallTime;
    private String latestCallTime;
    private String timezone;
    private Integer initialCallDelay;
    private Integer maxRetries;
    private Integer retryCooldownHours;
    private Boolean autoComplete;
    private Boolean retryOnNoConversion;
    private Boolean enablePostCompletionCooldown;
    private Integer postCompletionCooldownHours;
    private Integer successCooldownHours;
    private Integer voicemailCooldownHours;
    private Integer noAnswerCooldownHours;
    private Integer busyCooldownHours;
    private Integer failedCooldownHours;
    private Boolean doNotCallEnabled;
    private String doNotCallListSource;
    private List<String> doNotCallCustomList;
    private Boolean autoAddToDncEnabled;
    private List<String> autoDncTriggerStatuses;
    private List<String> autoDncTriggerErrors;
    private List<CallInput> calls;
    private List<CampaignFile> files;
    private CampaignStats stats;
    private String createdAt;
    private String updatedAt;
    private Map<String, Object> unknownFields;

    private Builder() {}

    /** @param v {@code id} @return this */
    public Builder id(String v) {
      this.id = v;
      return this;
    }

    /** @param v {@code name} @return this */
    public Builder name(String v) {
      this.name = v;
      return this;
    }

    /** @param v {@code description} @return this */
    public Builder description(String v) {
      this.description = v;
      return this;
    }

    /** @param v {@code status} @return this */
    public Builder status(String v) {
      this.status = v;
      return this;
    }

    /** @param v {@code campaign_type} @return this */
    public Builder campaignType(String v) {
      this.campaignType = v;
      return this;
    }

    /** @param v {@code agent_id} @return this */
    public Builder agentId(String v) {
      this.agentId = v;
      return this;
    }

    /** @param v the {@code agent} block @return this */
    public Builder agent(Agent v) {
      this.agent = v;
      return this;
    }

    /** @param v {@code start_date}, {@code YYYY-MM-DD} @return this */
    public Builder startDate(String v) {
      this.startDate = v;
      return this;
    }

    /** @param v {@code end_date}, {@code YYYY-MM-DD}, inclusive @return this */
    public Builder endDate(String v) {
      this.endDate = v;
      return this;
    }

    /** @param v {@code days_of_week}, ISO 1 = Monday .. 7 = Sunday @return this */
    public Builder daysOfWeek(List<Integer> v) {
      this.daysOfWeek = v;
      return this;
    }

    /** @param v {@code call_time_ranges} @return this */
    public Builder callTimeRanges(List<TimeRangeInput> v) {
      this.callTimeRanges = v;
      return this;
    }

    /** @param v {@code earliest_call_time} @return this */
    public Builder earliestCallTime(String v) {
      this.earliestCallTime = v;
      return this;
    }

    /** @param v {@code latest_call_time} @return this */
    public Builder latestCallTime(String v) {
      this.latestCallTime = v;
      return this;
    }

    /** @param v {@code timezone}, an IANA zone id @return this */
    public Builder timezone(String v) {
      this.timezone = v;
      return this;
    }

    /** @param v {@code initial_call_delay} in seconds @return this */
    public Builder initialCallDelay(Integer v) {
      this.initialCallDelay = v;
      return this;
    }

    /** @param v {@code max_retries} @return this */
    public Builder maxRetries(Integer v) {
      this.maxRetries = v;
      return this;
    }

    /** @param v {@code retry_cooldown_hours} @return this */
    public Builder retryCooldownHours(Integer v) {
      this.retryCooldownHours = v;
      return this;
    }

    /** @param v {@code auto_complete} @return this */
    public Builder autoComplete(Boolean v) {
      this.autoComplete = v;
      return this;
    }

    /** @param v {@code retry_on_no_conversion} @return this */
    public Builder retryOnNoConversion(Boolean v) {
      this.retryOnNoConversion = v;
      return this;
    }

    /** @param v {@code enable_post_completion_cooldown} @return this */
    public Builder enablePostCompletionCooldown(Boolean v) {
      this.enablePostCompletionCooldown = v;
      return this;
    }

    /** @param v {@code post_completion_cooldown_hours} @return this */
    public Builder postCompletionCooldownHours(Integer v) {
      this.postCompletionCooldownHours = v;
      return this;
    }

    /** @param v {@code success_cooldown_hours} @return this */
    public Builder successCooldownHours(Integer v) {
      this.successCooldownHours = v;
      return this;
    }

    /** @param v {@code voicemail_cooldown_hours} @return this */
    public Builder voicemailCooldownHours(Integer v) {
      this.voicemailCooldownHours = v;
      return this;
    }

    /** @param v {@code no_answer_cooldown_hours} @return this */
    public Builder noAnswerCooldownHours(Integer v) {
      this.noAnswerCooldownHours = v;
      return this;
    }

    /** @param v {@code busy_cooldown_hours} @return this */
    public Builder busyCooldownHours(Integer v) {
      this.busyCooldownHours = v;
      return this;
    }

    /** @param v {@code failed_cooldown_hours} @return this */
    public Builder failedCooldownHours(Integer v) {
      this.failedCooldownHours = v;
      return this;
    }

    /** @param v {@code do_not_call_enabled} @return this */
    public Builder doNotCallEnabled(Boolean v) {
      this.doNotCallEnabled = v;
      return this;
    }

    /** @param v {@code do_not_call_list_source} @return this */
    public Builder doNotCallListSource(String v) {
      this.doNotCallListSource = v;
      return this;
    }

    /** @param v {@code do_not_call_custom_list} @return this */
    public Builder doNotCallCustomList(List<String> v) {
      this.doNotCallCustomList = v;
      return this;
    }

    /** @param v {@code auto_add_to_dnc_enabled} @return this */
    public Builder autoAddToDncEnabled(Boolean v) {
      this.autoAddToDncEnabled = v;
      return this;
    }

    /** @param v {@code auto_dnc_trigger_statuses} @return this */
    public Builder autoDncTriggerStatuses(List<String> v) {
      this.autoDncTriggerStatuses = v;
      return this;
    }

    /** @param v {@code auto_dnc_trigger_errors} @return this */
    public Builder autoDncTriggerErrors(List<String> v) {
      this.autoDncTriggerErrors = v;
      return this;
    }

    /** @param v {@code calls} @return this */
    public Builder calls(List<CallInput> v) {
      this.calls = v;
      return this;
    }

    /** @param v {@code files} @return this */
    public Builder files(List<CampaignFile> v) {
      this.files = v;
      return this;
    }

    /** @param v {@code stats} @return this */
    public Builder stats(CampaignStats v) {
      this.stats = v;
      return this;
    }

    /** @param v {@code created_at}, ISO-8601 @return this */
    public Builder createdAt(String v) {
      this.createdAt = v;
      return this;
    }

    /** @param v {@code updated_at}, ISO-8601 @return this */
    public Builder updatedAt(String v) {
      this.updatedAt = v;
      return this;
    }

    /** @param v fields the library does not model, kept as given @return this */
    public Builder unknownFields(Map<String, Object> v) {
      this.unknownFields = v;
      return this;
    }

    /**
     * Validates every field and builds the campaign.
     *
     * @return the campaign
     * @throws InvalidCampaignException holding every violation, each naming its JSON field
     */
    public Campaign build() {
      List<InvalidCampaignException.Violation> v = new ArrayList<>();
      CampaignId campaignId = null;
      if (id == null || id.isBlank()) {
        v.add(violation("id", id == null ? "missing" : "is blank"));
      } else {
        campaignId = new CampaignId(id);
      }
      ZoneId zone = zone(v);
      LocalDate start = date(v, "start_date", startDate);
      LocalDate end = date(v, "end_date", endDate);
      if (start != null && end != null && end.isBefore(start)) {
        v.add(violation("end_date", end + " is before start_date " + start));
      }
      Set<DayOfWeek> days = dayset(v);
      List<TimeRange> ranges = ranges(v);
      int retries = maxRetries == null ? RetryPolicy.DEFAULT_MAX_RETRIES : maxRetries;
      if (retries < 0 || retries > 10) {
        v.add(violation("max_retries", retries + " is outside 0..10"));
      }
      if (initialCallDelay != null && initialCallDelay < 0) {
        v.add(violation("initial_call_delay", initialCallDelay + " is negative"));
      }
      Duration retryCooldown = hours(v, "retry_cooldown_hours", retryCooldownHours);
      Duration postCompletion = hours(v, "post_completion_cooldown_hours", postCompletionCooldownHours);
      Map<CallStatus.Group, Duration> perOutcome = new EnumMap<>(CallStatus.Group.class);
      putHours(v, perOutcome, CallStatus.Group.COMPLETED, successCooldownHours);
      putHours(v, perOutcome, CallStatus.Group.VOICEMAIL, voicemailCooldownHours);
      putHours(v, perOutcome, CallStatus.Group.NO_ANSWER, noAnswerCooldownHours);
      putHours(v, perOutcome, CallStatus.Group.BUSY, busyCooldownHours);
      putHours(v, perOutcome, CallStatus.Group.FAILED, failedCooldownHours);
      List<String> custom = strings(v, "do_not_call_custom_list", doNotCallCustomList);
      List<String> triggerStatuses = strings(v, "auto_dnc_trigger_statuses", autoDncTriggerStatuses);
      List<String> triggerErrors = strings(v, "auto_dnc_trigger_errors", autoDncTriggerErrors);
      List<CallRecord> records = callRecords(v);
      Instant created = instant(v, "created_at", createdAt);
      Instant updated = instant(v, "updated_at", updatedAt);

      if (!v.isEmpty()) {
        throw new InvalidCampaignException(id, v);
      }
      CallWindow window = CallWindow.of(days, ranges, zone, start, end);
      RetryPolicy retryPolicy = new RetryPolicy(retries,
          Duration.ofSeconds(initialCallDelay == null ? 0 : initialCallDelay),
          Boolean.TRUE.equals(retryOnNoConversion), autoComplete, enablePostCompletionCooldown,
          postCompletion);
      CooldownPolicy cooldowns = CooldownPolicy.of(
          retryCooldown == null ? CooldownPolicy.DEFAULT_RETRY_COOLDOWN : retryCooldown, perOutcome);
      DncPolicy dnc = new DncPolicy(Boolean.TRUE.equals(doNotCallEnabled),
          doNotCallListSource == null ? null : new DncListSource(doNotCallListSource), custom,
          Boolean.TRUE.equals(autoAddToDncEnabled), triggerStatuses, triggerErrors);
      return new Campaign(this, campaignId, zone, window, retryPolicy, cooldowns, dnc, records,
          created, updated);
    }

    private static InvalidCampaignException.Violation violation(String field, String message) {
      return new InvalidCampaignException.Violation(field, message);
    }

    private ZoneId zone(List<InvalidCampaignException.Violation> v) {
      if (timezone == null) {
        v.add(violation("timezone", "missing"));
        return null;
      }
      if (!ZoneId.getAvailableZoneIds().contains(timezone)) {
        v.add(violation("timezone", "'" + timezone + "' is not an IANA time zone"));
        return null;
      }
      return ZoneId.of(timezone);
    }

    private static LocalDate date(List<InvalidCampaignException.Violation> v, String field, String text) {
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

    private static Instant instant(List<InvalidCampaignException.Violation> v, String field, String text) {
      if (text == null) {
        return null;
      }
      try {
        return OffsetDateTime.parse(text).toInstant();
      } catch (DateTimeException e) {
        v.add(violation(field, "'" + text + "' is not an ISO-8601 instant"));
        return null;
      }
    }

    private Set<DayOfWeek> dayset(List<InvalidCampaignException.Violation> v) {
      if (daysOfWeek == null) {
        v.add(violation("days_of_week", "missing"));
        return null;
      }
      if (daysOfWeek.isEmpty()) {
        v.add(violation("days_of_week", "at least one day is required"));
        return null;
      }
      Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
      for (int i = 0; i < daysOfWeek.size(); i++) {
        Integer d = daysOfWeek.get(i);
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

    private List<TimeRange> ranges(List<InvalidCampaignException.Violation> v) {
      List<TimeRange> out = new ArrayList<>();
      if (callTimeRanges != null && !callTimeRanges.isEmpty()) {
        for (int i = 0; i < callTimeRanges.size(); i++) {
          TimeRangeInput r = callTimeRanges.get(i);
          String field = "call_time_ranges[" + i + "]";
          if (r == null) {
            v.add(violation(field, "missing"));
            continue;
          }
          TimeRange range = range(v, field + ".start", r.start(), field + ".end", r.end(), "start");
          if (range != null) {
            out.add(range);
          }
        }
        return out;
      }
      if (earliestCallTime == null && latestCallTime == null) {
        v.add(violation("call_time_ranges",
            "no call time range (neither call_time_ranges nor earliest_call_time/latest_call_time)"));
        return out;
      }
      TimeRange range = range(v, "earliest_call_time", earliestCallTime, "latest_call_time",
          latestCallTime, "earliest_call_time");
      if (range != null) {
        out.add(range);
      }
      return out;
    }

    private static TimeRange range(List<InvalidCampaignException.Violation> v, String startField,
        String start, String endField, String end, String startName) {
      LocalTime s = time(v, startField, start);
      LocalTime e = time(v, endField, end);
      if (s == null || e == null) {
        return null;
      }
      if (!e.isAfter(s)) {
        v.add(violation(endField, TimeRange.format(e) + " is not after " + startName + " "
            + TimeRange.format(s)));
        return null;
      }
      return new TimeRange(s, e);
    }

    private static LocalTime time(List<InvalidCampaignException.Violation> v, String field, String text) {
      if (text == null) {
        v.add(violation(field, "missing"));
        return null;
      }
      LocalTime t = TimeRange.tryParseTime(text);
      if (t == null) {
        v.add(violation(field, "'" + text + "' is not a time HH:MM or HH:MM:SS"));
      }
      return t;
    }

    private static Duration hours(List<InvalidCampaignException.Violation> v, String field, Integer h) {
      if (h == null) {
        return null;
      }
      if (h < 0) {
        v.add(violation(field, h + " is negative"));
        return null;
      }
      return Duration.ofHours(h);
    }

    private static void putHours(List<InvalidCampaignException.Violation> v,
        Map<CallStatus.Group, Duration> into, CallStatus.Group group, Integer h) {
      Duration d = hours(v, CooldownPolicy.fieldOf(group), h);
      if (d != null) {
        into.put(group, d);
      }
    }

    private static List<String> strings(List<InvalidCampaignException.Violation> v, String field,
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

    private List<CallRecord> callRecords(List<InvalidCampaignException.Violation> v) {
      if (calls == null) {
        return List.of();
      }
      List<CallRecord> out = new ArrayList<>(calls.size());
      for (int i = 0; i < calls.size(); i++) {
        CallInput c = calls.get(i);
        String field = "calls[" + i + "]";
        if (c == null) {
          v.add(violation(field, "missing"));
          continue;
        }
        boolean ok = true;
        if (c.status() == null) {
          v.add(violation(field + ".status", "missing"));
          ok = false;
        }
        if (c.retries() != null && c.retries() < 0) {
          v.add(violation(field + ".retries", c.retries() + " is negative"));
          ok = false;
        }
        Instant at = null;
        if (c.createdAt() == null) {
          v.add(violation(field + ".created_at", "missing"));
          ok = false;
        } else {
          at = instant(v, field + ".created_at", c.createdAt());
          ok &= at != null;
        }
        if (ok) {
          CallAttempt attempt = CallAttempt.of(at, CallStatus.of(c.status()), c.error(),
              c.retries() == null ? 0 : c.retries());
          out.add(new CallRecord(c.id(), c.to(), attempt));
        }
      }
      return out;
    }
  }
}
