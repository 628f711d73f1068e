package ai.talkover.campaigns.domain.campaign;

import java.util.List;
import java.util.Map;

/**
 * A campaign's fields as the API writes them, unchecked: what {@link Campaign.Builder}'s setters
 * collect and {@link CampaignValidation} reads. Each field is {@code null} while absent.
 *
 * <p>The setters are public and return {@link Campaign.Builder}, the only subclass: they are the
 * builder's API, declared here so that the builder is the short part of {@link Campaign} and this
 * list of fields stays one file (the arrangement of {@code java.lang.AbstractStringBuilder}, whose
 * public methods are {@code StringBuilder}'s). Not thread-safe.
 */
abstract sealed class CampaignInput permits Campaign.Builder {
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
  List<Campaign.TimeRangeInput> callTimeRanges;
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
  List<Campaign.CallInput> calls;
  List<CampaignFile> files;
  CampaignStats stats;
  String createdAt;
  String updatedAt;
  Map<String, Object> unknownFields;

  CampaignInput() {}

  private Campaign.Builder builder() {
    return (Campaign.Builder) this;
  }

  /** @param v {@code id} @return this */
  public Campaign.Builder id(String v) {
    this.id = v;
    return builder();
  }

  /** @param v {@code name} @return this */
  public Campaign.Builder name(String v) {
    this.name = v;
    return builder();
  }

  /** @param v {@code description} @return this */
  public Campaign.Builder description(String v) {
    this.description = v;
    return builder();
  }

  /** @param v {@code status} @return this */
  public Campaign.Builder status(String v) {
    this.status = v;
    return builder();
  }

  /** @param v {@code campaign_type} @return this */
  public Campaign.Builder campaignType(String v) {
    this.campaignType = v;
    return builder();
  }

  /** @param v {@code agent_id} @return this */
  public Campaign.Builder agentId(String v) {
    this.agentId = v;
    return builder();
  }

  /** @param v the {@code agent} block @return this */
  public Campaign.Builder agent(Agent v) {
    this.agent = v;
    return builder();
  }

  /** @param v {@code start_date}, {@code YYYY-MM-DD} @return this */
  public Campaign.Builder startDate(String v) {
    this.startDate = v;
    return builder();
  }

  /** @param v {@code end_date}, {@code YYYY-MM-DD}, inclusive @return this */
  public Campaign.Builder endDate(String v) {
    this.endDate = v;
    return builder();
  }

  /** @param v {@code days_of_week}, ISO 1 = Monday .. 7 = Sunday @return this */
  public Campaign.Builder daysOfWeek(List<Integer> v) {
    this.daysOfWeek = v;
    return builder();
  }

  /** @param v {@code call_time_ranges} @return this */
  public Campaign.Builder callTimeRanges(List<Campaign.TimeRangeInput> v) {
    this.callTimeRanges = v;
    return builder();
  }

  /** @param v {@code earliest_call_time} @return this */
  public Campaign.Builder earliestCallTime(String v) {
    this.earliestCallTime = v;
    return builder();
  }

  /** @param v {@code latest_call_time} @return this */
  public Campaign.Builder latestCallTime(String v) {
    this.latestCallTime = v;
    return builder();
  }

  /** @param v {@code timezone}, an IANA zone id @return this */
  public Campaign.Builder timezone(String v) {
    this.timezone = v;
    return builder();
  }

  /** @param v {@code initial_call_delay} in seconds @return this */
  public Campaign.Builder initialCallDelay(Integer v) {
    this.initialCallDelay = v;
    return builder();
  }

  /** @param v {@code max_retries} @return this */
  public Campaign.Builder maxRetries(Integer v) {
    this.maxRetries = v;
    return builder();
  }

  /** @param v {@code retry_cooldown_hours} @return this */
  public Campaign.Builder retryCooldownHours(Integer v) {
    this.retryCooldownHours = v;
    return builder();
  }

  /** @param v {@code auto_complete} @return this */
  public Campaign.Builder autoComplete(Boolean v) {
    this.autoComplete = v;
    return builder();
  }

