package ai.talkover.campaigns.testkit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes a Talkover campaign {@code data} object from code, in the Get shape
 * ({@code earliest_call_time}/{@code latest_call_time}, {@code "HH:MM:SS"}) or the Create/Update shape
 * ({@code call_time_ranges}, {@code "HH:MM"}, {@code end_date}).
 *
 * <p>Fields are kept in insertion order under their API names. Every setter writes its field; a
 * {@code null} argument writes JSON {@code null} (which the domain reads as absent); {@link
 * #remove(String)} leaves a field out. Values are not validated here, so invalid campaigns can be
 * written on purpose. The text is written by the wire module's Jackson writer
 * ({@link ai.talkover.campaigns.json.TalkoverJsonWriter}: quotes, backslashes, control characters
 * and surrogates escaped); the campaign it describes is what the wire module's reader makes of it,
 * for example {@code TalkoverJsonReader.standard().readSavedCampaign(builder.toJson())}, the one
 * mapping of these fields into the domain.
 *
 * <p>Not thread-safe: use one builder per thread, or {@link #copy()} it.
 */
public final class CampaignJsonBuilder {

  private final Map<String, Object> fields = new LinkedHashMap<>();

  private CampaignJsonBuilder() {}

  /**
   * A builder with no field at all (not even an id).
   *
   * @return a new builder
   */
  public static CampaignJsonBuilder empty() {
    return new CampaignJsonBuilder();
  }

  /**
   * A valid campaign in the Get shape: {@code name "Campaign <id>"}, {@code description}, status
   * {@code active}, type {@code sales}, {@code start_date 2024-01-01}, Monday to Friday,
   * {@code 09:00:00}-{@code 17:00:00} in {@code America/New_York}, agent {@code agent-uuid-1},
   * {@code max_retries 3}, {@code retry_cooldown_hours 24}, no calls.
   *
   * @param id the campaign id; not {@code null}
   * @return a new builder
   */
  public static CampaignJsonBuilder getShape(String id) {
    Objects.requireNonNull(id, "id");
    return empty()
        .id(id)
        .name("Campaign " + id)
        .description("Test campaign " + id)
        .status("active")
        .campaignType("sales")
        .startDate("2024-01-01")
        .daysOfWeek(1, 2, 3, 4, 5)
        .earliestCallTime("09:00:00")
        .latestCallTime("17:00:00")
        .timezone("America/New_York")
        .agentId("agent-uuid-1")
        .initialCallDelay(0)
        .maxRetries(3)
        .retryCooldownHours(24);
  }

  /**
   * A valid campaign in the Create/Update shape: like {@link #getShape(String)} but with
   * {@code end_date: null} and {@code call_time_ranges [{"start":"09:00","end":"17:00"}]} instead of
   * the earliest/latest pair, and {@code do_not_call_enabled false}.
   *
   * @param id the campaign id; not {@code null}
   * @return a new builder
   */
  public static CampaignJsonBuilder updateShape(String id) {
    Objects.requireNonNull(id, "id");
    return empty()
        .id(id)
        .name("Campaign " + id)
        .campaignType("sales")
        .status("active")
        .agentId("agent-uuid-1")
        .startDate("2024-01-01")
        .endDate(null)
        .daysOfWeek(1, 2, 3, 4, 5)
        .addCallTimeRange("09:00", "17:00")
        .timezone("America/New_York")
        .maxRetries(3)
        .retryCooldownHours(24)
        .doNotCallEnabled(false);
  }

  /**
   * A builder holding the members of a {@code data} object, for instance a bundled fixture's, to be
   * changed and written again.
   *
   * @param dataJson a JSON object; not {@code null}
   * @return a new builder
   * @throws IllegalArgumentException when the text is not a JSON object
   */
  public static CampaignJsonBuilder parse(String dataJson) {
    Objects.requireNonNull(dataJson, "dataJson");
    CampaignJsonBuilder b = empty();
    b.fields.putAll(JsonValues.parseObject(dataJson, "dataJson"));
    return b;
  }

  /**
   * An independent copy of this builder.
   *
   * @return a new builder with the same fields
   */
  public CampaignJsonBuilder copy() {
    CampaignJsonBuilder b = empty();
    fields.forEach((k, v) -> b.fields.put(k, deepCopy(v)));
    return b;
  }

  /**
   * The {@code id} field, when it is a string.
   *
   * @return the id, or empty
   */
  public Optional<String> id() {
    Object id = fields.get("id");
    return id instanceof String ? Optional.of((String) id) : Optional.empty();
  }

  // ------------------------------------------------------------------------- identification

  /**
   * Writes {@code id}.
   *
   * @param v the value; nullable
   * @return this
   */
  public CampaignJsonBuilder id(String v) {
    return put("id", v);
  }

  /**
   * Writes {@code name}.
   *
   * @param v the value; nullable
   * @return this
   */
  public CampaignJsonBuilder name(String v) {
    return put("name", v);
  }

  /**
   * Writes {@code description}.
   *
   * @param v the value; nullable
   * @return this
   */
  public CampaignJsonBuilder description(String v) {
    return put("description", v);
  }

  /**
   * Writes {@code status}, e.g. {@code active}.
   *
   * @param v the value; nullable
   * @return this
   */
  public CampaignJsonBuilder status(String v) {
    return put("status", v);
  }

  /**
   * Writes {@code campaign_type}, e.g. {@code sales}.
   *
   * @param v the value; nullable
   * @return this
   */
  public CampaignJsonBuilder campaignType(String v) {
    return put("campaign_type", v);
  }

  /**
   * Writes {@code agent_id}.
   *
   * @param v the value; nullable
   * @return this
   */
  public CampaignJsonBuilder agentId(String v) {
    return put("agent_id", v);
  }

  /**
   * Writes the {@code agent} block.
   *
   * @param id the agent id; nullable
   * @param name the agent name; nullable
   * @param label the agent label; nullable
   * @return this
   */
  public CampaignJsonBuilder agent(String id, String name, String label) {
    Map<String, Object> agent = new LinkedHashMap<>();
    agent.put("id", id);
    agent.put("name", name);
    agent.put("label", label);
    return put("agent", agent);
  }

  // ------------------------------------------------------------------------------- schedule

  /**
   * Writes {@code timezone}, an IANA zone id.
   *
   * @param v the value; nullable
   * @return this
   */
  public CampaignJsonBuilder timezone(String v) {
    return put("timezone", v);
  }

  /**
   * Writes {@code days_of_week}.
   *
   * @param days ISO days, 1 = Monday .. 7 = Sunday; elements may be {@code null}; a {@code null}
   *     array writes JSON {@code null}
   * @return this
   */
  public CampaignJsonBuilder daysOfWeek(Integer... days) {
    return put("days_of_week", days == null ? null : new ArrayList<>(Arrays.asList(days)));
  }

  /**
   * Writes {@code earliest_call_time} (Get shape, {@code HH:MM:SS}).
   *
   * @param v the value; nullable
   * @return this
   */
  public CampaignJsonBuilder earliestCallTime(String v) {
    return put("earliest_call_time", v);
  }

  /**
   * Writes {@code latest_call_time} (Get shape, {@code HH:MM:SS}).
   *
   * @param v the value; nullable
   * @return this
   */
  public CampaignJsonBuilder latestCallTime(String v) {
    return put("latest_call_time", v);
  }

  /**
   * Appends one range to {@code call_time_ranges} (Create/Update shape), creating the array.
   *
   * @param start {@code HH:MM}; nullable
   * @param end {@code HH:MM}; nullable
   * @return this
   */
  public CampaignJsonBuilder addCallTimeRange(String start, String end) {
    Map<String, Object> range = new LinkedHashMap<>();
    range.put("start", start);
    range.put("end", end);
    listField("call_time_ranges").add(range);
    return this;
  }

  /**
   * Writes {@code start_date}, {@code YYYY-MM-DD}.
   *
   * @param v the value; nullable
   * @return this
   */
  public CampaignJsonBuilder startDate(String v) {
    return put("start_date", v);
  }

  /**
   * Writes {@code end_date}, {@code YYYY-MM-DD}.
   *
   * @param v the value; nullable (writes {@code null})
   * @return this
   */
  public CampaignJsonBuilder endDate(String v) {
    return put("end_date", v);
  }

  // ---------------------------------------------------------------------- retry and cooldowns

  /**
   * Writes {@code initial_call_delay} in seconds.
   *
   * @param v the value; nullable
   * @return this
   */
  public CampaignJsonBuilder initialCallDelay(Integer v) {
    return put("initial_call_delay", v);
  }

  /**
   * Writes {@code max_retries}.
   *
   * @param v the value; nullable
   * @return this
   */
  public CampaignJsonBuilder maxRetries(Integer v) {
    return put("max_retries", v);
  }

  /**
   * Writes {@code retry_cooldown_hours}.
   *
   * @param v the value; nullable
   * @return this
   */
  public CampaignJsonBuilder retryCooldownHours(Integer v) {
    return put("retry_cooldown_hours", v);
  }

  /**
   * Writes {@code auto_complete}.
   *
   * @param v the value; nullable
   * @return this
   */
  public CampaignJsonBuilder autoComplete(Boolean v) {
    return put("auto_complete", v);
  }

  /**
   * Writes {@code retry_on_no_conversion}.
   *
   * @param v the value; nullable
   * @return this
   */
  public CampaignJsonBuilder retryOnNoConversion(Boolean v) {
    return put("retry_on_no_conversion", v);
  }

  /**
   * Writes {@code enable_post_completion_cooldown}.
   *
   * @param v the value; nullable
   * @return this
   */
  public CampaignJsonBuilder enablePostCompletionCooldown(Boolean v) {
    return put("enable_post_completion_cooldown", v);
  }

  /**
   * Writes {@code post_completion_cooldown_hours}.
   *
   * @param v the value; nullable
   * @return this
   */
  public CampaignJsonBuilder postCompletionCooldownHours(Integer v) {
    return put("post_completion_cooldown_hours", v);
  }

  /**
   * Writes {@code success_cooldown_hours}.
   *
   * @param v the value; nullable
   * @return this
   */
  public CampaignJsonBuilder successCooldownHours(Integer v) {
    return put("success_cooldown_hours", v);
  }

  /**
   * Writes {@code voicemail_cooldown_hours}.
   *
   * @param v the value; nullable
   * @return this
   */
  public CampaignJsonBuilder voicemailCooldownHours(Integer v) {
    return put("voicemail_cooldown_hours", v);
  }

  /**
   * Writes {@code no_answer_cooldown_hours}.
   *
   * @param v the value; nullable
   * @return this
   */
  public CampaignJsonBuilder noAnswerCooldownHours(Integer v) {
    return put("no_answer_cooldown_hours", v);
  }

  /**
   * Writes {@code busy_cooldown_hours}.
   *
   * @param v the value; nullable
   * @return this
   */
  public CampaignJsonBuilder busyCooldownHours(Integer v) {
    return put("busy_cooldown_hours", v);
  }

  /**
   * Writes {@code failed_cooldown_hours}.
   *
   * @param v the value; nullable
   * @return this
   */
  public CampaignJsonBuilder failedCooldownHours(Integer v) {
    return put("failed_cooldown_hours", v);
  }

  // ----------------------------------------------------------------------------- do-not-call

  /**
   * Writes {@code do_not_call_enabled}.
   *
   * @param v the value; nullable
   * @return this
   */
  public CampaignJsonBuilder doNotCallEnabled(Boolean v) {
    return put("do_not_call_enabled", v);
  }

  /**
   * Writes {@code do_not_call_list_source}, e.g. {@code custom}.
   *
   * @param v the value; nullable
   * @return this
   */
  public CampaignJsonBuilder doNotCallListSource(String v) {
    return put("do_not_call_list_source", v);
  }

  /**
   * Writes {@code do_not_call_custom_list}.
   *
   * @param numbers E.164 numbers; elements may be {@code null}; a {@code null} array writes
   *     {@code null}
   * @return this
   */
  public CampaignJsonBuilder doNotCallCustomList(String... numbers) {
    return putStrings("do_not_call_custom_list", numbers);
  }

  /**
   * Writes {@code auto_add_to_dnc_enabled}.
   *
   * @param v the value; nullable
   * @return this
   */
  public CampaignJsonBuilder autoAddToDncEnabled(Boolean v) {
    return put("auto_add_to_dnc_enabled", v);
  }

  /**
   * Writes {@code auto_dnc_trigger_statuses}.
   *
   * @param statuses the statuses; a {@code null} array writes {@code null}
   * @return this
   */
  public CampaignJsonBuilder autoDncTriggerStatuses(String... statuses) {
    return putStrings("auto_dnc_trigger_statuses", statuses);
  }

  /**
   * Writes {@code auto_dnc_trigger_errors}.
   *
   * @param errors the call errors; a {@code null} array writes {@code null}
   * @return this
   */
  public CampaignJsonBuilder autoDncTriggerErrors(String... errors) {
    return putStrings("auto_dnc_trigger_errors", errors);
  }

  // ----------------------------------------------------------------------------------- calls

  /**
   * Appends one entry to {@code calls}, with the id {@code call-<n>} (n = its 1-based position).
   *
   * @param to the number called; nullable
   * @param status the call status, e.g. {@code completed}; nullable
   * @param retries the retry count
   * @param createdAt ISO-8601 instant, e.g. {@code 2024-01-01T00:00:00Z}; nullable
   * @return this
   */
  public CampaignJsonBuilder addCall(String to, String status, int retries, String createdAt) {
    return addCall("call-" + (listField("calls").size() + 1), to, status, retries, createdAt);
  }

  /**
   * Appends one entry to {@code calls}.
   *
   * @param id the call id; nullable
   * @param to the number called; nullable
   * @param status the call status; nullable
   * @param retries the retry count; nullable
   * @param createdAt ISO-8601 instant; nullable
   * @return this
   */
  public CampaignJsonBuilder addCall(
      String id, String to, String status, Integer retries, String createdAt) {
    Map<String, Object> call = new LinkedHashMap<>();
    call.put("id", id);
    call.put("to", to);
    call.put("status", status);
    call.put("retries", retries);
    call.put("created_at", createdAt);
    listField("calls").add(call);
    return this;
  }

  // ----------------------------------------------------------------------- timestamps, extras

  /**
   * Writes {@code created_at}, ISO-8601.
   *
   * @param v the value; nullable
   * @return this
   */
  public CampaignJsonBuilder createdAt(String v) {
    return put("created_at", v);
  }

  /**
   * Writes {@code updated_at}, ISO-8601.
   *
   * @param v the value; nullable
   * @return this
   */
  public CampaignJsonBuilder updatedAt(String v) {
    return put("updated_at", v);
  }

  /**
   * Writes any field, for instance one the library does not model or a documented field with a
   * deliberately wrong type.
   *
   * @param name the JSON member name; not {@code null}
   * @param value {@code null}, String, Boolean, a finite Number, a List/Collection or a Map with
   *     String keys, nested freely
   * @return this
   * @throws IllegalArgumentException when the value cannot be written as JSON
   */
  public CampaignJsonBuilder field(String name, Object value) {
    Objects.requireNonNull(name, "name");
    JsonValues.checkWritable(value, name);
    return put(name, deepCopy(value));
  }

  /**
   * Leaves a field out of the object.
   *
   * @param name the JSON member name; not {@code null}
   * @return this
   */
  public CampaignJsonBuilder remove(String name) {
    fields.remove(Objects.requireNonNull(name, "name"));
    return this;
  }

  // --------------------------------------------------------------------------------- output

  /**
   * The {@code data} object as compact JSON.
   *
   * @return the JSON text
   */
  public String toJson() {
    return JsonValues.write(fields);
  }

  /**
   * A Get Campaign 200 body around the object: {@code {"success":true,"data":{...}}}.
   *
   * @return the JSON text
   */
  public String toResponseBody() {
    return "{\"success\":true,\"data\":" + toJson() + "}";
  }

  /** The JSON text, as {@link #toJson()}. */
  @Override
  public String toString() {
    return toJson();
  }

  // -------------------------------------------------------------------------------- helpers

  private CampaignJsonBuilder put(String name, Object value) {
    fields.put(name, value);
    return this;
  }

  private CampaignJsonBuilder putStrings(String name, String[] values) {
    return put(name, values == null ? null : new ArrayList<>(Arrays.asList(values)));
  }

  private List<Object> listField(String name) {
    Object current = fields.get(name);
    if (current instanceof List) {
      @SuppressWarnings("unchecked") // lists in this map are ArrayList<Object> (put, parse, copy)
      List<Object> list = (List<Object>) current;
      return list;
    }
    List<Object> list = new ArrayList<>();
    fields.put(name, list);
    return list;
  }

  /** A copy of a JSON value with mutable containers. */
  private static Object deepCopy(Object v) {
    if (v instanceof Map<?, ?> map) {
      Map<String, Object> m = new LinkedHashMap<>();
      map.forEach((k, x) -> m.put((String) k, deepCopy(x)));
      return m;
    }
    if (v instanceof Collection<?> collection) {
      List<Object> l = new ArrayList<>();
      for (Object x : collection) {
        l.add(deepCopy(x));
      }
      return l;
    }
    return v;
  }
}
