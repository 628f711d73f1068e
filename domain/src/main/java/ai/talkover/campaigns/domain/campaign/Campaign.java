package ai.talkover.campaigns.domain.campaign;

import ai.talkover.campaigns.domain.contact.CallAttempt;
import ai.talkover.campaigns.domain.contact.PhoneNumber;
import ai.talkover.campaigns.domain.internal.input.E164;
import ai.talkover.campaigns.domain.schedule.CallWindow;
import ai.talkover.campaigns.domain.schedule.TimeRange;
import java.time.Instant;
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
  private final CampaignStatus status;
  /** Rule 1, computed once: the engine asks on every decision. */
  private final boolean active;
  private final CampaignDetails details;
  private final CallWindow window;
  private final RetryPolicy retryPolicy;
  private final CooldownPolicy cooldownPolicy;
  private final DncPolicy dncPolicy;
  private final List<CallRecord> calls;
  /** Entries of calls[] to invalid numbers that are not readable attempts either (kept, never matched). */
  private final List<CallInput> unreadableCalls;
  private final Map<String, Object> unknownFields;
  private final List<Map<String, Object>> callTimeRangeUnknownFields;

  /** A campaign of validated parts; {@code in} gives the rest as the API wrote it. */
  Campaign(CampaignInput in, CampaignId id, CampaignDetails details, CallWindow window,
      RetryPolicy retryPolicy, CooldownPolicy cooldownPolicy, DncPolicy dncPolicy,
      List<CallRecord> calls, List<CallInput> unreadableCalls) {
    this.id = id;
    this.status = in.status == null ? null : new CampaignStatus(in.status);
    this.active = status != null && status.isActive();
    this.details = details;
    this.window = window;
    this.retryPolicy = retryPolicy;
    this.cooldownPolicy = cooldownPolicy;
    this.dncPolicy = dncPolicy;
    this.calls = List.copyOf(calls);
    this.unreadableCalls = List.copyOf(unreadableCalls);
    this.unknownFields = UnknownFields.copyOf(in.unknownFields);
    this.callTimeRangeUnknownFields = in.callTimeRanges == null || in.callTimeRanges.isEmpty()
        ? List.of(Map.of())
        : in.callTimeRanges.stream().map(TimeRangeInput::unknownFields).toList();
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
    return Optional.ofNullable(details.name());
  }

  /**
   * The campaign description.
   *
   * @return the description, or empty
   */
  public Optional<String> description() {
    return Optional.ofNullable(details.description());
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
    return Optional.ofNullable(details.type());
  }

  /**
   * The agent id.
   *
   * @return the id, or empty
   */
  public Optional<String> agentId() {
    return Optional.ofNullable(details.agentId());
  }

  /**
   * The agent block of Get Campaign.
   *
   * @return the agent, or empty
   */
  public Optional<Agent> agent() {
    return Optional.ofNullable(details.agent());
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
    return details.files();
  }

  /**
   * The campaign's statistics.
   *
   * @return the stats, or empty
   */
  public Optional<CampaignStats> stats() {
    return Optional.ofNullable(details.stats());
  }

  /**
   * When the campaign was created.
   *
   * @return the instant, or empty
   */
  public Optional<Instant> createdAt() {
    return Optional.ofNullable(details.createdAt());
  }

  /**
   * When the campaign was last updated.
   *
   * @return the instant, or empty
   */
  public Optional<Instant> updatedAt() {
    return Optional.ofNullable(details.updatedAt());
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
        && Objects.equals(status, c.status)
        && details.equals(c.details)
        && window.equals(c.window)
        && retryPolicy.equals(c.retryPolicy)
        && cooldownPolicy.equals(c.cooldownPolicy)
        && dncPolicy.equals(c.dncPolicy)
        && calls.equals(c.calls)
        && unreadableCalls.equals(c.unreadableCalls)
        && unknownFields.equals(c.unknownFields)
        && callTimeRangeUnknownFields.equals(c.callTimeRangeUnknownFields);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, status, window, details.updatedAt());
  }

  @Override
  public String toString() {
    return "Campaign[id=" + id + ", name=" + details.name() + ", status=" + status + ", window=" + window
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
   * Collects a campaign's fields as the API writes them, one setter per JSON field (named for the
   * field in camel case: {@code max_retries} is {@link #maxRetries(Integer)}); {@link #build()}
   * validates them all.
   *
   * <p>Every setter accepts {@code null} (the field is absent). Not thread-safe; use one builder per
   * campaign.
   */
  public static final class Builder extends CampaignInput {

    private Builder() {}

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
