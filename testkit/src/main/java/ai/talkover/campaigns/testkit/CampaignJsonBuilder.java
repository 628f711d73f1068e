package ai.talkover.campaigns.testkit;

import ai.talkover.campaigns.domain.campaign.Agent;
import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.campaign.CampaignFile;
import ai.talkover.campaigns.domain.campaign.CampaignStats;
import ai.talkover.campaigns.domain.campaign.InvalidCampaignException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Writes a Talkover campaign {@code data} object from code, in the Get shape
 * ({@code earliest_call_time}/{@code latest_call_time}, {@code "HH:MM:SS"}) or the Create/Update shape
 * ({@code call_time_ranges}, {@code "HH:MM"}, {@code end_date}), and builds the equivalent domain
 * {@link Campaign}.
 *
 * <p>Fields are kept in insertion order under their API names. Every setter writes its field; a
 * {@code null} argument writes JSON {@code null} (which the domain reads as absent); {@link
 * #remove(String)} leaves a field out. Values are not validated here, so invalid campaigns can be
 * written on purpose; {@link #toCampaign()} applies the domain's validation. Strings are escaped by a
 * real JSON writer (quotes, backslashes, control characters, unpaired surrogates).
 *
 * <p>Not thread-safe: use one builder per thread, or {@link #copy()} it.
 */
public final class CampaignJsonBuilder {

  /** Fields {@link #toCampaign()} maps onto the domain; every other field is an unknown field. */
  private static final Set<String> MODELLED = Set.of(
      "id", "name", "description", "status", "campaign_type", "agent_id", "agent", "start_date",
      "end_date", "days_of_week", "call_time_ranges", "earliest_call_time", "latest_call_time",
      "timezone", "initial_call_delay", "max_retries", "retry_cooldown_hours", "auto_complete",
      "retry_on_no_conversion", "enable_post_completion_cooldown", "post_completion_cooldown_hours",
      "success_cooldown_hours", "voicemail_cooldown_hours", "no_answer_cooldown_hours",
      "busy_cooldown_hours", "failed_cooldown_hours", "do_not_call_enabled",
      "do_not_call_list_source", "do_not_call_custom_list", "auto_add_to_dnc_enabled",
      "auto_dnc_trigger_statuses", "auto_dnc_trigger_errors", "calls", "files", "stats",
      "created_at", "updated_at");
  /** Members of an {@code agent} object that {@link #toCampaign()} maps. */
  private static final Set<String> AGENT_MODELLED = Set.of("id", "name", "label");
  /** Members of a {@code call_time_ranges[]} entry that {@link #toCampaign()} maps. */
  private static final Set<String> RANGE_MODELLED = Set.of("start", "end");
  /** Members of a {@code calls[]} entry that {@link #toCampaign()} maps. */
  private static final Set<String> CALL_MODELLED =
      Set.of("id", "to", "status", "retries", "created_at", "error");
  /** Members of a {@code files[]} entry that {@link #toCampaign()} maps. */
  private static final Set<String> FILE_MODELLED = Set.of("id", "original_filename",
      "processed_filename", "status", "total_records", "processed_records");
  /** Members of a {@code stats} object that {@link #toCampaign()} maps. */
  private static final Set<String> STATS_MODELLED = Set.of("total_calls", "completed_calls",
      "failed_calls", "success_rate", "average_duration");

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
    b.fields.putAll(Json.parseObject(dataJson, "dataJson"));
    return b;
  }

  /**
   * An independent copy of this builder.
   *
   * @return a new builder with the same fields
   */
  public CampaignJsonBuilder copy() {
    CampaignJsonBuilder b = empty();
    fields.forEach((k, v) -> b.fields.put(k, deepCopy(v, false)));
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
    Json.checkWritable(value, name);
    return put(name, deepCopy(value, false));
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
    return Json.write(fields);
  }

  /**
   * A Get Campaign 200 body around the object: {@code {"success":true,"data":{...}}}.
   *
   * @return the JSON text
   */
  public String toResponseBody() {
    return "{\"success\":true,\"data\":" + toJson() + "}";
  }

  /**
   * The domain campaign this object describes, built with {@link Campaign#builder()}: documented
   * fields are mapped as an adapter maps them, every other field goes to
   * {@link Campaign#unknownFields()}, and every other member of a nested {@code agent},
   * {@code stats}, {@code calls[]}, {@code files[]} or {@code call_time_ranges[]} object goes to that
   * object's unknown fields in the domain.
   *
   * @return the campaign
   * @throws InvalidCampaignException when the domain rejects the fields
   * @throws IllegalStateException when a documented field has a JSON type the domain cannot take
   *     (e.g. a string {@code max_retries}); the message names the field
   */
  public Campaign toCampaign() {
    return Campaign.builder()
        .id(str("id"))
        .name(str("name"))
        .description(str("description"))
        .status(str("status"))
        .campaignType(str("campaign_type"))
        .agentId(str("agent_id"))
        .agent(agent())
        .startDate(str("start_date"))
        .endDate(str("end_date"))
        .daysOfWeek(intList("days_of_week"))
        .callTimeRanges(ranges())
        .earliestCallTime(str("earliest_call_time"))
        .latestCallTime(str("latest_call_time"))
        .timezone(str("timezone"))
        .initialCallDelay(integer("initial_call_delay", fields.get("initial_call_delay")))
        .maxRetries(integer("max_retries", fields.get("max_retries")))
        .retryCooldownHours(integer("retry_cooldown_hours", fields.get("retry_cooldown_hours")))
        .autoComplete(bool("auto_complete"))
        .retryOnNoConversion(bool("retry_on_no_conversion"))
        .enablePostCompletionCooldown(bool("enable_post_completion_cooldown"))
        .postCompletionCooldownHours(
            integer("post_completion_cooldown_hours", fields.get("post_completion_cooldown_hours")))
        .successCooldownHours(integer("success_cooldown_hours", fields.get("success_cooldown_hours")))
        .voicemailCooldownHours(
            integer("voicemail_cooldown_hours", fields.get("voicemail_cooldown_hours")))
        .noAnswerCooldownHours(
            integer("no_answer_cooldown_hours", fields.get("no_answer_cooldown_hours")))
        .busyCooldownHours(integer("busy_cooldown_hours", fields.get("busy_cooldown_hours")))
        .failedCooldownHours(integer("failed_cooldown_hours", fields.get("failed_cooldown_hours")))
        .doNotCallEnabled(bool("do_not_call_enabled"))
        .doNotCallListSource(str("do_not_call_list_source"))
        .doNotCallCustomList(strList("do_not_call_custom_list"))
        .autoAddToDncEnabled(bool("auto_add_to_dnc_enabled"))
        .autoDncTriggerStatuses(strList("auto_dnc_trigger_statuses"))
        .autoDncTriggerErrors(strList("auto_dnc_trigger_errors"))
        .calls(calls())
        .files(files())
        .stats(stats())
        .createdAt(str("created_at"))
        .updatedAt(str("updated_at"))
        .unknownFields(unknown(fields, MODELLED))
        .build();
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

  /** A copy of a JSON value: mutable containers, or unmodifiable ones for the domain. */
  private static Object deepCopy(Object v, boolean unmodifiable) {
    if (v instanceof Map) {
      Map<String, Object> m = new LinkedHashMap<>();
      ((Map<?, ?>) v).forEach((k, x) -> m.put((String) k, deepCopy(x, unmodifiable)));
      return unmodifiable ? Collections.unmodifiableMap(m) : m;
    }
    if (v instanceof Collection) {
      List<Object> l = new ArrayList<>();
      for (Object x : (Collection<?>) v) {
        l.add(deepCopy(x, unmodifiable));
      }
      return unmodifiable ? Collections.unmodifiableList(l) : l;
    }
    return v;
  }

  /** The members of a JSON object not in {@code modelled}, as unmodifiable copies, in order. */
  private static Map<String, Object> unknown(Map<?, ?> object, Set<String> modelled) {
    Map<String, Object> unknown = new LinkedHashMap<>();
    object.forEach((k, v) -> {
      if (!modelled.contains(k)) {
        unknown.put((String) k, deepCopy(v, true));
      }
    });
    return unknown;
  }

  private String str(String name) {
    return string(name, fields.get(name));
  }

  private static String string(String name, Object v) {
    if (v == null || v instanceof String) {
      return (String) v;
    }
    throw wrongType(name, "a string", v);
  }

  private Boolean bool(String name) {
    Object v = fields.get(name);
    if (v == null || v instanceof Boolean) {
      return (Boolean) v;
    }
    throw wrongType(name, "a boolean", v);
  }

  private static Integer integer(String name, Object v) {
    if (v == null) {
      return null;
    }
    if (v instanceof Number) {
      try {
        return new BigDecimal(v.toString()).intValueExact();
      } catch (ArithmeticException | NumberFormatException e) {
        throw new IllegalStateException(name + ": " + v + " is not an int", e);
      }
    }
    throw wrongType(name, "an integer", v);
  }

  private static Double decimal(String name, Object v) {
    if (v == null) {
      return null;
    }
    if (v instanceof Number) {
      return ((Number) v).doubleValue();
    }
    throw wrongType(name, "a number", v);
  }

  private List<?> list(String name) {
    Object v = fields.get(name);
    if (v == null || v instanceof List) {
      return (List<?>) v;
    }
    throw wrongType(name, "an array", v);
  }

  private List<Integer> intList(String name) {
    List<?> raw = list(name);
    if (raw == null) {
      return null;
    }
    List<Integer> out = new ArrayList<>(raw.size());
    for (int i = 0; i < raw.size(); i++) {
      out.add(integer(name + "[" + i + "]", raw.get(i)));
    }
    return out;
  }

  private List<String> strList(String name) {
    List<?> raw = list(name);
    if (raw == null) {
      return null;
    }
    List<String> out = new ArrayList<>(raw.size());
    for (int i = 0; i < raw.size(); i++) {
      out.add(string(name + "[" + i + "]", raw.get(i)));
    }
    return out;
  }

  private static Map<?, ?> object(String name, Object v) {
    if (v == null || v instanceof Map) {
      return (Map<?, ?>) v;
    }
    throw wrongType(name, "an object", v);
  }

  private List<Campaign.TimeRangeInput> ranges() {
    List<?> raw = list("call_time_ranges");
    if (raw == null) {
      return null;
    }
    List<Campaign.TimeRangeInput> out = new ArrayList<>(raw.size());
    for (int i = 0; i < raw.size(); i++) {
      String field = "call_time_ranges[" + i + "]";
      Map<?, ?> r = object(field, raw.get(i));
      out.add(r == null ? null : new Campaign.TimeRangeInput(
          string(field + ".start", r.get("start")), string(field + ".end", r.get("end")),
          unknown(r, RANGE_MODELLED)));
    }
    return out;
  }

  private List<Campaign.CallInput> calls() {
    List<?> raw = list("calls");
    if (raw == null) {
      return null;
    }
    List<Campaign.CallInput> out = new ArrayList<>(raw.size());
    for (int i = 0; i < raw.size(); i++) {
      String field = "calls[" + i + "]";
      Map<?, ?> c = object(field, raw.get(i));
      out.add(c == null ? null : new Campaign.CallInput(
          string(field + ".id", c.get("id")),
          string(field + ".to", c.get("to")),
          string(field + ".status", c.get("status")),
          integer(field + ".retries", c.get("retries")),
          string(field + ".created_at", c.get("created_at")),
          string(field + ".error", c.get("error")),
          unknown(c, CALL_MODELLED)));
    }
    return out;
  }

  private List<CampaignFile> files() {
    List<?> raw = list("files");
    if (raw == null) {
      return null;
    }
    List<CampaignFile> out = new ArrayList<>(raw.size());
    for (int i = 0; i < raw.size(); i++) {
      String field = "files[" + i + "]";
      Map<?, ?> f = object(field, raw.get(i));
      if (f == null) {
        throw new IllegalStateException(field + ": expected an object, got null");
      }
      out.add(new CampaignFile(
          string(field + ".id", f.get("id")),
          string(field + ".original_filename", f.get("original_filename")),
          string(field + ".processed_filename", f.get("processed_filename")),
          string(field + ".status", f.get("status")),
          integer(field + ".total_records", f.get("total_records")),
          integer(field + ".processed_records", f.get("processed_records")),
          unknown(f, FILE_MODELLED)));
    }
    return out;
  }

  private Agent agent() {
    Map<?, ?> a = object("agent", fields.get("agent"));
    return a == null ? null : new Agent(
        string("agent.id", a.get("id")), string("agent.name", a.get("name")),
        string("agent.label", a.get("label")), unknown(a, AGENT_MODELLED));
  }

  private CampaignStats stats() {
    Map<?, ?> s = object("stats", fields.get("stats"));
    return s == null ? null : new CampaignStats(
        integer("stats.total_calls", s.get("total_calls")),
        integer("stats.completed_calls", s.get("completed_calls")),
        integer("stats.failed_calls", s.get("failed_calls")),
        decimal("stats.success_rate", s.get("success_rate")),
        integer("stats.average_duration", s.get("average_duration")),
        unknown(s, STATS_MODELLED));
  }

  private static IllegalStateException wrongType(String name, String expected, Object v) {
    return new IllegalStateException(
        name + ": expected " + expected + ", got " + Json.typeName(v));
  }
}
