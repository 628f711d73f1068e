package ai.talkover.campaigns.domain.campaign;

import ai.talkover.campaigns.domain.contact.CallAttempt;
import ai.talkover.campaigns.domain.contact.PhoneNumber;
import ai.talkover.campaigns.domain.internal.input.E164;
import ai.talkover.campaigns.domain.internal.input.UnknownFields;
import ai.talkover.campaigns.domain.schedule.CallWindow;
import ai.talkover.campaigns.domain.schedule.TimeRange;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A Talkover campaign: its schedule, retry and cooldown policies, do-not-call rules, the calls made so
 * far, and the read-only parts a person wants to see (agent, files, stats, timestamps).
 *
 * <p>Built only through {@link #builder()}, which takes the fields as the API writes them and
 * validates them all at once: a campaign that exists is valid. Fields the library does not model are
 * kept: those of the campaign object in {@link #unknownFields()}, those of its nested objects in
 * {@link Agent#unknownFields()}, {@link CampaignStats#unknownFields()},
 * {@link CallRecord#unknownFields()}, {@link CampaignFile#unknownFields()} and
 * {@link #callTimeRangeUnknownFields()}. Immutable and thread-safe.
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
  /** Entries of calls[] to invalid numbers that are not readable attempts either (kept, never matched). */
  private final List<CallInput> unreadableCalls;
  private final List<CampaignFile> files;
  private final CampaignStats stats;
  private final Instant createdAt;
  private final Instant updatedAt;
  private final Map<String, Object> unknownFields;
  private final List<Map<String, Object>> callTimeRangeUnknownFields;


  Campaign(Builder b, CampaignId id, ZoneId zone, CallWindow window, RetryPolicy retryPolicy,
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
    this.unreadableCalls = List.copyOf(b.unreadableCalls);
    this.files = b.files == null ? List.of() : List.copyOf(b.files);
    this.stats = b.stats;
    this.createdAt = createdAt;
    this.updatedAt = updatedAt;
    this.unknownFields = UnknownFields.copyOf(b.unknownFields);
    this.callTimeRangeUnknownFields = b.callTimeRanges == null || b.callTimeRanges.isEmpty()
        ? List.of(Map.of())
        : b.callTimeRanges.stream().map(TimeRangeInput::unknownFields).toList();
  }

  /**
   * A builder that takes the fields as the API writes them.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The attempts of {@code calls[]} made to a number.
   *
   * @param number the number; not {@code null}
   * @return the attempts in API order; unmodifiable, empty when there are none
   */
  public List<CallAttempt> history(PhoneNumber number) {
    String e164 = number.e164();
    List<CallAttempt> out = new ArrayList<>();
    for (CallRecord c : calls) {
      if (c.to() != null && e164.equals(E164.normalise(c.to()))) {
        out.add(c.attempt());
      }
    }
    return List.copyOf(out);
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
   * Entries of {@code calls[]} whose {@code to} is not a valid number and which are not readable
   * attempts either (missing or bad {@code status}, {@code created_at} or {@code retries}). The rules
   * say such an entry matches no contact and never makes the campaign invalid, so it is kept here as
   * the API sent it, for display, and used for nothing else. An unreadable entry to a valid number is
   * a violation instead.
   *
   * @return an unmodifiable list, usually empty
   */
  public List<CallInput> unreadableCalls() {
    return unreadableCalls;
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
   * @return an unmodifiable map in input order, whose nested lists and maps are unmodifiable too;
   *     never {@code null}
   */
  public Map<String, Object> unknownFields() {
    return unknownFields;
  }

  /**
   * Members of the {@code call_time_ranges[]} entries that this library does not model, aligned with
   * {@link CallWindow#ranges() window().ranges()}: element {@code i} holds the unknown members of
   * {@code call_time_ranges[i]}, the entry {@code window().ranges().get(i)} was read from. When the
   * range came from {@code earliest_call_time}/{@code latest_call_time} there is one element, empty.
   *
   * <p>They are kept here rather than on {@link TimeRange} because a time range is a value of the
   * eligibility engine: two ranges with the same times must stay equal whatever else the API wrote
   * beside them.
   *
   * @return an unmodifiable list, as long as {@code window().ranges()}, of unmodifiable maps in input
   *     order (see {@link TimeRangeInput#unknownFields()}); never {@code null}
   */
  public List<Map<String, Object>> callTimeRangeUnknownFields() {
    return callTimeRangeUnknownFields;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Campaign c)) {
      return false;
    }
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
        && unreadableCalls.equals(c.unreadableCalls)
        && files.equals(c.files)
        && Objects.equals(stats, c.stats)
        && Objects.equals(createdAt, c.createdAt)
        && Objects.equals(updatedAt, c.updatedAt)
        && unknownFields.equals(c.unknownFields)
        && callTimeRangeUnknownFields.equals(c.callTimeRangeUnknownFields);
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
   * A daily range as the API writes it (one entry of {@code call_time_ranges[]}). Immutable and
   * thread-safe.
   *
   * @param start {@code HH:MM} or {@code HH:MM:SS}; nullable (a violation)
   * @param end {@code HH:MM} or {@code HH:MM:SS}; nullable (a violation)
   * @param unknownFields members of the entry that this library does not model, as plain Java values
   *     (String, Number, Boolean, List, Map or null); {@code null} is read as none. Kept as an
   *     unmodifiable copy in input order (nested lists and maps are unmodifiable copies too) and
   *     exposed by {@link Campaign#callTimeRangeUnknownFields()}; never {@code null}
   */
  public record TimeRangeInput(String start, String end, Map<String, Object> unknownFields) {

    /** Copies {@code unknownFields}. */
    public TimeRangeInput {
      unknownFields = UnknownFields.copyOf(unknownFields);
    }

    /**
     * A range without unknown members.
     *
     * @param start {@code HH:MM} or {@code HH:MM:SS}; nullable (a violation)
     * @param end {@code HH:MM} or {@code HH:MM:SS}; nullable (a violation)
     */
    public TimeRangeInput(String start, String end) {
      this(start, end, Map.of());
    }
  }

  /**
   * One entry of {@code calls[]} as the API writes it. Immutable and thread-safe.
   *
   * @param id the call id; nullable
   * @param to the number called; nullable (matches no contact)
   * @param status the call status; required
   * @param retries the retry count; nullable (0)
   * @param createdAt ISO-8601 instant; required
   * @param error the call's error; nullable
   * @param unknownFields members of the entry that this library does not model, as plain Java values
   *     (String, Number, Boolean, List, Map or null); {@code null} is read as none. Kept as an
   *     unmodifiable copy in input order (nested lists and maps are unmodifiable copies too) and
   *     passed on to {@link CallRecord#unknownFields()}; never {@code null}
   */
  public record CallInput(String id, String to, String status, Integer retries, String createdAt,
      String error, Map<String, Object> unknownFields) {

    /** Copies {@code unknownFields}. */
    public CallInput {
      unknownFields = UnknownFields.copyOf(unknownFields);
    }

    /**
     * A call entry without unknown members.
     *
     * @param id the call id; nullable
     * @param to the number called; nullable (matches no contact)
     * @param status the call status; required
     * @param retries the retry count; nullable (0)
     * @param createdAt ISO-8601 instant; required
     * @param error the call's error; nullable
     */
    public CallInput(
        String id, String to, String status, Integer retries, String createdAt, String error) {
      this(id, to, status, retries, createdAt, error, Map.of());
    }
  }

  /**
   * Collects a campaign's fields as the API writes them; {@link #build()} validates them all.
   *
   * <p>Every setter accepts {@code null} (the field is absent). Not thread-safe; use one builder per
   * campaign.
   */
  public static final class Builder {
    String id;
    String name;
    String description;
    String status;
    String campaignType;
    String agentId;
    Agent agent;
    String startDate;
    String endDate;
    List<Integer> daysOfWeek;
    List<TimeRangeInput> callTimeRanges;
    String earliestCallTime;
    String latestCallTime;
    String timezone;
    Integer initialCallDelay;
    Integer maxRetries;
    Integer retryCooldownHours;
    Boolean autoComplete;
    Boolean retryOnNoConversion;
    Boolean enablePostCompletionCooldown;
    Integer postCompletionCooldownHours;
    Integer successCooldownHours;
    Integer voicemailCooldownHours;
    Integer noAnswerCooldownHours;
    Integer busyCooldownHours;
    Integer failedCooldownHours;
    Boolean doNotCallEnabled;
    String doNotCallListSource;
    List<String> doNotCallCustomList;
    Boolean autoAddToDncEnabled;
    List<String> autoDncTriggerStatuses;
    List<String> autoDncTriggerErrors;
    List<CallInput> calls;
    final List<CallInput> unreadableCalls = new ArrayList<>();
    List<CampaignFile> files;
    CampaignStats stats;
    String createdAt;
    String updatedAt;
    Map<String, Object> unknownFields;

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

    /**
     * @param v members of the campaign object the library does not model, as plain Java values
     *     (String, Number, Boolean, List, Map or null); copied by {@link #build()}
     * @return this
     */
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
      return new CampaignValidation(this).build();
    }
  }
}
