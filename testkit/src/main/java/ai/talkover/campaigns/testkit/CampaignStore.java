package ai.talkover.campaigns.testkit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The campaigns a {@link TalkoverStubServer} serves, in the order their ids were first added.
 * Thread-safe: every method locks the store.
 */
final class CampaignStore {

  /**
   * The fields of a List Campaigns item (§3.1), in documented order. {@code call_time_ranges} is
   * kept too, after {@code latest_call_time}: a campaign stored in the Create/Update shape has no
   * other window.
   */
  static final List<String> LIST_ITEM_FIELDS = List.of(
      "id", "name", "description", "status", "campaign_type", "start_date", "days_of_week",
      "earliest_call_time", "latest_call_time", "call_time_ranges", "timezone", "agent_id",
      "initial_call_delay", "max_retries", "retry_cooldown_hours", "agent", "stats", "created_at",
      "updated_at");

  /**
   * One stored campaign.
   *
   * @param id the id
   * @param dataJson the {@code data} object exactly as given
   * @param listItem the List Campaigns item, as JSON-ready values
   * @param facts what the list filters look at
   */
  record Stored(String id, String dataJson, Map<String, Object> listItem, ListQuery.Facts facts) {}

  private final Map<String, Stored> campaigns = new LinkedHashMap<>();

  /**
   * Adds or replaces a campaign (a replaced campaign keeps its list position).
   *
   * @param dataJson the {@code data} object
   * @return the campaign's id
   * @throws IllegalArgumentException when the text is not a JSON object with a non-blank string
   *     {@code id}
   */
  String add(String dataJson) {
    Stored stored = stored(dataJson);
    synchronized (this) {
      campaigns.put(stored.id(), stored);
    }
    return stored.id();
  }

  private static Stored stored(String dataJson) {
    Objects.requireNonNull(dataJson, "dataJson");
    Map<String, Object> data = JsonValues.parseObject(dataJson, "dataJson");
    Object id = data.get("id");
    if (!(id instanceof String) || ((String) id).isBlank()) {
      throw new IllegalArgumentException(
          "dataJson: id must be a non-blank string, got " + (id instanceof String ? "'" + id + "'"
              : JsonValues.typeName(id)));
    }
    return new Stored((String) id, dataJson.strip(), listItem(data), facts(data));
  }

  /**
   * The result of an {@link #edit}: the campaign's new {@code data} object, if it changed, and what
   * to answer.
   *
   * @param dataJson the new {@code data} object with the same id; null when unchanged
   * @param result the caller's result
   * @param <T> the result type
   */
  record Edited<T>(String dataJson, T result) {}

  /**
   * Reads and changes one campaign atomically (under the store's lock): concurrent edits of a
   * campaign see each other's changes.
   *
   * @param id the campaign id
   * @param edit from the current {@code data} object to the change
   * @param <T> the result type
   * @return the edit's result, or empty when there is no such campaign
   */
  synchronized <T> Optional<T> edit(String id, java.util.function.Function<String, Edited<T>> edit) {
    Stored current = campaigns.get(id);
    if (current == null) {
      return Optional.empty();
    }
    Edited<T> e = edit.apply(current.dataJson());
    if (e.dataJson() != null) {
      Stored next = stored(e.dataJson());
      if (!next.id().equals(id)) {
        throw new IllegalStateException("an edit changed the campaign id");
      }
      campaigns.put(id, next);
    }
    return Optional.of(e.result());
  }

  synchronized boolean remove(String id) {
    return campaigns.remove(id) != null;
  }

  synchronized void clear() {
    campaigns.clear();
  }

  synchronized Optional<Stored> get(String id) {
    return Optional.ofNullable(campaigns.get(id));
  }

  synchronized List<Stored> snapshot() {
    return new ArrayList<>(campaigns.values());
  }

  synchronized List<String> ids() {
    return List.copyOf(campaigns.keySet());
  }

  private static Map<String, Object> listItem(Map<String, Object> data) {
    Map<String, Object> item = new LinkedHashMap<>();
    for (String field : LIST_ITEM_FIELDS) {
      if (data.containsKey(field)) {
        item.put(field, data.get(field));
      }
    }
    if (item.get("stats") instanceof Map) {
      Map<String, Object> stats = new LinkedHashMap<>();
      ((Map<?, ?>) item.get("stats")).forEach((k, v) -> stats.put((String) k, v));
      stats.remove("average_duration"); // not in list items (§3.1)
      item.put("stats", stats);
    }
    return item;
  }

  private static ListQuery.Facts facts(Map<String, Object> data) {
    return new ListQuery.Facts(
        text(data.get("status")), text(data.get("campaign_type")), text(data.get("agent_id")),
        text(data.get("name")), text(data.get("description")),
        ListQuery.dateOrNull(data.get("start_date")));
  }

  private static String text(Object v) {
    return v instanceof String ? (String) v : null;
  }
}