  /** @param v {@code retry_on_no_conversion} @return this */
  public Campaign.Builder retryOnNoConversion(Boolean v) {
    this.retryOnNoConversion = v;
    return builder();
  }

  /** @param v {@code enable_post_completion_cooldown} @return this */
  public Campaign.Builder enablePostCompletionCooldown(Boolean v) {
    this.enablePostCompletionCooldown = v;
    return builder();
  }

  /** @param v {@code post_completion_cooldown_hours} @return this */
  public Campaign.Builder postCompletionCooldownHours(Integer v) {
    this.postCompletionCooldownHours = v;
    return builder();
  }

  /** @param v {@code success_cooldown_hours} @return this */
  public Campaign.Builder successCooldownHours(Integer v) {
    this.successCooldownHours = v;
    return builder();
  }

  /** @param v {@code voicemail_cooldown_hours} @return this */
  public Campaign.Builder voicemailCooldownHours(Integer v) {
    this.voicemailCooldownHours = v;
    return builder();
  }

  /** @param v {@code no_answer_cooldown_hours} @return this */
  public Campaign.Builder noAnswerCooldownHours(Integer v) {
    this.noAnswerCooldownHours = v;
    return builder();
  }

  /** @param v {@code busy_cooldown_hours} @return this */
  public Campaign.Builder busyCooldownHours(Integer v) {
    this.busyCooldownHours = v;
    return builder();
  }

  /** @param v {@code failed_cooldown_hours} @return this */
  public Campaign.Builder failedCooldownHours(Integer v) {
    this.failedCooldownHours = v;
    return builder();
  }

  /** @param v {@code do_not_call_enabled} @return this */
  public Campaign.Builder doNotCallEnabled(Boolean v) {
    this.doNotCallEnabled = v;
    return builder();
  }

  /** @param v {@code do_not_call_list_source} @return this */
  public Campaign.Builder doNotCallListSource(String v) {
    this.doNotCallListSource = v;
    return builder();
  }

  /** @param v {@code do_not_call_custom_list} @return this */
  public Campaign.Builder doNotCallCustomList(List<String> v) {
    this.doNotCallCustomList = v;
    return builder();
  }

  /** @param v {@code auto_add_to_dnc_enabled} @return this */
  public Campaign.Builder autoAddToDncEnabled(Boolean v) {
    this.autoAddToDncEnabled = v;
    return builder();
  }

  /** @param v {@code auto_dnc_trigger_statuses} @return this */
  public Campaign.Builder autoDncTriggerStatuses(List<String> v) {
    this.autoDncTriggerStatuses = v;
    return builder();
  }

  /** @param v {@code auto_dnc_trigger_errors} @return this */
  public Campaign.Builder autoDncTriggerErrors(List<String> v) {
    this.autoDncTriggerErrors = v;
    return builder();
  }

  /** @param v {@code calls} @return this */
  public Campaign.Builder calls(List<Campaign.CallInput> v) {
    this.calls = v;
    return builder();
  }

  /** @param v {@code files} @return this */
  public Campaign.Builder files(List<CampaignFile> v) {
    this.files = v;
    return builder();
  }

  /** @param v {@code stats} @return this */
  public Campaign.Builder stats(CampaignStats v) {
    this.stats = v;
    return builder();
  }

  /** @param v {@code created_at}, ISO-8601 @return this */
  public Campaign.Builder createdAt(String v) {
    this.createdAt = v;
    return builder();
  }

  /** @param v {@code updated_at}, ISO-8601 @return this */
  public Campaign.Builder updatedAt(String v) {
    this.updatedAt = v;
    return builder();
  }

  /**
   * @param v members of the campaign object the library does not model, as plain Java values
   *     (String, Number, Boolean, List, Map or null); copied by {@link Campaign.Builder#build()}
   * @return this
   */
  public Campaign.Builder unknownFields(Map<String, Object> v) {
    this.unknownFields = v;
    return builder();
  }
}
